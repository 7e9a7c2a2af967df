//! Prints the event lexicon's coverage and problems: pattern count, roots covered, share of
//! 3-digit CAMEO codes covered, patterns per root.
//!
//! `cargo run -p dyad-lexicon --example event-coverage [USER_DIR]` (USER_DIR: extra `*.pat` files).
//! Exits with status 1 when there are problems.

fn main() {
    let dir = std::env::args().nth(1).map(std::path::PathBuf::from);
    let report = dyad_lexicon::events::check(dir.as_deref());
    println!("{report}");
    if !report.problems.is_empty() {
        std::process::exit(1);
    }
}
