//! The coder: one document in, a [`CodedDocument`] out. It runs the syntax pipeline, then finds
//! actors, events, quotes and dates sentence by sentence. A sentence that cannot be handled is
//! skipped with a warning naming it; it never aborts the document.

use crate::actors::StoryContext;
use crate::dates::{DateMention, TimeLexicon};
use crate::events::{code_sentence, EventContext, SentenceEvent};
use crate::mentions::{Mention, SentenceMentions};
use crate::quotes::attribute::{attribute, Attributed, QuoteInput};
use crate::quotes::lexicon::Cues;
use crate::quotes::marks;
use crate::record::{
    ActorRecord, Cameo, CodedDocument, EventRecord, Evidence, Flags, Participant, Plover, QuoteRecord, SentenceRecord,
    Speaker,
};
use crate::resolve::{corefer, sentence_mentions, DocMention};
use crate::tree::Tree;
use chrono::{Datelike, NaiveDate};
use dyad_ingest::Document;
use dyad_lexicon::actors::{ActorLexicon, Date};
use dyad_lexicon::events::{EventLexicon, Frames, Ontology};
use dyad_syntax::{ParsedSentence, Pipeline};
use dyad_text::offsets::CharOffsets;
use dyad_text::Span;
use std::collections::HashSet;
use std::time::{Duration, Instant};

const CUES: &str = include_str!("../../../data/lexicon/quotes/cues.tsv");

/// Everything coding needs, loaded once and shared by all threads.
pub struct Coder {
    pub pipeline: Pipeline,
    pub time: TimeLexicon,
    pub actors: ActorLexicon,
    pub events: &'static EventLexicon,
    pub frames: &'static Frames,
    pub ontology: &'static Ontology,
    /// Lemmas of reporting verbs.
    pub reporting: HashSet<String>,
}

/// Wall time spent in each stage of coding one document ([`Coder::code_timed`]), for `dyad bench code`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StageTimes {
    /// Tokenizing, tagging, lemmatizing and parsing.
    pub parse: Duration,
    /// Building the dependency-tree views every later stage reads.
    pub trees: Duration,
    /// Actor resolution: the story pass, sentence mentions, coreference and actor records.
    pub actors: Duration,
    /// Event coding: date expressions, pattern matching and event records.
    pub events: Duration,
    /// Quote attribution: quote marks, cues, speakers and quote records.
    pub quotes: Duration,
}

impl std::ops::AddAssign for StageTimes {
    fn add_assign(&mut self, other: StageTimes) {
        self.parse += other.parse;
        self.trees += other.trees;
        self.actors += other.actors;
        self.events += other.events;
        self.quotes += other.quotes;
    }
}

/// A clock for stage times: the time since some fixed point, wall-clock or CPU time.
pub type Clock<'a> = &'a dyn Fn() -> Duration;

/// Runs `f`, adding the time it took by `clock` to `slot`.
fn timed<T>(clock: Clock, slot: &mut Duration, f: impl FnOnce() -> T) -> T {
    let started = clock();
    let value = f();
    *slot += clock().saturating_sub(started);
    value
}

/// A parsed document with its offset map: what every coding step reads.
pub struct Parsed<'a> {
    pub doc: &'a Document,
    pub sentences: Vec<ParsedSentence>,
    pub offsets: CharOffsets,
    /// Byte spans of the paragraphs, in order.
    pub paragraphs: Vec<Span>,
    pub published: Option<NaiveDate>,
}

impl Parsed<'_> {
    /// The code-point span of a byte span.
    pub fn chars(&self, span: Span) -> [usize; 2] {
        let (a, b) = self.offsets.span(span);
        [a, b]
    }

    /// The index of the sentence containing byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }
}

impl Coder {
    /// A coder over the given syntax models and the embedded lexicons.
    pub fn new(pipeline: Pipeline) -> Coder {
        Self::with_actors(pipeline, ActorLexicon::embedded())
    }

