//! The plain result of actor resolution: one mention with its code and how it was found.

/// How a mention was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum How {
    /// The canonical name of a lexicon entry ("Kim Jong Un", "United Nations").
    Name,
    /// An alias of a lexicon entry ("DPRK", "the UN").
    Alias,
    /// A country name alone ("Japan").
    Country,
    /// A demonym or country name with a role ("the Japanese foreign minister", "Japan's foreign minister").
    CountryRole,
    /// A capital or seat of government standing for a country or its government ("Pyongyang", "the Kremlin").
    Metonym,
    /// A city, province or region alone, standing for its country ("Mariupol", "Rakhine").
    Place,
    /// A lone surname of a person holding office at the date ("Museveni").
    Surname,
    /// A short form resolved from the story's countries ("the North").
    Contextual,
    /// A role or title before a name not in the lexicon ("Assistant Secretary of State Christopher Hill").
    TitleUnknownName,
    /// A role without a country or name ("protesters", "the defense minister").
    Role,
}

impl How {
    pub fn as_str(self) -> &'static str {
        match self {
            How::Name => "name",
            How::Alias => "alias",
            How::Country => "country",
            How::CountryRole => "country+role",
            How::Metonym => "metonym",
            How::Place => "place",
            How::Surname => "surname",
            How::Contextual => "contextual",
            How::TitleUnknownName => "title+unknown-name",
            How::Role => "role",
        }
    }
}

/// One actor mention. `span` is a token range of the input; `code` the full CAMEO code
/// (`JPNGOV`, `IGOUNO`, `~GOV` has no country so it is written `GOV`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    pub span: (usize, usize),
    pub code: String,
    /// Country (or international/region head: `IGO`, `EUR`), if any.
    pub country: Option<String>,
    /// Known sector codes in order (`GOV`, `MIL`).
    pub sectors: Vec<String>,
    /// The lexicon entry that named the actor, if one did.
    pub entry_id: Option<u32>,
    pub how: How,
}

impl ActorMention {
    /// The first sector, if any.
    pub fn sector(&self) -> Option<&str> {
        self.sectors.first().map(String::as_str)
    }
}
