//! Small records shared by the store's unit tests.

use dyad_code::record::Participant;

/// An actor whose country is the first three letters of its code ("USAGOV" → USA).
pub fn participant(code: &str) -> Participant {
    Participant {
        text: code.into(),
        span: [0, 3],
        code: code.into(),
        country: Some(code[..3].into()),
        sector: None,
    }
}
