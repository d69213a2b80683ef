//! Teams in a report of games. A city, state or region that plays (`West Virginia closed
//! the game on an 18-9 run`, `Leicestershire beat Somerset by an innings`, `New England
//! (6-6) improved`, `St Louis defeated Colorado`, `Texas's lead over Seattle`) is the team,
//! an organisation, as CoNLL tags county and college teams; so is a nickname the model read
//! as a nationality (`The Trojans scored touchdowns on their first five drives, building a
//! 35-0 lead`); and so is the same name wherever else the report writes it (`five of West
//! Virginia's 10 points`, `more first downs than the Trojans`), but after `in`, where a game
//! was played (`In Seattle, …`). Countries stay places: CoNLL tags national teams as places
//! (`Australia beat Sri Lanka`), the United Kingdom's nations too (`England`), which the list
//! of countries does not hold. Only names in a sentence with a score play: a series (`defend
//! the Ashes`) and a market's instruments (`Eurodollars`, priced `106-25/32`) stay MISC.

use super::decode::{LOC, MISC, ORG};
use super::features::Prepared;
use super::gazetteer::{any_match, LOC_COUNTRY, PEOPLES};
use super::Found;
use std::ops::Range;

/// Whether tokens `k..k + 3` are a score (`80 - 71`, `2 - 1`): two numbers of one to three
/// digits joined by a hyphen, the second not the start of a fraction (a bond's price,
/// `106-25/32`).
fn score(words: &[&str], k: usize) -> bool {
    let small = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    k + 2 < words.len()
        && small(words[k])
        && words[k + 1] == "-"
        && small(words[k + 2])
        && words.get(k + 3) != Some(&"/")
}

/// The United Kingdom's nations, which play as countries (whole names: `New England` plays
/// as a team).
const NATIONS: [&str; 5] = [
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "Northern Ireland",
];

/// Words of reports of games: a document with scores and none of these reports something else
/// (`rose 10-15 percent`).
const GAMES: [&str; 14] = [
    "game",
    "match",
    "season",
    "points",
    "coach",
    "scored",
    "goal",
    "goals",
    "innings",
    "wickets",
    "playoff",
    "playoffs",
    "touchdown",
    "rebounds",
];

/// Scores a report of games holds at least, in different sentences.
const SCORED_SENTENCES: usize = 2;

/// `found` with the names that play as teams (see the module's docs), in a document with at
/// least [`SCORED_SENTENCES`] sentences with a score and a word of [`GAMES`]: a place, not a
/// country, that [`meets`] another, or that opens a sentence with a score (after a ranking
/// number, `11 West Virginia`) followed by a lower-case word or its record in brackets; or,
/// in a sentence with a score, a [`nickname`] in no list of nationalities or languages. The
/// same name elsewhere is the team too, but after `in` (`In Seattle, …`, where a game was).
pub(crate) fn teams(p: &Prepared, words: &[&str], found: Vec<Found>) -> Vec<Found> {
    // The sentences with a score, found from their hyphens (most documents have none).
    let mut scored: Vec<usize> = Vec::new();
    for (k, _) in words.iter().enumerate().filter(|(_, w)| **w == "-") {
        let sent = p.sentence_at(k);
        if k > 0 && score(words, k - 1) && scored.last() != Some(&sent) {
            scored.push(sent);
        }
    }
    if scored.len() < SCORED_SENTENCES || !words.iter().any(|w| GAMES.contains(w)) {
        return found;
    }
    let country = any_match(LOC_COUNTRY);
    let mut playing: Vec<&[&str]> = Vec::new();
    for f in &found {
        let at = p.sentence_at(f.tokens.start);
        let Some(sent) = p.sentences.get(at) else {
            continue;
        };
        let names = &words[f.tokens.clone()];
        let scored_here = scored.contains(&at);
        let plays = match f.ty {
            LOC => {
                let placed = f.tokens.clone().any(|k| p.gaz[k] & country != 0)
                    || NATIONS
                        .iter()
                        .any(|n| n.split(' ').eq(names.iter().copied()));
                let ranked = f.tokens.start == sent.start + 1
                    && words[sent.start].bytes().all(|b| b.is_ascii_digit());
                let opens = f.tokens.start == sent.start || ranked;
                let opens_scored = scored_here
                    && opens
                    && (acts(words, f.tokens.end) || record(words, f.tokens.end));
                !placed && (opens_scored || meets(words, &f.tokens))
            }
            MISC => scored_here && nickname(names) && p.gaz[f.tokens.start] & PEOPLES == 0,
            _ => false,
        };
        if plays && !playing.contains(&names) {
            playing.push(names);
        }
    }
    let mut found = found;
    for f in &mut found {
        // A place after `in` is where a game was played (`In Seattle, …`).
        let venue = f.ty == LOC
            && f.tokens.start > 0
            && words[f.tokens.start - 1].eq_ignore_ascii_case("in");
        if matches!(f.ty, LOC | MISC) && !venue && playing.contains(&&words[f.tokens.clone()]) {
            f.ty = ORG;
        }
    }
    found
}

/// Words before a team that another met (`defeated Colorado`, `lead over Seattle`).
const MET: [&str; 8] = [
    "beat", "beating", "defeated", "against", "over", "v", "vs", "vs.",
];

