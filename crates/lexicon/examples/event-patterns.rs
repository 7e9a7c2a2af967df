//! Prints the event patterns indexed under each lemma given, most specific first, with their
//! file:line, for curating the lexicon.
//!
//! `cargo run -p dyad-lexicon --example event-patterns impose talk reject`

use dyad_lexicon::events::{EventLexicon, Ontology, Pattern};

fn main() {
    let lexicon = EventLexicon::embedded();
    let ontology = Ontology::embedded();
    for lemma in std::env::args().skip(1) {
        let patterns = lexicon.patterns_for(&lemma);
        println!("{lemma}: {} patterns", patterns.len());
        for p in patterns {
            let name = p
                .code
                .and_then(|c| ontology.info(c))
                .map_or("no event", |i| i.name.as_str());
            println!(
                "  {:<34} {} -> {:<4} {name}  [{}:{}]",
                p.id,
                describe(p),
                code(p),
                p.file,
                p.line
            );
        }
    }
}

fn code(p: &Pattern) -> String {
    p.code.map_or_else(|| "---".to_string(), |c| c.to_string())
}

fn describe(p: &Pattern) -> String {
    let mut parts = vec![format!(
        "{}{}",
        p.lemma,
        p.extra.iter().map(|w| format!("_{w}")).collect::<String>()
    )];
    parts.extend(p.slots.iter().map(|s| format!("{}={}", s.rel, s.lex.source)));
    parts.push(format!("target={}", p.target));
    if let Some(frame) = &p.frame {
        parts.push(format!("frame={frame}"));
    }
    parts.join(" ")
}