    /// A coder with the given actor lexicon (e.g. defaults extended by a user directory).
    pub fn with_actors(pipeline: Pipeline, actors: ActorLexicon) -> Coder {
        let reporting = CUES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let (cue, kind) = (cols.next()?, cols.next()?);
                (kind == "verb").then(|| cue.to_string())
            })
            .collect();
        Coder {
            pipeline,
            time: TimeLexicon::embedded(),
            actors,
            events: EventLexicon::embedded(),
            frames: Frames::embedded(),
            ontology: Ontology::embedded(),
            reporting,
        }
    }

    /// Parses a document.
    pub fn parse<'a>(&self, doc: &'a Document) -> Parsed<'a> {
        let sentences = self.pipeline.parse_text(&doc.text);
        let mut paragraphs: Vec<Span> = Vec::new();
        let mut last_paragraph = usize::MAX;
        for s in &sentences {
            match paragraphs.last_mut() {
                Some(p) if s.paragraph == last_paragraph => *p = p.cover(s.span),
                _ => paragraphs.push(s.span),
            }
            last_paragraph = s.paragraph;
        }
        let published = doc
            .date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
        Parsed {
            doc,
            sentences,
            offsets: CharOffsets::new(&doc.text),
            paragraphs,
            published,
        }
    }

    /// Codes one document.
    pub fn code(&self, doc: &Document) -> CodedDocument {
        self.code_timed(doc).0
    }

    /// Codes one document and says how long (wall-clock) each stage took.
    pub fn code_timed(&self, doc: &Document) -> (CodedDocument, StageTimes) {
        let base = Instant::now();
        self.code_timed_by(doc, &|| base.elapsed())
    }

    /// Codes one document and says how long each stage took by `clock` (e.g. the thread's CPU
    /// time, which other processes on a busy machine do not inflate).
    pub fn code_timed_by(&self, doc: &Document, clock: Clock) -> (CodedDocument, StageTimes) {
        let mut times = StageTimes::default();
        let parsed = timed(clock, &mut times.parse, || self.parse(doc));
        let mut out = CodedDocument {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            url: doc.url.clone(),
            text: doc.text.clone(),
            ..CodedDocument::default()
        };
        out.sentences = parsed
            .sentences
            .iter()
            .enumerate()
            .map(|(index, s)| SentenceRecord {
                index,
                span: parsed.chars(s.span),
                paragraph: s.paragraph,
            })
            .collect();
        let found = timed(clock, &mut times.quotes, || marks::find(&doc.text, &parsed.paragraphs));
        out.warnings
            .extend(found.warnings.iter().map(|w| format!("quotes: {w}")));
        let (actors, events, quotes) =
            self.code_sentences(&parsed, &found.quotes, &mut out.warnings, (&mut times, clock));
        out.actors = actors;
        out.events = events;
        out.quotes = quotes;
        (out, times)
    }
}