/// Words after a team that met another (`St Louis defeated`, `Gloucester lost`).
const MEETS: [&str; 12] = [
    "beat", "beats", "defeated", "drew", "lost", "won", "edged", "routed", "thrashed", "trailed",
    "rallied", "clinched",
];

/// Whether the name at `r` is written as meeting another in a game: after a word of
/// [`MET`] or before one of [`MEETS`].
fn meets(words: &[&str], r: &Range<usize>) -> bool {
    (r.start > 0 && MET.contains(&words[r.start - 1]))
        || words.get(r.end).is_some_and(|w| MEETS.contains(w))
}

/// Whether the word at `k` is a lower-case word: the name before it does something
/// (`West Virginia closed`).
fn acts(words: &[&str], k: usize) -> bool {
    words
        .get(k)
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// Whether a team's record in brackets follows at `k` (`New England ( 6-6 )`).
fn record(words: &[&str], k: usize) -> bool {
    words.get(k) == Some(&"(") && score(words, k + 1) && words.get(k + 4) == Some(&")")
}

/// Whether `names` is a team's nickname as the model reads nationalities, MISC: one plural
/// capitalised word (`Hoyas`, `Trojans`, `Mountaineers`).
fn nickname(names: &[&str]) -> bool {
    let [w] = names else { return false };
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w[1..].bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, Case};

    #[test]
    fn places_that_play_are_teams() {
        let cases: &[Case] = &[
            (
                "a state that plays, and the same name elsewhere in the report",
                "West Virginia closed the game on an 18-9 run. Georgetown trailed 54-50 in \
                 Washington. Taz Sherman scored 12 points for West Virginia.",
                &[
                    ("West Virginia", 2),
                    ("Georgetown", 1),
                    ("Washington", 2),
                    ("Taz Sherman", 0),
                    ("West Virginia", 2),
                ],
                &[
                    ("West Virginia", 1),
                    ("Georgetown", 1),
                    ("Washington", 2),
                    ("Taz Sherman", 0),
                    ("West Virginia", 1),
                ],
            ),
            (
                "after a ranking number",
                "11 West Virginia recorded an 80-71 win. The game ended 80-71.",
                &[("West Virginia", 2)],
                &[("West Virginia", 1)],
            ),
            (
                "countries and the United Kingdom's nations play as places",
                "Australia beat Sri Lanka 3-1 in the match. England drew 2-2 with Wales.",
                &[
                    ("Australia", 2),
                    ("Sri Lanka", 2),
                    ("England", 2),
                    ("Wales", 2),
                ],
                &[
                    ("Australia", 2),
                    ("Sri Lanka", 2),
                    ("England", 2),
                    ("Wales", 2),
                ],
            ),
            (
                "a team's record in brackets after its place",
                "New England (6-6) improved to .500 after a 14-0 lead. The game ended 24-10.",
                &[("New England", 2)],
                &[("New England", 1)],
            ),
            (
                "nicknames read as nationalities, in a sentence with a score",
                "The Hoyas (1-2) lost the game. The Trojans scored first, building a 35-0 lead. \
                 The Trojans and the Hoyas meet again.",
                &[("Hoyas", 3), ("Trojans", 3), ("Trojans", 3), ("Hoyas", 3)],
                &[("Hoyas", 1), ("Trojans", 1), ("Trojans", 1), ("Hoyas", 1)],
            ),
            (
                "a series' plural name where no score is written",
                "Australia will defend the Ashes in the match. The game ended 3-1. It was 2-2.",
                &[("Australia", 2), ("Ashes", 3)],
                &[("Australia", 2), ("Ashes", 3)],
            ),
            (
                "nationalities and bond prices' fractions",
                "Americans led 2-1 at the game's half. They won 3-1. Eurodollars fell to \
                 106-25/32 and bonds to 105-17/32 by the end of the match.",
                &[("Americans", 3), ("Eurodollars", 3)],
                &[("Americans", 3), ("Eurodollars", 3)],
            ),
            (
                "places that meet another, in any sentence of the report",
                "St Louis defeated Colorado for the second time in 12 meetings. The game \
                 ended 7-4. Their lead is 3-1.",
                &[("St Louis", 2), ("Colorado", 2)],
                &[("St Louis", 1), ("Colorado", 1)],
            ),
            (
                "a place after `in` is where the game was",
                "In Seattle, the Orioles won 5-2. Texas's lead over Seattle grew in the game \
                 to 6-0.",
                &[("Seattle", 2), ("Orioles", 1), ("Texas", 2), ("Seattle", 2)],
                &[("Seattle", 2), ("Orioles", 1), ("Texas", 2), ("Seattle", 1)],
            ),
            (
                "no report of games, no meeting",
                "Protesters marched against Seattle police. Ohio lost 10-15 jobs.",
                &[("Seattle", 2), ("Ohio", 2)],
                &[("Seattle", 2), ("Ohio", 2)],
            ),
            (
                "ranges in a report of something else",
                "Texas reported 10-15 new cases. Ohio reported 20-25 more.",
                &[("Texas", 2), ("Ohio", 2)],
                &[("Texas", 2), ("Ohio", 2)],
            ),
            (
                "one score is no report of games",
                "Texas won the game 3-1.",
                &[("Texas", 2)],
                &[("Texas", 2)],
            ),
        ];
        check(cases);
    }
}
