//! Sentence-level actor resolution over dependency trees, and coreference inside a document.
//!
//! For every noun phrase (a noun, proper noun, pronoun or demonym adjective with its compounds,
//! flat names, modifiers, determiners and possessor) the phrase resolver gives a code; an
//! apposition lends its code to the name it describes ("Chun Young-woo, South Korea's top nuclear
//! negotiator"); coordinated phrases stay separate mentions ("China and Russia"). Coreference
//! then links later short mentions to earlier full ones: a surname to the full name ("Hill" →
//! "US Assistant Secretary of State Christopher Hill"), a personal pronoun to the last person,
//! "his nation" to that person's country, "the regime" / "the country" to the last country.

use crate::actors::{resolve_phrase, ActorMention, How, ResolverWords, StoryContext};
use crate::mentions::Mention;
use crate::tree::Tree;
use dyad_lexicon::actors::{ActorLexicon, Date, Kind};

/// A mention with its sentence, for document-level coreference.
#[derive(Debug, Clone)]
pub struct DocMention {
    pub sentence: usize,
    pub mention: Mention,
    /// True for a person (a named person or a titled name), the antecedent of he/she.
    pub person: bool,
    /// The surface words of the mention, lower-cased.
    pub words: Vec<String>,
}

/// Relations that keep a dependent inside its head's noun phrase.
fn in_phrase(tree: &Tree, c: usize) -> bool {
    let d = tree.deprel(c);
    matches!(tree.base(c), "compound" | "flat" | "amod" | "det" | "nummod" | "case")
        || d == "nmod:poss"
        || (tree.base(c) == "nmod" && tree.upos(c) == "PROPN" && tree.case_of(c).as_deref() == Some("of"))
}

/// The word range `[start, end)` of the noun phrase headed by `head`.
fn phrase_range(tree: &Tree, head: usize) -> (usize, usize) {
    let (mut lo, mut hi) = (head, head);
    let mut stack = vec![head];
    let mut steps = 0;
    while let Some(n) = stack.pop() {
        steps += 1;
        if steps > tree.len() * 2 {
            break;
        }
        for &c in tree.children(n) {
            // The preposition that governs the whole phrase ("with Chun Young-woo") is not part
            // of it; prepositions inside it ("Bank of Japan") are.
            let governing_preposition = n == head && c < head && tree.base(c) == "case" && tree.upos(c) == "ADP";
            if in_phrase(tree, c) && tree.base(c) != "conj" && !governing_preposition {
                lo = lo.min(c);
                hi = hi.max(c);
                stack.push(c);
            }
        }
    }
    // Leading determiners are fine; trailing punctuation never belongs.
    while hi > lo && tree.upos(hi) == "PUNCT" {
        hi -= 1;
    }
    (lo, hi + 1)
}

/// The start of the run of proper nouns (and "of" between them) ending right before `start`.
fn title_run_start(tree: &Tree, start: usize) -> usize {
    let mut i = start;
    while i > 0 && start - i < 8 {
        let prev = i - 1;
        let joins =
            tree.upos(prev) == "PROPN" || (tree.lemma(prev) == "of" && prev > 0 && tree.upos(prev - 1) == "PROPN");
        if !joins {
            break;
        }
        i = prev;
    }
    i
}

/// A capitalised word the tagger could not place (X, FW) is treated as a proper noun.
fn proper(tree: &Tree, w: usize) -> bool {
    tree.upos(w) == "PROPN"
        || (tree.upos(w) == "X" && tree.words[w].form.chars().next().is_some_and(char::is_uppercase))
}

/// Is `w` a possible head of an actor phrase?
fn is_head_candidate(tree: &Tree, w: usize) -> bool {
    if proper(tree, w) || tree.upos(w) == "NOUN" {
        // A noun inside another noun's phrase (compound, flat name) is not a head of its own,
        // except a proper-noun compound of a common noun: "the North Korean demand".
        return match tree.base(w) {
            "flat" => tree.head(w).is_none(),
            "compound" => proper(tree, w) && tree.head(w).is_some_and(|h| tree.upos(h) == "NOUN"),
            _ => true,
        };
    }
    match tree.upos(w) {
        // Demonyms used as modifiers: "Chinese and Russian objections", "Chinese troops" (the head).
        "ADJ" => {
            matches!(tree.base(w), "amod" | "conj") && tree.words[w].form.chars().next().is_some_and(char::is_uppercase)
        }
        "PRON" => true,
        _ => false,
    }
}

