//! Names news writes by patterns the model had no evidence for: it learned from 1996 news
//! and reads these only now and then. Each rule was measured alone on every dev set
//! (`data/model/README.md`).
//!
//! - **Epidemics** written as names are MISC, as CoNLL writes `AIDS`, `HIV` and `CJD` (all MISC
//!   in CoNLL-2003 train) and its annotators of 2020 news `COVID-19` and `Ebola`: `recovery
//!   from COVID-19`, `COVID vaccines`. A disease written in lower case is no name
//!   (`coronavirus`, `malaria`).
//! - **Firms joined by an ampersand** are one organisation: `White & Case`, `Ropes & Gray`, read
//!   by the model as a person and a product. Two names the model read as the same type stay
//!   two (`Hiroshima & Nagasaki`, two people in a post), as do places.
//!
//! - **Companies said alone**: a one-word "person" a document says again and again but never
//!   in full, and no list of names holds, is an organisation (`Energean said …`).
//! - **Storms** are MISC without their kind (`Hurricane Edouard` → `Edouard`).
//!
//! A name a rule makes where the model found none carries [`RULE_MARGIN`].

use super::decode::{LOC, MISC, ORG, PERSON};
use super::features::Prepared;
use super::gazetteer::{PERSON_NAMES, PLACES};
use super::spans::spaced;
use super::token::{HAS_DIGIT, HAS_LOWER, INIT_CAP};
use super::Found;
use crate::tokenize::Tokens;

/// The margin of a name a rule made where the model found none: the confidence of a name the
/// model decoded by this margin, 0.85 with the shipped calibration. The epidemics rule is right
/// more often than that (on 42 of the 2020 news's 43 epidemic names; the other is
/// `COVID-19-driven`, one MISC name to CoNLL), so the score errs low.
pub(crate) const RULE_MARGIN: f32 = 40.0;

/// Epidemics written as names, longer names first, compared without regard to case but only
/// when written with a capital (`Covid-19`, `COVID`). Left out: names that are also
/// organisations' (`SARS`, South Africa's revenue service; `BSE`, Bombay's stock exchange).
const EPIDEMICS: [&str; 13] = [
    "SARS-CoV-2",
    "COVID-19",
    "COVID",
    "MERS",
    "Ebola",
    "Zika",
    "HIV",
    "AIDS",
    "H1N1",
    "H5N1",
    "CJD",
    "Mpox",
    "Omicron",
];

/// The first two letters of each of [`EPIDEMICS`], in lower case, as one number each.
const EPIDEMIC_HEADS: [u16; EPIDEMICS.len()] = {
    let mut heads = [0; EPIDEMICS.len()];
    let mut i = 0;
    while i < EPIDEMICS.len() {
        let b = EPIDEMICS[i].as_bytes();
        heads[i] = head(b[0], b[1]);
        i += 1;
    }
    heads
};

/// Two bytes in lower case (ASCII letters), as one number.
const fn head(a: u8, b: u8) -> u16 {
    (a.to_ascii_lowercase() as u16) << 8 | b.to_ascii_lowercase() as u16
}

