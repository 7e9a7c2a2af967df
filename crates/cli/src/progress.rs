//! The progress line of long runs (`dyad code`, `dyad ingest`, `dyad watch`), on standard error
//! and only when it is a terminal. When the inputs' total size is known it is a bar over the
//! bytes read, with an ETA; otherwise a spinner. Both show documents, their rate, and the
//! caller's counts (sentences, events, quotes, ...).

use dyad_ingest::ByteMeter;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::VecDeque;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// A progress line; `None` where it is not shown (standard error is not a terminal).
pub struct Progress {
    bar: ProgressBar,
    /// Bytes read so far, when the total size is known.
    meter: Option<ByteMeter>,
    /// The meter's reading when each document still being coded was read, oldest first: the
    /// bar shows how far the coded documents reach, not how far the reader has run ahead.
    marks: VecDeque<u64>,
    started: Instant,
    documents: u64,
}

impl Progress {
    /// A bar over `total` input bytes read as `meter` counts them, or a spinner when the total
    /// is unknown (standard input, URLs). `None` when standard error is not a terminal.
    pub fn start(total: Option<u64>, meter: &ByteMeter) -> Option<Progress> {
        if !std::io::stderr().is_terminal() {
            return None;
        }
        Some(Progress::new(total, meter))
    }

    /// A spinner (no size known), or `None` when standard error is not a terminal.
    pub fn spinner() -> Option<Progress> {
        Progress::start(None, &ByteMeter::default())
    }

    fn new(total: Option<u64>, meter: &ByteMeter) -> Progress {
        let (bar, meter) = match total {
            Some(total) if total > 0 => {
                let bar = ProgressBar::new(total);
                let style = ProgressStyle::with_template(
                    "{bar:24} {percent:>3}% of {total_bytes}  {msg}  [{elapsed_precise}, ETA {eta_precise}]",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar());
                bar.set_style(style);
                (bar, Some(meter.clone()))
            }
            _ => {
                let bar = ProgressBar::new_spinner();
                let style = ProgressStyle::with_template("{spinner} {msg}  [{elapsed_precise}]")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner());
                bar.set_style(style);
                (bar, None)
            }
        };
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress {
            bar,
            meter,
            marks: VecDeque::new(),
            started: Instant::now(),
            documents: 0,
        }
    }

    /// Notes that one more document was read and handed to the coder.
    pub fn read(&mut self) {
        if let Some(meter) = &self.meter {
            self.marks.push_back(meter.get());
        }
    }

    /// Counts one more document done (in the order they were read); `detail` follows the
    /// document count and rate.
    pub fn advance(&mut self, detail: &str) {
        self.documents += 1;
        if let Some(mark) = self.marks.pop_front() {
            self.bar.set_position(mark);
        }
        self.bar.set_message(self.message(detail));
    }

    fn message(&self, detail: &str) -> String {
        let rate = self.documents as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
        let mut line = format!("{} documents ({rate:.1}/s)", self.documents);
        if !detail.is_empty() {
            line.push_str(", ");
            line.push_str(detail);
        }
        line
    }

    /// Prints `line` on standard error above the progress line.
    pub fn println(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// Removes the progress line.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_size_makes_a_bar_that_follows_the_documents_done() {
        let meter = ByteMeter::default();
        let mut progress = Progress::new(Some(1000), &meter);
        assert_eq!(progress.bar.length(), Some(1000));
        let read = |n: usize| {
            let bytes = vec![b'x'; n];
            let mut reader = dyad_ingest::meter::Metered::new(&bytes[..], meter.clone());
            std::io::Read::read_to_end(&mut reader, &mut Vec::new()).unwrap();
        };
        read(250);
        progress.read();
        read(100);
        progress.read();
        read(300);
        progress.advance("7 events");
        // The reader is at 650 bytes, but the first document done ends at 250.
        assert_eq!(progress.bar.position(), 250);
        progress.advance("9 events");
        assert_eq!(progress.bar.position(), 350);
        assert!(
            progress.bar.message().starts_with("2 documents ("),
            "{}",
            progress.bar.message()
        );
        assert!(progress.bar.message().ends_with(", 9 events"));
    }

    #[test]
    fn an_unknown_size_makes_a_spinner() {
        let progress = Progress::new(None, &ByteMeter::default());
        assert_eq!(progress.bar.length(), None);
        assert!(progress.meter.is_none());
    }
}