impl Coder {
    /// Resolves actors (two passes: the first finds the story's countries, which resolve
    /// contextual short forms such as "the North" in the second), then codes events.
    fn code_sentences(
        &self,
        parsed: &Parsed,
        quoted: &[marks::QuotedSpan],
        warnings: &mut Vec<String>,
        (times, clock): (&mut StageTimes, Clock),
    ) -> (Vec<ActorRecord>, Vec<EventRecord>, Vec<QuoteRecord>) {
        let date = parsed
            .published
            .and_then(|d| Date::new(d.year(), d.month() as u8, d.day() as u8))
            .unwrap_or_else(Date::today);
        let trees: Vec<Tree> = timed(clock, &mut times.trees, || {
            parsed.sentences.iter().map(|s| Tree::new(&s.words)).collect()
        });
        // First pass: the countries the story names, for readings that depend on them. Each
        // sentence's mentions are kept with the number of countries known when they were found:
        // the second pass reuses them when no country was added since (same inputs, same output).
        let mut story = StoryContext::default();
        let mut first_pass: Vec<(usize, Vec<(Mention, bool)>)> = Vec::with_capacity(trees.len());
        timed(clock, &mut times.actors, || {
            for tree in &trees {
                let found = sentence_mentions(&self.actors, tree, date, &story);
                let known = story.countries.len();
                for (m, _) in &found {
                    if let Some(c) = &m.country {
                        if !story.countries.contains(c) {
                            story.countries.push(c.clone());
                        }
                    }
                }
                first_pass.push((known, found));
            }
        });
        let ctx = EventContext {
            lexicon: self.events,
            frames: self.frames,
            reporting: &self.reporting,
        };
        let mut doc_mentions: Vec<DocMention> = Vec::new();
        let mut events = Vec::new();
        let mut per_sentence: Vec<SentenceMentions> = Vec::with_capacity(trees.len());
        for (k, tree) in trees.iter().enumerate() {
            if tree.len() > 400 {
                warnings.push(format!("sentence {k}: {} words, too long to code; skipped", tree.len()));
                per_sentence.push(SentenceMentions::default());
                continue;
            }
            let mentions = timed(clock, &mut times.actors, || {
                let found = match first_pass.get_mut(k) {
                    Some((known, found)) if *known == story.countries.len() => std::mem::take(found),
                    _ => sentence_mentions(&self.actors, tree, date, &story),
                };
                SentenceMentions::new(corefer(tree, k, found, &mut doc_mentions))
            });
            timed(clock, &mut times.events, || {
                let forms: Vec<&str> = tree.words.iter().map(|w| w.form.as_str()).collect();
                let dates = parsed.published.map(|p| self.time.find(&forms, p)).unwrap_or_default();
                for e in code_sentence(&ctx, tree, &mentions) {
                    if let Some(record) = self.event_record(parsed, k, &mentions, &dates, &e) {
                        events.push(record);
                    }
                }
            });
            per_sentence.push(mentions);
        }
        let started = clock();
        let actors = doc_mentions
            .iter()
            .map(|d| {
                let s = &parsed.sentences[d.sentence];
                let span = word_span(s, d.mention.start, d.mention.end);
                ActorRecord {
                    sentence: d.sentence,
                    span: parsed.chars(span),
                    text: parsed.doc.text[span.range()].to_string(),
                    code: d.mention.code.clone(),
                    country: d.mention.country.clone(),
                    sector: d.mention.sector.clone(),
                    entry: d.mention.entry.clone(),
                    how: d.mention.how.clone(),
                    refers_to: d.mention.refers_to,
                }
            })
            .collect::<Vec<ActorRecord>>();
        times.actors += clock().saturating_sub(started);
        let started = clock();
        let input = QuoteInput {
            sentences: &parsed.sentences,
            trees: &trees,
            mentions: &per_sentence,
            quoted,
        };
        let mut quotes: Vec<QuoteRecord> = attribute(&input, Cues::embedded())
            .iter()
            .map(|a| self.quote_record(parsed, &per_sentence, &actors, a))
            .collect();
        pronoun_speakers_continue(&mut quotes);
        times.quotes += clock().saturating_sub(started);
        (actors, events, quotes)
    }

    fn quote_record(
        &self,
        parsed: &Parsed,
        mentions: &[SentenceMentions],
        actors: &[ActorRecord],
        a: &Attributed,
    ) -> QuoteRecord {
        let words = |k: usize, start: usize, end: usize| word_span(&parsed.sentences[k], start, end);
        let speaker = a.speaker.as_ref().map(|sp| {
            let span = words(sp.sentence, sp.start, sp.end);
            let text = parsed.doc.text[span.range()].to_string();
            let mention = mentions[sp.sentence].at(sp.head).map(|m| mentions[sp.sentence].get(m));
            let name = mention
                .and_then(|m| m.refers_to)
                .and_then(|k| actors.get(k))
                .map(|full| full.text.clone())
                .or_else(|| {
                    let (a, b) = sp.antecedent?;
                    Some(parsed.doc.text[words(sp.sentence, a, b).range()].to_string())
                })
                .unwrap_or_else(|| text.clone());
            Speaker {
                span: parsed.chars(span),
                text,
                name,
                code: mention.map(|m| m.code.clone()),
            }
        });
        let medium = a.medium.map(|(k, s, e)| {
            let span = words(k, s, e);
            let code = mentions[k]
                .at(s)
                .map(|m| mentions[k].get(m).code.clone())
                .unwrap_or_default();
            Participant {
                text: parsed.doc.text[span.range()].to_string(),
                span: parsed.chars(span),
                code,
                ..Participant::default()
            }
        });
        QuoteRecord {
            kind: a.kind,
            sentences: a.sentences,
            content: parsed.chars(a.content),
            parts: a.parts.iter().map(|&p| parsed.chars(p)).collect(),
            cue: a.cue.map(|(k, s, e)| parsed.chars(words(k, s, e))),
            speaker,
            medium,
            confidence: a.confidence,
        }
    }

