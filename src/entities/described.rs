//! Companies as news describes them: a name right after a word for a kind of company
//! (`fashion retailer Ted Baker`, `chipmaker Nvidia`, `central bank Banxico`), or followed by
//! one in an apposition (`Stone Island, an Italian casualwear brand`), is an organisation,
//! whatever the model read (a person: `Ted Baker`; a place: `Stone Island`), and so is the same
//! name wherever else the document writes it. The model reads a word or two either side, and
//! a word for a company three or four words away is out of its reach.

use super::decode::ORG;
use super::features::Prepared;
use super::token::{HAS_LOWER, INIT_CAP};
use super::Found;

/// Lower-case words that name a kind of company (`retailer`, `carmaker`, `lender`). Left out:
/// words for people too (`producer`, `developer`, `owner`, `playmaker`, `peacemaker`) and for
/// ships (`carrier`), and adjectives (`giant Texas plants`).
const KINDS: [&str; 34] = [
    "company",
    "firm",
    "maker",
    "manufacturer",
    "brand",
    "retailer",
    "chain",
    "bank",
    "lender",
    "insurer",
    "airline",
    "miner",
    "conglomerate",
    "startup",
    "start-up",
    "supplier",
    "distributor",
    "publisher",
    "broadcaster",
    "refiner",
    "utility",
    "group",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "planemaker",
    "steelmaker",
    "toymaker",
    "truckmaker",
    "handsetmaker",
    "e-tailer",
    "fund",
    "exchange",
];

/// Whether token `k` (`w`) is a lower-case word for a kind of company (`retailer`).
fn kind(p: &Prepared, k: usize, w: &str) -> bool {
    p.infos[k].flags & (INIT_CAP | HAS_LOWER) == HAS_LOWER && KINDS.contains(&w)
}

/// How many words an apposition may hold between its article and its word for a company
/// (`an Italian casualwear brand`: two).
const APPOSITION_WORDS: usize = 4;

/// Whether the tokens after a name that ends at `end` are an apposition that calls it a
/// company: `, a`/`an`/`the`, at most [`APPOSITION_WORDS`] lower-case or capitalised words,
/// then a word for a company ending the apposition (`,`, `.`, `that`, `which`, `with`, …, or
/// the end of the sentence).
fn apposition(p: &Prepared, words: &[&str], end: usize) -> bool {
    let at = |k: usize| words.get(k).copied().unwrap_or("");
    if at(end) != "," || !matches!(at(end + 1), "a" | "an" | "the") {
        return false;
    }
    let first = end + 2;
    (first..(first + APPOSITION_WORDS + 1).min(words.len())).any(|k| {
        kind(p, k, words[k])
            && matches!(
                at(k + 1),
                "" | "," | "." | ";" | "that" | "which" | "with" | "in" | "based"
            )
            && (first..k).all(|j| words[j].chars().any(char::is_alphabetic))
    })
}

/// `found` with every name a word for a company describes as ORG (see the module's docs).
pub(crate) fn described_companies(p: &Prepared, words: &[&str], found: Vec<Found>) -> Vec<Found> {
    // The names described so, as their words: a company described once is one wherever the
    // document names it (`fashion retailer Ted Baker` … `Ted Baker warned`).
    let mut described: Vec<&[&str]> = Vec::new();
    for f in &found {
        let s = f.tokens.start;
        let before = s > 0 && kind(p, s - 1, words[s - 1]);
        if before || apposition(p, words, f.tokens.end) {
            described.push(&words[f.tokens.clone()]);
        }
    }
    let mut found = found;
    if described.is_empty() {
        return found;
    }
    for f in &mut found {
        if described.contains(&&words[f.tokens.clone()]) {
            f.ty = ORG;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, Case};

    #[test]
    fn companies_described_as_companies_are_organisations() {
        let cases: &[Case] = &[
            (
                "after a word for its kind",
                "Shares of fashion retailer Ted Baker and chipmaker Nvidia rose.",
                &[("Ted Baker", 0), ("Nvidia", 2)],
                &[("Ted Baker", 1), ("Nvidia", 1)],
            ),
            (
                "in an apposition",
                "Moncler bought Stone Island, an Italian casualwear brand, on Monday.",
                &[("Moncler", 1), ("Stone Island", 2)],
                &[("Moncler", 1), ("Stone Island", 1)],
            ),
            (
                "described once, a company throughout the document",
                "Ted Baker warned on Monday. Shares of fashion retailer Ted Baker fell, and Ted \
                 Baker Plc said sales rose.",
                &[("Ted Baker", 0), ("Ted Baker", 0), ("Ted Baker Plc", 1)],
                &[("Ted Baker", 1), ("Ted Baker", 1), ("Ted Baker Plc", 1)],
            ),
            (
                "words for people and ships describe no company",
                "Russian peacemaker Alexander Lebed and film producer Harvey Weinstein saw \
                 the carrier Carl Vinson.",
                &[
                    ("Alexander Lebed", 0),
                    ("Harvey Weinstein", 0),
                    ("Carl Vinson", 3),
                ],
                &[
                    ("Alexander Lebed", 0),
                    ("Harvey Weinstein", 0),
                    ("Carl Vinson", 3),
                ],
            ),
            (
                "a capitalised word is part of a name, not its kind",
                "the Group Lotus said; Bank Holiday",
                &[("Lotus", 1), ("Holiday", 3)],
                &[("Lotus", 1), ("Holiday", 3)],
            ),
            (
                "an apposition that does not end at its word for a company",
                "Alice Smith, a bank teller, said.",
                &[("Alice Smith", 0)],
                &[("Alice Smith", 0)],
            ),
        ];
        check(cases);
    }
}