/// Resolves the actor mentions of one sentence (before coreference).
pub fn sentence_mentions(
    lexicon: &ActorLexicon,
    tree: &Tree,
    date: Date,
    story: &StoryContext,
) -> Vec<(Mention, bool)> {
    let forms: Vec<&str> = tree.words.iter().map(|w| w.form.as_str()).collect();
    let mut out: Vec<(Mention, bool)> = Vec::new();
    for w in 0..tree.len() {
        // Pronouns and anaphoric descriptions ("his nation", "the regime") are resolved by
        // coreference, not by the lexicon.
        if !is_head_candidate(tree, w) || tree.upos(w) == "PRON" || anaphor(tree, w).is_some() {
            continue;
        }
        let (start, end) = if tree.upos(w) == "ADJ" {
            (w, w + 1)
        } else {
            phrase_range(tree, w)
        };
        // A possessor has a phrase of its own: do not let it lend its country to a non-actor head
        // ("the North's test-firing"), but do combine it with a role ("Japan's foreign minister").
        let direct = resolve_phrase(lexicon, &forms[start..end], date, story).map(|f| (start, f));
        let found = direct.or_else(|| {
            // A name the lexicon lacks, preceded by a title the parser did not attach to it
            // ("US Assistant Secretary of State Christopher Hill"): read the whole run of proper
            // nouns before it.
            let title_start = title_run_start(tree, start);
            (proper(tree, w) && title_start < start)
                .then(|| resolve_phrase(lexicon, &forms[title_start..end], date, story))
                .flatten()
                .map(|f| (title_start, f))
        });
        let Some((base, found)) = found else { continue };
        let (s, e) = (base + found.span.0, base + found.span.1);
        // A lone surname must stand alone: next to another proper noun it is part of a longer
        // name the lexicon does not know ("Chun Young-woo").
        let beside_name = |i: Option<usize>| i.is_some_and(|i| i < tree.len() && proper(tree, i));
        // The tagger does not always see the given name after a Korean or Chinese surname as a
        // proper noun ("Chun Young-woo"), so a capitalised word after it counts too.
        let capitalised_after = e < tree.len() && tree.words[e].form.chars().next().is_some_and(char::is_uppercase);
        if found.how == How::Surname && (beside_name(Some(e)) || capitalised_after || beside_name(s.checked_sub(1))) {
            continue;
        }
        let covers_head = s <= w && w < e;
        // A name the lexicon lacks after a country or its demonym is that country's organisation
        // ("the Kenya Anti-Corruption Commission", "the Serbian Workers' Union").
        if !covers_head && country_name(tree, &found, w, e) {
            let mention = Mention {
                how: "country+unknown-name".into(),
                ..to_mention(&found, w, s, w + 1)
            };
            if !out
                .iter()
                .any(|(m, _)| m.start == mention.start && m.end == mention.end)
            {
                out.push((mention, false));
            }
            continue;
        }
        if !covers_head && !matches!(found.how, How::CountryRole | How::TitleUnknownName | How::Role) {
            continue;
        }
        if !covers_head && tree.upos(w) == "NOUN" && found.how != How::CountryRole {
            continue;
        }
        // A lowercase common noun is not a country name ("a country that has fired missiles").
        let lowercase_noun =
            tree.upos(w) == "NOUN" && tree.words[w].form.chars().next().is_some_and(char::is_lowercase);
        if lowercase_noun && covers_head && matches!(found.how, How::Country | How::Place) {
            continue;
        }
        // A singular titled or role noun names a person ("Japan's foreign minister").
        let singular_role = matches!(found.how, How::CountryRole | How::Role)
            && matches!(tree.words[w].xpos.as_str(), "NN" | "NNP")
            && !ResolverWords::embedded().has("body", tree.lemma(w));
        let person = singular_role
            || found.how == How::TitleUnknownName
            || found
                .entry_id
                .and_then(|id| lexicon.entry(id))
                .is_some_and(|e| e.kind == Kind::Person);
        let mention = to_mention(&found, w, s.min(w), e.max(w + 1));
        // Two heads of one name ("Christopher" and "Hill") give one mention.
        if out
            .iter()
            .any(|(m, _)| m.start == mention.start && m.end == mention.end)
        {
            continue;
        }
        out.push((mention, person));
    }
    multiword_names(lexicon, tree, &forms, date, story, &mut out);
    drop_parts_of_names(&mut out);
    // Appositions lend their code to an unresolved name: "Chun Young-woo, South Korea's top
    // nuclear negotiator".
    for w in 0..tree.len() {
        if tree.base(w) != "appos" {
            continue;
        }
        let Some(h) = tree.head(w) else { continue };
        let Some(k) = out.iter().position(|(m, _)| m.head == w) else {
            continue;
        };
        if out.iter().any(|(m, _)| m.head == h) || !matches!(tree.upos(h), "PROPN" | "NOUN") {
            continue;
        }
        let (start, end) = phrase_range(tree, h);
        let (mut m, person) = out[k].clone();
        m.head = h;
        m.start = start;
        m.end = end;
        m.how = "apposition".into();
        out.push((m, person || tree.upos(h) == "PROPN"));
    }
    out.sort_by_key(|(m, _)| (m.start, m.head));
    out
}