/// A bit of 64 for a [`head`], so that one test rules out most words.
const fn head_bit(h: u16) -> u64 {
    1 << ((h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

/// The bits of [`EPIDEMIC_HEADS`].
const EPIDEMIC_HEAD_BITS: u64 = {
    let mut bits = 0;
    let mut i = 0;
    while i < EPIDEMIC_HEADS.len() {
        bits |= head_bit(EPIDEMIC_HEADS[i]);
        i += 1;
    }
    bits
};

/// The end (a token index) of an epidemic's name written as a name from token `k` on, in as
/// many tokens as the tokenizer made of it (`COVID-19` is one, `Covid-19` three); `None` when
/// none starts there.
fn epidemic(p: &Prepared, tokens: &Tokens, text: &str, k: usize) -> Option<usize> {
    if p.infos[k].flags & INIT_CAP == 0 {
        return None;
    }
    let start = tokens.tokens[k].span.start;
    let rest = &text.as_bytes()[start..];
    EPIDEMICS.iter().find_map(|e| {
        let end = start + e.len();
        if !rest.get(..e.len())?.eq_ignore_ascii_case(e.as_bytes()) {
            return None;
        }
        tokens.tokens[k..]
            .iter()
            .take_while(|t| t.span.end <= end)
            .position(|t| t.span.end == end)
            .map(|j| k + j + 1)
    })
}

/// `found` with every epidemic's name MISC: read so when the model read it as a name of
/// another type (of exactly its tokens), and added when the model found no name there.
/// Sorted and without overlaps, as `found` is.
pub(crate) fn epidemics(
    p: &Prepared,
    words: &[&str],
    tokens: &Tokens,
    text: &str,
    found: Vec<Found>,
) -> Vec<Found> {
    // The epidemics' token ranges, in order (most texts have none).
    let mut hits = Vec::new();
    let mut k = 0;
    while k < words.len() {
        // Most tokens fail here: they open with no two letters an epidemic's name opens with.
        let w = words[k].as_bytes();
        let h = if w.len() < 2 { 0 } else { head(w[0], w[1]) };
        if EPIDEMIC_HEAD_BITS & head_bit(h) == 0 || !EPIDEMIC_HEADS.contains(&h) {
            k += 1;
            continue;
        }
        match epidemic(p, tokens, text, k) {
            Some(end) => {
                hits.push(k..end);
                k = end;
            }
            None => k += 1,
        }
    }
    if hits.is_empty() {
        return found;
    }
    let mut out: Vec<Found> = Vec::with_capacity(found.len() + hits.len());
    let mut next = found.into_iter().peekable();
    for hit in hits {
        // The names that start where the epidemic does or before.
        while let Some(f) = next.next_if(|f| f.tokens.start <= hit.start) {
            out.push(f);
        }
        match out.last_mut().filter(|f| f.tokens.end > hit.start) {
            Some(f) if f.tokens == hit => f.ty = MISC,
            Some(_) => {}
            None if next.peek().is_none_or(|f| f.tokens.start >= hit.end) => out.push(Found {
                tokens: hit,
                ty: MISC,
                margin: RULE_MARGIN,
            }),
            None => {}
        }
    }
    out.extend(next);
    out
}

/// Whether token `k` is a word that may name a firm: capitalised, with lower case and no
/// digit (`White`, `Case`; not `C` of `C & D`).
fn firm_word(p: &Prepared, k: usize) -> bool {
    p.infos[k].flags & (INIT_CAP | HAS_LOWER | HAS_DIGIT) == INIT_CAP | HAS_LOWER
}

/// Whether token `k` is in a list of places.
fn listed_place(p: &Prepared, k: usize) -> bool {
    p.gaz[k] & PLACES != 0
}

/// `found` with names joined across an ampersand into one organisation (`White & Case`): the
/// words either side are capitalised, one space from the `&`, at least one side is a name the
/// model found, the two sides are not read as names of the same type, and neither is a place.
pub(crate) fn ampersands(
    p: &Prepared,
    words: &[&str],
    tokens: &Tokens,
    text: &str,
    found: Vec<Found>,
) -> Vec<Found> {
    // Most texts have no `&` at all: one pass over the bytes says so, where a search for
    // ` & ` first prepares its searcher (in a wasm profile of the first-sight documents,
    // about 2 % of the time).
    if !text.as_bytes().contains(&b'&') || !text.contains(" & ") {
        return found;
    }
    let one_space = |a: usize, b: usize| spaced(text, tokens, a, b);
    // Whether the words at `amp - 1` and `amp + 1` join across an `&` at `amp`, the names
    // read there being `left` and `right`.
    let joins = |amp: usize, left: Option<&Found>, right: Option<&Found>| {
        let place =
            |f: Option<&Found>, k: usize| f.is_some_and(|f| f.ty == LOC) || listed_place(p, k);
        amp >= 1
            && amp + 1 < words.len()
            && words[amp] == "&"
            && one_space(amp - 1, amp)
            && one_space(amp, amp + 1)
            && firm_word(p, amp - 1)
            && firm_word(p, amp + 1)
            && !place(left, amp - 1)
            && !place(right, amp + 1)
            && match (left, right) {
                (Some(l), Some(r)) => l.ty != r.ty,
                (None, None) => false,
                _ => true,
            }
    };
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut next = found.into_iter().peekable();
    while let Some(f) = next.next() {
        // A name after `Word &` that the model left out.
        let s = f.tokens.start;
        let left_out = out.last().is_none_or(|l| l.tokens.end + 1 < s);
        if s >= 2 && left_out && joins(s - 1, None, Some(&f)) {
            out.push(Found {
                tokens: s - 2..f.tokens.end,
                ty: ORG,
                margin: f.margin,
            });
            continue;
        }
        // `f` before `& Word`, a name the model found or not.
        let amp = f.tokens.end;
        let right = next.peek().filter(|r| r.tokens.start == amp + 1);
        if joins(amp, Some(&f), right) {
            let (end, margin) = match right {
                Some(r) => (r.tokens.end, f.margin.min(r.margin)),
                None => (amp + 2, f.margin),
            };
            if right.is_some() {
                next.next();
            }
            out.push(Found {
                tokens: f.tokens.start..end,
                ty: ORG,
                margin,
            });
            continue;
        }
        out.push(f);
    }
    out
}

/// A person the model read with a margin of this or more (a confidence of 0.85 with the
/// shipped calibration) is a person, whatever [`companies_said_alone`] finds.
const SURE_MARGIN: f32 = 40.0;

/// The most one-word names read as people, in no list and never in full, that a document may
/// hold for [`companies_said_alone`] to read them: more is a list of people by one word (a
/// cricket scorecard: `b Muralitharan 22`, `Did not bat: Dharmasena, Vaas`).
const MAX_LONE_PEOPLE: usize = 3;

/// `found` with the one-word "people" that are companies as ORG. News names a person in full
/// before it shortens the name (`Elon Musk … Musk said`), but a company by one word
/// throughout (`Energean said …`, `Sentix surveyed …`, `Banxico's hawks`), which the model,
/// meeting the word for the first time, often reads as a surname. A one-word name read as a
/// person's is an organisation's when the document:
/// - says it at least twice, and never within a person's name of more words;
/// - has it in no list of given or family names (`Musk`, `Zelensky` are);
/// - was read with less than [`SURE_MARGIN`] each time (`Suharto` is read surely);
/// - holds at most [`MAX_LONE_PEOPLE`] such words, and names someone in full.
pub(crate) fn companies_said_alone(p: &Prepared, words: &[&str], found: Vec<Found>) -> Vec<Found> {
    let alone = |f: &Found| f.ty == PERSON && f.tokens.len() == 1;
    let unlisted = |f: &Found| p.gaz[f.tokens.start] & PERSON_NAMES == 0;
    let named_in_full = found.iter().any(|f| f.ty == PERSON && f.tokens.len() > 1);
    if !named_in_full || !found.iter().any(|f| alone(f) && unlisted(f)) {
        return found;
    }
    // Whether a person's name of more words holds `w`; asked once per word (`known`).
    let in_full = |w: &str| {
        found
            .iter()
            .any(|g| g.ty == PERSON && g.tokens.len() > 1 && words[g.tokens.clone()].contains(&w))
    };
    let mut known: Vec<(&str, bool)> = Vec::new();
    // The words read as people alone, in no list and never in full, and whether the model
    // was ever sure of one; at most one more than the rule allows.
    let mut lone: Vec<(&str, bool)> = Vec::new();
    for f in found.iter().filter(|f| alone(f) && unlisted(f)) {
        let w = words[f.tokens.start];
        let full = match known.iter().find(|k| k.0 == w) {
            Some(k) => k.1,
            None => {
                let full = in_full(w);
                known.push((w, full));
                full
            }
        };
        if full {
            continue;
        }
        let sure = f.margin >= SURE_MARGIN;
        match lone.iter().position(|l| l.0 == w) {
            Some(i) => lone[i].1 |= sure,
            None if lone.len() == MAX_LONE_PEOPLE => return found,
            None => lone.push((w, sure)),
        }
    }
    let said_twice = |w: &str| words.iter().filter(|&&x| x == w).nth(1).is_some();
    lone.retain(|&(w, sure)| !sure && said_twice(w));
    let mut found = found;
    for f in &mut found {
        if alone(f) && lone.iter().any(|l| l.0 == words[f.tokens.start]) {
            f.ty = ORG;
        }
    }
    found
}

/// Words that name a storm's kind before its name, which CoNLL keeps out of the name; and
/// those that do after `Tropical`. (`Storm` alone also names missiles: `Storm Shadow`.)
const STORMS: [&str; 3] = ["Hurricane", "Typhoon", "Cyclone"];
const TROPICAL: [&str; 2] = ["Storm", "Depression"];

/// How many tokens from `k` name a storm's kind (`Hurricane`, `Tropical Storm`): 0 if none.
fn storm_kind(words: &[&str], k: usize) -> usize {
    if STORMS.contains(&words[k]) {
        1
    } else if words[k] == "Tropical" && words.get(k + 1).is_some_and(|w| TROPICAL.contains(w)) {
        2
    } else {
        0
    }
}

/// `found` with storms' names MISC and without their kind (`Hurricane Edouard` → `Edouard`,
/// MISC in CoNLL-2003 train; `Cyclone Phailin`, which the model reads as a person).
pub(crate) fn storms(words: &[&str], found: Vec<Found>) -> Vec<Found> {
    let mut found = found;
    for f in &mut found {
        let s = f.tokens.start;
        let inside = storm_kind(words, s);
        let before = (1..=2).any(|n| s >= n && storm_kind(words, s - n) == n);
        if inside > 0 && inside < f.tokens.len() {
            f.tokens.start += inside;
            f.ty = MISC;
        } else if before {
            f.ty = MISC;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, check_margins, Case, MarginCase};

    #[test]
    fn epidemics_written_as_names_are_misc() {
        let cases: &[Case] = &[
            (
                "one the model left out",
                "Hamilton is recovering from COVID-19 in Bahrain.",
                &[("Hamilton", 0), ("Bahrain", 2)],
                &[("Hamilton", 0), ("COVID-19", 3), ("Bahrain", 2)],
            ),
            (
                "written with a capital only, in any case",
                "Covid-19 and COVID vaccines, Ebola and AIDS",
                &[],
                &[("Covid-19", 3), ("COVID", 3), ("Ebola", 3), ("AIDS", 3)],
            ),
            (
                "one the model read as another type",
                "the HIV epidemic",
                &[("HIV", 1)],
                &[("HIV", 3)],
            ),
            (
                "a disease in lower case is no name",
                "covid and the coronavirus, aids to navigation",
                &[],
                &[],
            ),
            (
                "inside a longer name it stays part of it",
                "the COVID-19 Response Fund said",
                &[("COVID-19 Response Fund", 1)],
                &[("COVID-19 Response Fund", 1)],
            ),
        ];
        check(cases);
    }

    #[test]
    fn firms_joined_by_an_ampersand_are_one_organisation() {
        let cases: &[Case] = &[
            (
                "a person and a product read across the ampersand",
                "partners of White & Case said",
                &[("White", 0), ("Case", 3)],
                &[("White & Case", 1)],
            ),
            (
                "one side found",
                "lawyers at Ropes & Gray and at Davis Polk & Wardwell",
                &[("Ropes", 0), ("Davis Polk", 0)],
                &[("Ropes & Gray", 1), ("Davis Polk & Wardwell", 1)],
            ),
            (
                "the side before it left out",
                "Simon & Schuster said",
                &[("Schuster", 0)],
                &[("Simon & Schuster", 1)],
            ),
            (
                "two names of one type stay two",
                "Miharris & Acphillips wrote",
                &[("Miharris", 0), ("Acphillips", 0)],
                &[("Miharris", 0), ("Acphillips", 0)],
            ),
            (
                "places stay places",
                "Hiroshima & Nagasaki, IGTS & Tennessee",
                &[("Hiroshima", 2), ("Tennessee", 2)],
                &[("Hiroshima", 2), ("Tennessee", 2)],
            ),
            (
                "not without spaces, nor letters alone, nor lower case",
                "AT&T and C & D, salt & Pepper",
                &[("AT&T", 1), ("D", 0), ("Pepper", 0)],
                &[("AT&T", 1), ("D", 0), ("Pepper", 0)],
            ),
        ];
        check(cases);
    }

    #[test]
    fn companies_said_alone_are_organisations() {
        let cases: &[MarginCase] = &[
            (
                "a word said again, never in full, in no list",
                "Energean said it would buy Kerogen, Mathios Rigas said. Energean shares rose.",
                &[
                    ("Energean", 0, 9.0),
                    ("Kerogen", 1, 9.0),
                    ("Mathios Rigas", 0, 9.0),
                    ("Energean", 0, 9.0),
                ],
                &[
                    ("Energean", 1),
                    ("Kerogen", 1),
                    ("Mathios Rigas", 0),
                    ("Energean", 1),
                ],
            ),
            (
                "a surname of the lists stays a person",
                "Musk said Tesla would cut prices, Tim Cook said. Musk added more.",
                &[
                    ("Musk", 0, 9.0),
                    ("Tesla", 1, 9.0),
                    ("Tim Cook", 0, 9.0),
                    ("Musk", 0, 9.0),
                ],
                &[("Musk", 0), ("Tesla", 1), ("Tim Cook", 0), ("Musk", 0)],
            ),
            (
                "named in full before",
                "Zorbin Quaxley spoke. Quaxley said Quaxley would go.",
                &[
                    ("Zorbin Quaxley", 0, 9.0),
                    ("Quaxley", 0, 9.0),
                    ("Quaxley", 0, 9.0),
                ],
                &[("Zorbin Quaxley", 0), ("Quaxley", 0), ("Quaxley", 0)],
            ),
            (
                "said once",
                "Apleona was sold, Carl Lee said.",
                &[("Apleona", 0, 9.0), ("Carl Lee", 0, 9.0)],
                &[("Apleona", 0), ("Carl Lee", 0)],
            ),
            (
                "read surely once",
                "Suharto spoke, Ali Alatas said. Suharto left.",
                &[
                    ("Suharto", 0, 90.0),
                    ("Ali Alatas", 0, 9.0),
                    ("Suharto", 0, 9.0),
                ],
                &[("Suharto", 0), ("Ali Alatas", 0), ("Suharto", 0)],
            ),
            (
                "a list of people by one word",
                "Ian Healy b Quorvan 8, Zekkor 2, Vublat 1, Drennik 4. Quorvan 10.",
                &[
                    ("Ian Healy", 0, 9.0),
                    ("Quorvan", 0, 9.0),
                    ("Zekkor", 0, 9.0),
                    ("Vublat", 0, 9.0),
                    ("Drennik", 0, 9.0),
                    ("Quorvan", 0, 9.0),
                ],
                &[
                    ("Ian Healy", 0),
                    ("Quorvan", 0),
                    ("Zekkor", 0),
                    ("Vublat", 0),
                    ("Drennik", 0),
                    ("Quorvan", 0),
                ],
            ),
            (
                "nobody named in full",
                "Sentix said so. Sentix surveyed investors.",
                &[("Sentix", 0, 9.0), ("Sentix", 0, 9.0)],
                &[("Sentix", 0), ("Sentix", 0)],
            ),
        ];
        check_margins(cases);
    }

    #[test]
    fn storms_are_misc_without_their_kind() {
        let cases: &[Case] = &[
            (
                "the kind read into the name",
                "Hurricane Edouard and Tropical Storm Eta hit.",
                &[("Hurricane Edouard", 0), ("Tropical Storm Eta", 2)],
                &[("Edouard", 3), ("Eta", 3)],
            ),
            (
                "the name after its kind",
                "Cyclone Phailin struck.",
                &[("Phailin", 0)],
                &[("Phailin", 3)],
            ),
            (
                "a kind alone is left as read, and Storm is a missile's too",
                "the Hurricane, Storm Shadow missiles",
                &[("Hurricane", 3), ("Storm Shadow", 3)],
                &[("Hurricane", 3), ("Storm Shadow", 3)],
            ),
        ];
        check(cases);
    }
}
