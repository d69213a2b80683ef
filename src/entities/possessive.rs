//! Names that end in a possessive (`Boatmen's`, `Moody's`, `Lord's`): a firm or a place named
//! after its founder keeps the `'s`, which the tokenizer splits off every word. The name shows
//! itself where nothing is possessed: the `'s` is followed by a verb (`Boatmen's was the plum`)
//! or ends a clause (`a bid for Boatmen's.`). Then every mention of the name in the document
//! keeps its `'s`, possessing or not (`Boatmen's stock`), as CoNLL writes it. A person's
//! possessive stays out (`Crohn's is`, the disease), and so does one in brackets
//! (`(Britain's)`).

use super::clusters;
use super::decode::{LOC, ORG, PERSON};
use super::features::Prepared;
use super::gazetteer::{any_match, ORG_COMPANY, ORG_OTHER, ORG_POLITICAL, PERSON_NAMES, PLACES};
use super::patterns::RULE_MARGIN;
use super::token::{TokInfo, ALL_CAPS, HAS_DIGIT, HAS_LETTER, HEADLINE, INIT_CAP, SENT_START};
use super::Found;

/// Words after a name's `'s` that show the `'s` is the name's: it does something.
const DOES: [&str; 12] = [
    "was", "is", "has", "had", "said", "says", "will", "would", "reported", "reports", "posted",
    "agreed",
];

/// What a company owns, said after its `'s` (in lower case): at a sentence's start, where a
/// common word is capitalised too, the owner of one of these is a company
/// (`Pfizer's chief executive`, `Aramco's profit`) and the owner of anything else may be the
/// common word (`Caffeine's effects`, `Toast's crust`). Not `president` (a country's),
/// `spokesman` (a person's as often), `market` (`Bitcoin's market value`, `Caffeine's
/// market`) nor `annual` (`London's annual`).
const COMPANY_HOLDINGS: [&str; 39] = [
    "bid",
    "board",
    "ceo",
    "chairman",
    "chairwoman",
    "chief",
    "customers",
    "earnings",
    "employees",
    "executives",
    "factory",
    "founder",
    "headquarters",
    "investors",
    "listing",
    "merger",
    "net",
    "offer",
    "operating",
    "owner",
    "parent",
    "plant",
    "profit",
    "profits",
    "quarterly",
    "results",
    "revenue",
    "revenues",
    "sales",
    "share",
    "shareholders",
    "shares",
    "staff",
    "stake",
    "stock",
    "subsidiary",
    "takeover",
    "unit",
    "valuation",
];

/// Whether token `k` is a possessive `'s` (either apostrophe).
fn possessive(words: &[&str], k: usize) -> bool {
    words.get(k).is_some_and(|w| is_possessive(w))
}

