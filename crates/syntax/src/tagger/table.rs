//! The weight table the trained tagger scores with: an open-addressing hash table from feature
//! key to its (label, quantized weight) entries, laid out so that a feature usually costs one
//! cache line: the key and up to [`INLINE`] entries share a 32-byte slot; longer runs continue
//! in an overflow array. Scoring is memory-bound, so this layout is what makes the tagger fast.

/// Entries stored in the slot itself.
const INLINE: usize = 4;

/// One feature: its key (0 = empty slot) and entries packed as `label | weight << 16`.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    key: u64,
    overflow: u32,
    len: u16,
    _pad: u16,
    inline: [u32; INLINE],
}

/// Feature key → (label, weight) entries.
#[derive(Debug, Clone, Default)]
pub struct Table {
    slots: Vec<Slot>,
    overflow: Vec<u32>,
    shift: u32,
    len: usize,
    entries: usize,
}

#[inline]
fn pack(label: u16, weight: i16) -> u32 {
    u32::from(label) | (u32::from(weight as u16) << 16)
}

#[inline]
fn unpack(e: u32) -> (usize, i32) {
    ((e & 0xffff) as usize, i32::from((e >> 16) as u16 as i16))
}

/// Key 0 marks empty slots, so a real key 0 is stored as 1 (a harmless hash collision).
#[inline]
fn stored(key: u64) -> u64 {
    key.max(1)
}

impl Table {
    /// Builds the table from distinct keys and their entries.
    pub fn build<'a>(rows: impl ExactSizeIterator<Item = (u64, &'a [(u16, i16)])>) -> Table {
        let capacity = (rows.len() * 3 / 2).next_power_of_two().max(16);
        let mut table = Table {
            slots: vec![Slot::default(); capacity],
            overflow: Vec::new(),
            shift: 64 - capacity.trailing_zeros(),
            len: 0,
            entries: 0,
        };
        let mask = capacity - 1;
        for (key, entries) in rows {
            let key = stored(key);
            let mut at = (key >> table.shift) as usize;
            while table.slots[at].key != 0 && table.slots[at].key != key {
                at = (at + 1) & mask;
            }
            let slot = &mut table.slots[at];
            if slot.key == key {
                continue; // a duplicate key (corrupt input): keep the first
            }
            let entries = &entries[..entries.len().min(usize::from(u16::MAX))];
            slot.key = key;
            slot.len = entries.len() as u16;
            slot.overflow = table.overflow.len() as u32;
            for (i, &(label, weight)) in entries.iter().enumerate() {
                if i < INLINE {
                    slot.inline[i] = pack(label, weight);
                } else {
                    table.overflow.push(pack(label, weight));
                }
            }
            table.len += 1;
            table.entries += entries.len();
        }
        table
    }

    /// The entries of every key, in slot order.
    pub fn rows(&self) -> impl Iterator<Item = (u64, Vec<(u16, i16)>)> + '_ {
        self.slots.iter().filter(|s| s.key != 0).map(|s| {
            let n = usize::from(s.len);
            let start = s.overflow as usize;
            let rest = self
                .overflow
                .get(start..start + n.saturating_sub(INLINE))
                .unwrap_or(&[]);
            let entries = s.inline[..n.min(INLINE)]
                .iter()
                .chain(rest)
                .map(|&e| {
                    let (label, weight) = unpack(e);
                    (label as u16, weight as i16)
                })
                .collect();
            (s.key, entries)
        })
    }

    /// Adds the weights of `features` to `scores`; labels outside `scores` are ignored.
    ///
    /// The first loop only loads the home slot of every feature: the loads are independent, so
    /// the processor overlaps their cache misses; the second loop then finds them cached.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        if self.len == 0 {
            return;
        }
        const CHUNK: usize = 64;
        let mut home = [0u64; CHUNK];
        for chunk in features.chunks(CHUNK) {
            for (h, &f) in home.iter_mut().zip(chunk) {
                *h = self.slots[(stored(f) >> self.shift) as usize].key;
            }
            std::hint::black_box(&home);
            for &f in chunk {
                self.score_one(f, scores);
            }
        }
    }

    #[inline]
    fn score_one(&self, feature: u64, scores: &mut [i32]) {
        let mask = self.slots.len() - 1;
        let key = stored(feature);
        let mut at = (key >> self.shift) as usize;
        loop {
            let slot = &self.slots[at];
            if slot.key == key {
                let n = usize::from(slot.len);
                let mut add = |e: u32| {
                    let (label, weight) = unpack(e);
                    if let Some(s) = scores.get_mut(label) {
                        *s += weight;
                    }
                };
                slot.inline[..n.min(INLINE)].iter().for_each(|&e| add(e));
                if n > INLINE {
                    let start = slot.overflow as usize;
                    let rest = self.overflow.get(start..start + n - INLINE).unwrap_or(&[]);
                    rest.iter().for_each(|&e| add(e));
                }
                return;
            }
            if slot.key == 0 {
                return;
            }
            at = (at + 1) & mask;
        }
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Number of (feature, label) entries.
    pub fn entries(&self) -> usize {
        self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_short_and_long_rows() {
        let long: Vec<(u16, i16)> = (0..9).map(|l| (l, -(l as i16) - 1)).collect();
        let rows: Vec<(u64, Vec<(u16, i16)>)> = vec![(0, vec![(1, 5)]), (42, long.clone()), (u64::MAX, vec![(2, 7)])];
        let table = Table::build(rows.iter().map(|(k, e)| (*k, e.as_slice())));
        assert_eq!((table.len(), table.entries()), (3, 11));
        let mut scores = [0i32; 10];
        table.score(&[42, 0, 5, u64::MAX], &mut scores);
        assert_eq!(scores, [-1, 3, 4, -4, -5, -6, -7, -8, -9, 0]);
        let mut back: Vec<_> = table.rows().collect();
        back.sort();
        assert_eq!(back[1], (42, long));
    }
}