/// Is the head `w`, outside the resolved country `found` that ends at word `end`, a capitalised
/// name right after it (only capitalised words or hyphens between)?
fn country_name(tree: &Tree, found: &ActorMention, w: usize, end: usize) -> bool {
    let capitalised = |i: usize| tree.words[i].form.chars().next().is_some_and(char::is_uppercase);
    matches!(found.how, How::Country)
        && (proper(tree, w) || tree.upos(w) == "NOUN")
        && capitalised(w)
        && end <= w
        && (end..=w).all(|i| capitalised(i) || tree.words[i].form == "-")
}

/// Multiword names read on the tokens, whatever the parse made of them ("Guinea-Bissau", "the
/// Ivory Coast 5.1 million dollars"): a name of two or more words that the lexicon resolves as a
/// whole (a country, organisation or person, not a role) becomes a mention, unless a mention
/// already covers it or crosses it; the mentions inside it are dropped.
fn multiword_names(
    lexicon: &ActorLexicon,
    tree: &Tree,
    forms: &[&str],
    date: Date,
    story: &StoryContext,
    out: &mut Vec<(Mention, bool)>,
) {
    let mut spans: Vec<(usize, usize)> = lexicon
        .find(forms)
        .iter()
        .map(|m| (m.start, m.end))
        .filter(|&(s, e)| e - s >= 2)
        .collect();
    spans.dedup();
    for (s, e) in spans {
        let covered = out.iter().any(|(m, _)| m.start <= s && e <= m.end);
        let crossed = out
            .iter()
            .any(|(m, _)| (m.start < s && s < m.end && m.end < e) || (s < m.start && m.start < e && e < m.end));
        if covered || crossed {
            continue;
        }
        let Some(found) = resolve_phrase(lexicon, &forms[s..e], date, story) else {
            continue;
        };
        let whole = found.span == (0, e - s);
        let named = matches!(
            found.how,
            How::Name | How::Alias | How::Country | How::Metonym | How::Place
        );
        if !whole || !named {
            continue;
        }
        // The head: the one word whose parent lies outside the name, else the last word.
        let outside: Vec<usize> = (s..e)
            .filter(|&i| tree.head(i).is_none_or(|h| h < s || h >= e))
            .collect();
        let head = if outside.len() == 1 { outside[0] } else { e - 1 };
        let person = found
            .entry_id
            .and_then(|id| lexicon.entry(id))
            .is_some_and(|x| x.kind == Kind::Person);
        out.retain(|(m, _)| !(s <= m.start && m.end <= e));
        out.push((to_mention(&found, head, s, e), person));
    }
}

/// Drops the mentions inside a named one: "Islamic" of "Islamic Salvation Front", "Papua" of
/// "Papua New Guinea" are parts of a name, not actors of their own.
fn drop_parts_of_names(out: &mut Vec<(Mention, bool)>) {
    let named = |m: &Mention| matches!(m.how.as_str(), "name" | "alias" | "country" | "metonym" | "place");
    let names: Vec<(usize, usize)> = out
        .iter()
        .filter(|(m, _)| named(m) && m.end - m.start >= 2)
        .map(|(m, _)| (m.start, m.end))
        .collect();
    out.retain(|(m, _)| {
        !names
            .iter()
            .any(|&(s, e)| s <= m.start && m.end <= e && (m.start, m.end) != (s, e))
    });
}

fn to_mention(found: &ActorMention, head: usize, start: usize, end: usize) -> Mention {
    Mention {
        head,
        start,
        end,
        code: found.code.clone(),
        country: found.country.clone(),
        sector: found.sector().map(str::to_string),
        how: found.how.as_str().to_string(),
        entry: found.entry_id.map(|id| id.to_string()),
        refers_to: None,
    }
}

/// Pronouns and definite descriptions that refer back to a person or a country.
enum Anaphor {
    Person,
    /// "his nation", "their country": the country of the last person.
    PersonCountry,
    /// "the regime", "the country", "the communist state".
    Country,
}