    fn event_record(
        &self,
        parsed: &Parsed,
        k: usize,
        mentions: &SentenceMentions,
        dates: &[DateMention],
        e: &SentenceEvent,
    ) -> Option<EventRecord> {
        let info = self.ontology.info(e.code)?;
        let s = &parsed.sentences[k];
        let participant = |m: &Mention| {
            let span = word_span(s, m.start, m.end);
            Participant {
                text: parsed.doc.text[span.range()].to_string(),
                span: parsed.chars(span),
                code: m.code.clone(),
                country: m.country.clone(),
                sector: m.sector.clone(),
            }
        };
        let mut source = participant(mentions.get(e.source));
        source.country = source.country.or_else(|| e.source_country.clone());
        let mut target = e.target.map(|t| participant(mentions.get(t)));
        if let Some(t) = target.as_mut() {
            t.country = t.country.take().or_else(|| e.target_country.clone());
        }
        let mut extent: Vec<usize> = e.words.clone();
        for m in std::iter::once(e.source).chain(e.target) {
            extent.push(mentions.get(m).start);
            extent.push(mentions.get(m).end.saturating_sub(1));
        }
        let (lo, hi) = (*extent.iter().min()?, *extent.iter().max()?);
        // The date expression closest to the predicate, else the publication date.
        let nearest = dates.iter().min_by_key(|d| d.start.abs_diff(e.predicate));
        let (date, basis) = match (nearest, parsed.published) {
            (Some(d), _) => (Some(d.date.to_string()), Some("text".to_string())),
            (None, Some(p)) => (Some(p.to_string()), Some("publication".to_string())),
            (None, None) => (None, None),
        };
        let code = info.code.as_str().to_string();
        Some(EventRecord {
            doc_id: parsed.doc.id.clone(),
            sentence: k,
            span: parsed.chars(word_span(s, lo, hi + 1)),
            source,
            target,
            cameo: Cameo {
                root: code[..2].to_string(),
                code,
                name: info.name.clone(),
            },
            goldstein: info.goldstein,
            quad_class: info.quad,
            quad_class_phoenix: info.quad_phoenix,
            plover: info
                .plover
                .as_ref()
                .map(|p| Plover {
                    event: p.event.clone(),
                    mode: p.mode.clone(),
                })
                .unwrap_or_default(),
            flags: Flags {
                negated: e.negated,
                hypothetical: e.hypothetical,
                reported: e.reported,
            },
            speaker: e.speaker.map(|m| participant(mentions.get(m))),
            date,
            date_basis: basis,
            confidence: e.confidence,
            evidence: Evidence {
                pattern: e.pattern.clone(),
                predicate: parsed.chars(s.words[e.predicate].span),
                spans: e.words.iter().map(|&w| parsed.chars(s.words[w].span)).collect(),
            },
        })
    }
}

/// The byte span from word `start` to word `end - 1` of a sentence.
fn word_span(s: &ParsedSentence, start: usize, end: usize) -> Span {
    let end = end.max(start + 1).min(s.words.len());
    s.words[start.min(end - 1)].span.cover(s.words[end - 1].span)
}

/// Sentences within which "he said" still continues an earlier speaker.
const SPEAKER_CARRY_SENTENCES: usize = 3;

/// A quote whose speaker is "he" or "she" continues the last named speaker of an earlier quote
/// nearby ("Hill told reporters ... Asked about X, he said: ..."), rather than whichever person
/// was mentioned last: news text alternates quotes and the people they are about.
fn pronoun_speakers_continue(quotes: &mut [QuoteRecord]) {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| (quotes[i].sentences[0], quotes[i].content[0]));
    let mut last: Option<(usize, String, Option<String>)> = None;
    for i in order {
        let q = &mut quotes[i];
        let Some(sp) = q.speaker.as_mut() else { continue };
        let pronoun = matches!(sp.text.to_lowercase().as_str(), "he" | "she");
        match &last {
            Some((at, name, code)) if pronoun && q.sentences[0] <= at + SPEAKER_CARRY_SENTENCES => {
                let (name, code) = (name.clone(), code.clone());
                sp.name.clone_from(&name);
                sp.code.clone_from(&code);
                last = Some((q.sentences[1], name, code));
            }
            _ if !pronoun && sp.code.is_some() => last = Some((q.sentences[1], sp.name.clone(), sp.code.clone())),
            _ => {}
        }
    }
}
