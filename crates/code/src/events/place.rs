//! Places as the event coder reads them: the country of an event participant that has none of its
//! own ("*rebels in the Ivory Coast*", "imposed a curfew *in Algiers*", or the other participant's
//! country for an unnamed domestic actor), and the place an event of force or aid happens to
//! ("demonstrated *in Serbia*"), used as its target when the sentence names no other.

use super::EventContext;
use crate::mentions::SentenceMentions;
use crate::tree::Tree;

/// How deep a chain of `nmod` phrases is followed ("the town *of Cizre in* southeastern *Turkey*").
const CHAIN_DEPTH: usize = 3;

/// True when `c` is a phrase with a preposition of place (`&LOCATIVE_CASE` in `synsets.pat`).
fn is_locative(ctx: &EventContext, tree: &Tree, c: usize) -> bool {
    let Some(case) = tree.case_of(c) else { return false };
    ctx.lexicon
        .synset("&LOCATIVE_CASE")
        .is_some_and(|set| set.iter().any(|t| t.head() == case))
}

/// The first mention with a country on `w` or down its chain of `nmod` phrases.
fn chain_mention(tree: &Tree, mentions: &SentenceMentions, w: usize, depth: usize) -> Option<usize> {
    if let Some(k) = mentions.at(w).filter(|&k| mentions.get(k).country.is_some()) {
        return Some(k);
    }
    if depth == 0 {
        return None;
    }
    tree.children(w)
        .iter()
        .copied()
        .filter(|&c| tree.base(c) == "nmod")
        .find_map(|c| chain_mention(tree, mentions, c, depth - 1))
}

/// The mentions with a country in the place phrases of predicate `i` ("rioted at a jail *in
/// northern Israel*"), nearest first; for an event noun also those of the verb it is the object of.
pub fn places(ctx: &EventContext, tree: &Tree, mentions: &SentenceMentions, i: usize) -> Vec<usize> {
    let mut heads = vec![i];
    if tree.base(i) == "obj" {
        heads.extend(tree.head(i));
    }
    let mut out = Vec::new();
    for h in heads {
        for c in tree.children(h).iter().copied() {
            if matches!(tree.base(c), "obl" | "nmod") && is_locative(ctx, tree, c) {
                if let Some(k) = chain_mention(tree, mentions, c, CHAIN_DEPTH) {
                    if !out.contains(&k) {
                        out.push(k);
                    }
                }
            }
        }
    }
    out
}

/// The country an actor's own place phrase gives it: "Security forces *in Guinea*".
pub fn own_place(ctx: &EventContext, tree: &Tree, mentions: &SentenceMentions, mention: usize) -> Option<String> {
    let head = mentions.get(mention).head;
    tree.children(head)
        .iter()
        .copied()
        .filter(|&c| tree.base(c) == "nmod" && is_locative(ctx, tree, c))
        .find_map(|c| chain_mention(tree, mentions, c, CHAIN_DEPTH))
        .and_then(|k| mentions.get(k).country.clone())
}

/// The country to report for a participant whose mention has none: an actor modifying it
/// ("*Congolese* refugees", "*Russia* troops"), its own place phrase, then the event's place, then
/// the other participant's country (an unnamed domestic actor: "the government accepted demands
/// from rebels"), then the one country the sentence names, if it names only one ("the Federal
/// Minister for Interior ... according to the *Pakistani* secretary"). `None` when the mention
/// has a country.
pub fn context_country(
    ctx: &EventContext,
    tree: &Tree,
    mentions: &SentenceMentions,
    predicate: usize,
    mention: usize,
    other: Option<&str>,
) -> Option<String> {
    if mentions.get(mention).country.is_some() {
        return None;
    }
    modifier_country(tree, mentions, mention)
        .or_else(|| own_place(ctx, tree, mentions, mention))
        .or_else(|| {
            places(ctx, tree, mentions, predicate)
                .into_iter()
                .find_map(|k| mentions.get(k).country.clone())
        })
        .or_else(|| other.map(str::to_string))
        .or_else(|| sole_country(mentions))
}

/// The country of the sentence's actors when they all share one.
fn sole_country(mentions: &SentenceMentions) -> Option<String> {
    let mut countries = mentions.mentions.iter().filter_map(|m| m.country.as_deref());
    let first = countries.next()?;
    countries.all(|c| c == first).then(|| first.to_string())
}

/// The country of an actor that modifies a mention's head word (adjective, compound, possessor).
fn modifier_country(tree: &Tree, mentions: &SentenceMentions, mention: usize) -> Option<String> {
    let head = mentions.get(mention).head;
    tree.children(head)
        .iter()
        .copied()
        .filter(|&c| matches!(tree.base(c), "amod" | "compound" | "nmod") && tree.deprel(c) != "compound:prt")
        .filter(|&c| tree.base(c) != "nmod" || tree.deprel(c) == "nmod:poss")
        .filter_map(|c| mentions.at(c).filter(|&k| k != mention))
        .find_map(|k| mentions.get(k).country.clone())
}