/// Whether `w` is a possessive `'s` (either apostrophe), by its bytes: a test that every
/// token of a text meets in [`listed_owners`].
fn is_possessive(w: &str) -> bool {
    match w.as_bytes() {
        [b'\'', s] | [0xE2, 0x80, 0x99, s] => matches!(s, b's' | b'S'),
        _ => false,
    }
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

/// `found` with the organisations that own something (`TikTok's chief executive`, `Pfizer’s
/// vaccine`) read as such. Before a possessive, the model reads a capitalised word as a
/// person's name, or as no name when a list says it is not one. A capitalised word followed
/// by `'s`, after a word, a comma or a semicolon, or at a sentence's start owning what a
/// company owns ([`COMPANY_HOLDINGS`]: `Pfizer's chief executive resigned`), not after a colon or a
/// quote inside a sentence nor in a headline, that an organisation list holds and no list of
/// people or places does, is an organisation, read as a person or not read at all; unless it
/// is a word of one letter (`U of H's`), of two that no list of companies holds (`the PM's
/// speech`: the political list's `PM`, `RT`, `TT` are abbreviations of anything else too;
/// `HP's`, `LG's` stay), or a common word in lower case too
/// ([`clusters::common_in_lower_case`]: `Here's`, `Racing's`). In the training corpora, 107
/// of 124 such words inside a sentence (before the last three guards) are organisations, 2
/// are people; of the 5 of two letters no company list holds that the rule read where the
/// model did not, 4 were no names (`the PM's visit`, `RT's`, `TT's`) and one the Canadian
/// Press, unannotated (`CP's`). At a sentence's start the clusters miss common words that
/// text capitalises there as often as inside (`Caffeine`, `Toast`, `Lemonade` share their
/// lower-case form's cluster), so what is owned decides: in every annotated corpus, a
/// capitalised word at a sentence's start before `'s` and one of [`COMPANY_HOLDINGS`] is an
/// organisation 9 times and a person once (`Leahy's chief`, in the lists of people); the
/// listed words among them are all organisations, and the model read every one. A name not
/// read takes a rule's margin, about that share as its
/// confidence. (`Apple's` and `Tesla's` stay as the model reads them: `Apple` and `Tesla`
/// are people's names too.)
pub(crate) fn listed_owners(p: &Prepared, words: &[&str], found: Vec<Found>) -> Vec<Found> {
    const ORGS: u64 = any_match(ORG_COMPANY) | any_match(ORG_POLITICAL) | any_match(ORG_OTHER);
    // The list's own match of the word alone (U).
    const ORGS_ALONE: u64 = ORGS & 0x8888_8888_8888_8888;
    const COMPANY_ALONE: u64 = any_match(ORG_COMPANY) & 0x8888_8888_8888_8888;
    let common = |i: &TokInfo| {
        let caps = i.flags & ALL_CAPS != 0;
        clusters::common_in_lower_case(i.word, i.title, i.lower, caps)
    };
    // At a sentence's start, owning what a company owns; inside one, after a word, a comma
    // or a semicolon.
    let placed = |k: usize| {
        if p.infos[k].flags & SENT_START != 0 {
            words
                .get(k + 2)
                .is_some_and(|w| COMPANY_HOLDINGS.iter().any(|c| c.eq_ignore_ascii_case(w)))
        } else {
            k > 0
                && (p.infos[k - 1].flags & (HAS_LETTER | HAS_DIGIT) != 0
                    || matches!(words[k - 1], "," | ";"))
        }
    };
    let owner = |k: usize| {
        let f = p.infos[k].flags;
        f & (INIT_CAP | ALL_CAPS) != 0
            && f & HEADLINE == 0
            && placed(k)
            && p.gaz[k] & ORGS_ALONE != 0
            && p.gaz[k] & (PERSON_NAMES | PLACES) == 0
            && match words[k].chars().take(3).count() {
                3 => true,
                2 => p.gaz[k] & COMPANY_ALONE != 0,
                _ => false,
            }
            && !common(&p.infos[k])
    };
    // The owners, found from the possessives (few in a text).
    let owners: Vec<usize> = words
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, w)| is_possessive(w))
        .map(|(k, _)| k - 1)
        .filter(|&k| owner(k))
        .collect();
    if owners.is_empty() {
        return found;
    }
    let mut out = Vec::with_capacity(found.len() + owners.len());
    let mut found = found.into_iter().peekable();
    for k in owners {
        while let Some(f) = found.next_if(|f| f.tokens.end <= k) {
            out.push(f);
        }
        match found.peek_mut() {
            // Read as a person alone: an organisation.
            Some(f) if f.tokens == (k..k + 1) => {
                if f.ty == PERSON {
                    f.ty = ORG;
                }
            }
            // Inside a longer name, or read as another type: as read.
            Some(f) if f.tokens.start <= k => {}
            // Not read.
            _ => out.push(Found {
                tokens: k..k + 1,
                ty: ORG,
                margin: RULE_MARGIN,
            }),
        }
    }
    out.extend(found);
    out
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, Case};

    #[test]
    fn listed_organisations_own_what_follows_their_possessive() {
        let cases: &[Case] = &[
            (
                "a company read as a person",
                "The FDA will discuss Pfizer’s vaccine data.",
                &[("FDA", 1), ("Pfizer", 0)],
                &[("FDA", 1), ("Pfizer", 1)],
            ),
            (
                "a company not read, after a word, a comma and a semicolon",
                "Investors cheered Uber's results, TikTok's users; Amazon's too.",
                &[],
                &[("Uber", 1), ("TikTok", 1), ("Amazon", 1)],
            ),
            (
                "a list of people's or places' names holds it too",
                "Fans cheered Tesla's results and Carrefour's sales.",
                &[("Tesla", 0)],
                &[("Tesla", 0)],
            ),
            (
                "at a sentence's start, owning a company's things",
                "Pfizer's chief executive resigned. Klarna's valuation fell. Aramco's PROFIT fell.",
                &[("Klarna", 0)],
                &[("Pfizer", 1), ("Klarna", 1), ("Aramco", 1)],
            ),
            (
                "at a sentence's start owning anything, after a colon or a quote, in a headline",
                "Uber's drivers struck. Caffeine's effects are known. Bitcoin's market value \
                 doubled. He \
                 said: Uber's shares fell. He said \"Uber's shares fell.\"\nCHINA SAYS UBER'S \
                 SHARES FELL",
                &[],
                &[],
            ),
            (
                "a common word in lower case too",
                "Fans cheered Racing's win and said Here's the thing.",
                &[],
                &[],
            ),
            (
                "no possessive, or one letter",
                "Investors cheered Uber results. U of H's endowment grew.",
                &[],
                &[],
            ),
            (
                "two letters no company list holds",
                "Voters cheered the PM's speech and RT's reply, and HP's results.",
                &[],
                &[("HP", 1)],
            ),
            (
                "another type the model read stays",
                "Investors cheered Amazon's rise.",
                &[("Amazon", 2)],
                &[("Amazon", 2)],
            ),
        ];
        check(cases);
    }

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
