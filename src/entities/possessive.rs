//! Names that end in a possessive (`Boatmen's`, `Moody's`, `Lord's`): a firm or a place named
//! after its founder keeps the `'s`, which the tokenizer splits off every word. The name shows
//! itself where nothing is possessed: the `'s` is followed by a verb (`Boatmen's was the plum`)
//! or ends a clause (`a bid for Boatmen's.`). Then every mention of the name in the document
//! keeps its `'s`, possessing or not (`Boatmen's stock`), as CoNLL writes it. A person's
//! possessive stays out (`Crohn's is`, the disease), and so does one in brackets
//! (`(Britain's)`).

use super::decode::{LOC, ORG};
use super::Found;

/// Words after a name's `'s` that show the `'s` is the name's: it does something.
const DOES: [&str; 12] = [
    "was", "is", "has", "had", "said", "says", "will", "would", "reported", "reports", "posted",
    "agreed",
];

/// Whether token `k` is a possessive `'s` (either apostrophe).
fn possessive(words: &[&str], k: usize) -> bool {
    words
        .get(k)
        .is_some_and(|w| matches!(*w, "'s" | "’s" | "'S" | "’S"))
}

/// `found` with the names that end in a possessive (see the module's docs) taking their `'s`:
/// an organisation or place followed by `'s` and then by a word of [`DOES`], a period or a
/// comma; and every other mention of the same words, of either type, followed by `'s`.
pub(crate) fn possessive_names(words: &[&str], found: Vec<Found>) -> Vec<Found> {
    let kinds = |f: &Found| matches!(f.ty, ORG | LOC) && possessive(words, f.tokens.end);
    let shows = |f: &Found| {
        words
            .get(f.tokens.end + 1)
            .is_some_and(|w| DOES.contains(w) || matches!(*w, "." | ","))
    };
    let mut named: Vec<&[&str]> = Vec::new();
    for f in found.iter().filter(|f| kinds(f) && shows(f)) {
        let name = &words[f.tokens.clone()];
        if !named.contains(&name) {
            named.push(name);
        }
    }
    if named.is_empty() {
        return found;
    }
    let mut found = found;
    for f in &mut found {
        if kinds(f) && named.contains(&&words[f.tokens.clone()]) {
            f.tokens.end += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, Case};

    #[test]
    fn names_keep_a_possessive_that_possesses_nothing() {
        let cases: &[Case] = &[
            (
                "a verb after the possessive, and the same name elsewhere",
                "Boatmen's was the plum. NationsBank bid for Boatmen's stock.",
                &[("Boatmen", 1), ("NationsBank", 1), ("Boatmen", 1)],
                &[("Boatmen's", 1), ("NationsBank", 1), ("Boatmen's", 1)],
            ),
            (
                "a clause's end after the possessive, with the other apostrophe",
                "Analysts rated Moody’s. The lead went to Lord’s, the ground.",
                &[("Moody", 1), ("Lord", 2)],
                &[("Moody’s", 1), ("Lord’s", 2)],
            ),
            (
                "a possessive that possesses",
                "Boatmen's stock rose. Britain's economy grew.",
                &[("Boatmen", 1), ("Britain", 2)],
                &[("Boatmen", 1), ("Britain", 2)],
            ),
            (
                "a person's, and one in brackets",
                "Crohn's is a disease. He praised it (Britain's).",
                &[("Crohn", 0), ("Britain", 2)],
                &[("Crohn", 0), ("Britain", 2)],
            ),
        ];
        check(cases);
    }
}