fn anaphor(tree: &Tree, w: usize) -> Option<Anaphor> {
    let words = ResolverWords::embedded();
    let lemma = tree.lemma(w);
    let with_the = || tree.children_with(w, "det").any(|d| tree.lemma(d) == "the");
    match tree.upos(w) {
        "PRON" if words.has("person-pronoun", lemma) && tree.deprel(w) != "nmod:poss" => Some(Anaphor::Person),
        "NOUN" if words.has("country-noun", lemma) => {
            let poss = tree.child_with(w, "nmod:poss");
            if poss.is_some_and(|p| words.has("person-possessor", tree.lemma(p))) {
                Some(Anaphor::PersonCountry)
            } else if with_the() && !words.has("country-noun-not-with-the", lemma) {
                Some(Anaphor::Country)
            } else {
                None
            }
        }
        "NOUN" if words.has("regime-noun", lemma) && with_the() => Some(Anaphor::Country),
        _ => None,
    }
}

/// Links the mentions of sentence `sentence` to earlier ones, adding coreferent mentions for
/// pronouns, surnames and definite descriptions, and appends everything to `doc`.
pub fn corefer(tree: &Tree, sentence: usize, found: Vec<(Mention, bool)>, doc: &mut Vec<DocMention>) -> Vec<Mention> {
    let words_of =
        |m: &Mention| -> Vec<String> { (m.start..m.end).map(|i| tree.words[i].form.to_lowercase()).collect() };
    let mut out: Vec<Mention> = Vec::new();
    for (mut m, person) in found {
        // A short name that is the last word of an earlier, longer person mention refers to it.
        let words = words_of(&m);
        if let Some(last) = words.last() {
            if let Some(k) = doc.iter().rposition(|d| {
                d.person
                    && d.words.len() > words.len()
                    && d.words.last() == Some(last)
                    && (d.mention.code != m.code || m.how == "surname")
            }) {
                if m.how != "title+unknown-name" || words.len() == 1 {
                    let full = &doc[k].mention;
                    m.code = full.code.clone();
                    m.country = full.country.clone();
                    m.sector = full.sector.clone();
                    m.how = "coreference".into();
                    m.refers_to = Some(k);
                }
            }
        }
        doc.push(DocMention {
            sentence,
            mention: m.clone(),
            person,
            words,
        });
        out.push(m);
    }
    // Unresolved proper-noun surnames ("Hill" with no lexicon entry) and anaphors.
    for w in 0..tree.len() {
        if out.iter().any(|m| m.start <= w && w < m.end) {
            continue;
        }
        // An antecedent in the same sentence comes before the word ("... Bouteflika said he is
        // prepared to lift the ban on the Islamic Salvation Front").
        let before = |d: &DocMention| d.sentence < sentence || d.mention.end <= w;
        let antecedent = if proper(tree, w) && !matches!(tree.base(w), "compound" | "flat") {
            let form = tree.words[w].form.to_lowercase();
            doc.iter()
                .rposition(|d| before(d) && d.person && d.words.len() > 1 && d.words.last() == Some(&form))
        } else {
            match anaphor(tree, w) {
                Some(Anaphor::Person) => doc.iter().rposition(|d| before(d) && d.person),
                Some(Anaphor::PersonCountry) => doc
                    .iter()
                    .rposition(|d| before(d) && d.person && d.mention.country.is_some()),
                Some(Anaphor::Country) => doc
                    .iter()
                    .rposition(|d| before(d) && !d.person && d.mention.country.is_some() && d.mention.sector.is_none()),
                None => None,
            }
        };
        let Some(k) = antecedent else { continue };
        let full = doc[k].mention.clone();
        let country_only = matches!(anaphor(tree, w), Some(Anaphor::PersonCountry));
        let m = Mention {
            head: w,
            start: w,
            end: w + 1,
            code: if country_only {
                full.country.clone().unwrap_or(full.code.clone())
            } else {
                full.code.clone()
            },
            country: full.country.clone(),
            sector: if country_only { None } else { full.sector.clone() },
            how: "coreference".into(),
            entry: full.entry.clone(),
            refers_to: Some(k),
        };
        let person = !country_only && doc[k].person;
        doc.push(DocMention {
            sentence,
            mention: m.clone(),
            person,
            words: vec![tree.words[w].form.to_lowercase()],
        });
        out.push(m);
    }
    out.sort_by_key(|m| (m.start, m.head));
    out
}
