//! Scoring the coder against gold data: PLOVER event types and actor countries (PLOVER GSR),
//! Phoenix quad classes and source/target spans (ConfliBERT CAMEO sets), and quote attribution
//! (PolNeAR). Each scorer reads its gold format and compares it with pre-made predictions, so the
//! scoring is testable without models; the CLI (`dyad eval events|quotes`) runs the coder.

pub mod conflibert;
pub mod metrics;
pub mod ner;
pub mod plover;
pub mod polnear;
