//! Training-tree preparation: checks gold trees and makes them projective by lifting (Nivre &
//! Nilsson 2005, without label encoding): the shortest non-projective arc is re-attached to the
//! head's head until none is left. Heads use the parser's convention: words `0..n`, root `n`.

/// Converts CoNLL-U heads (1-based, 0 = root) to parser heads, if they form a tree.
pub fn parser_heads(conllu_heads: &[usize]) -> Option<Vec<u32>> {
    let n = conllu_heads.len();
    let heads: Vec<u32> = conllu_heads
        .iter()
        .map(|&h| {
            if h == 0 {
                Some(n as u32)
            } else {
                (h <= n).then(|| (h - 1) as u32)
            }
        })
        .collect::<Option<_>>()?;
    // acyclic: from every word, the root is reached within n steps
    for start in 0..n {
        let mut x = start;
        let mut steps = 0;
        while x != n {
            x = heads[x] as usize;
            steps += 1;
            if steps > n {
                return None;
            }
        }
    }
    Some(heads)
}

fn is_ancestor(heads: &[u32], anc: usize, mut x: usize) -> bool {
    let n = heads.len();
    while x != n {
        if x == anc {
            return true;
        }
        x = heads[x] as usize;
    }
    anc == n
}

fn is_projective_arc(heads: &[u32], d: usize) -> bool {
    let h = heads[d] as usize;
    let (lo, hi) = if h < d { (h, d) } else { (d, h) };
    (lo + 1..hi.min(heads.len())).all(|k| is_ancestor(heads, h, k))
}

/// Lifts non-projective arcs until the tree (acyclic, root `n`) is projective.
pub fn projectivize(heads: &mut [u32]) {
    let n = heads.len();
    for _ in 0..n * n {
        let shortest = (0..n)
            .filter(|&d| !is_projective_arc(heads, d))
            .min_by_key(|&d| (heads[d] as usize).abs_diff(d));
        let Some(d) = shortest else { return };
        let h = heads[d] as usize;
        if h == n {
            return; // root arcs are projective with the root at the end; unreachable
        }
        heads[d] = heads[h];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_cycles_and_out_of_range_heads() {
        assert!(parser_heads(&[2, 1]).is_none());
        assert!(parser_heads(&[0, 5]).is_none());
        assert_eq!(parser_heads(&[2, 0]), Some(vec![1, 2]));
    }

    #[test]
    fn lifts_a_crossing_arc() {
        // words 0..4, root 4: 1 is root child; 0 -> 2 crosses 1 -> 3
        let mut heads = vec![2, 4, 1, 1];
        assert!(!is_projective_arc(&heads, 0));
        projectivize(&mut heads);
        assert!((0..4).all(|d| is_projective_arc(&heads, d)));
        assert_eq!(heads, vec![1, 4, 1, 1]);
    }
}
