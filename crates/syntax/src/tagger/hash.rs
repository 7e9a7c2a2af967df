//! Allocation-free 64-bit hashing of strings, characters and feature tuples for the tagger and
//! lemmatizer. Deterministic across runs and platforms (models store these hashes).

const PRIME: u64 = 0x0000_0100_0000_01b3;
const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Mixes two 64-bit values into a well-distributed one (splitmix64 finalizer).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let mut x = a ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(31);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// An incremental FNV-1a hash over characters.
#[derive(Clone, Copy)]
pub struct CharHash(u64);

impl CharHash {
    #[inline]
    pub fn new() -> Self {
        CharHash(SEED)
    }

    #[inline]
    pub fn push(&mut self, c: char) {
        self.0 = (self.0 ^ c as u64).wrapping_mul(PRIME);
    }

    #[inline]
    pub fn finish(self) -> u64 {
        mix(self.0, 0x0051_7cc1_b727_220a)
    }
}

impl Default for CharHash {
    fn default() -> Self {
        Self::new()
    }
}

/// The hash of a sequence of characters.
#[inline]
pub fn chars<I: IntoIterator<Item = char>>(chars: I) -> u64 {
    let mut h = CharHash::new();
    for c in chars {
        h.push(c);
    }
    h.finish()
}

/// The hash of a string, equal to `chars(s.chars())`.
#[inline]
pub fn str(s: &str) -> u64 {
    chars(s.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_distinguish_inputs() {
        assert_eq!(str("missile"), chars("missile".chars()));
        assert_ne!(str("missile"), str("missiles"));
        assert_ne!(mix(1, 2), mix(2, 1));
        assert_ne!(str(""), str(" "));
    }
}
