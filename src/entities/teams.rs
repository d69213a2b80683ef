//! Teams named by their places: in a report of games, a city, state or region that plays
//! (`West Virginia closed the game on an 18-9 run`, `Leicestershire beat Somerset by an
//! innings`) is the team, an organisation, as CoNLL tags county and college teams; and so is
//! the same name wherever else the report writes it (`five of West Virginia's 10 points`).
//! Countries stay places: CoNLL tags national teams as places (`Australia beat Sri Lanka`),
//! the United Kingdom's nations too (`England`), which the list of countries does not hold.

use super::decode::{LOC, ORG};
use super::features::Prepared;
use super::gazetteer::{any_match, LOC_COUNTRY};
use super::Found;

/// Whether tokens `k..k + 3` are a score (`80 - 71`, `2 - 1`): two numbers of one to three
/// digits joined by a hyphen.
fn score(words: &[&str], k: usize) -> bool {
    let small = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    k + 2 < words.len() && small(words[k]) && words[k + 1] == "-" && small(words[k + 2])
}

/// The United Kingdom's nations, which play as countries.
const NATIONS: [&str; 4] = ["England", "Scotland", "Wales", "Ireland"];

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

/// `found` with places that play as teams (see the module's docs): a place, not a country,
/// that opens a sentence with a score in it (after a ranking number, `11 West Virginia`),
/// followed by a lower-case word, in a document with at least [`SCORED_SENTENCES`] such
/// sentences and a word of [`GAMES`].
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
    for f in found.iter().filter(|f| f.ty == LOC) {
        let at = p.sentence_at(f.tokens.start);
        let Some(sent) = p.sentences.get(at) else {
            continue;
        };
        let scored_here = scored.contains(&at);
        let ranked = f.tokens.start == sent.start + 1
            && words[sent.start].bytes().all(|b| b.is_ascii_digit());
        let opens = f.tokens.start == sent.start || ranked;
        let acts = words
            .get(f.tokens.end)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        let placed = f
            .tokens
            .clone()
            .any(|k| p.gaz[k] & country != 0 || NATIONS.contains(&words[k]));
        if opens && acts && !placed && scored_here {
            playing.push(&words[f.tokens.clone()]);
        }
    }
    let mut found = found;
    for f in &mut found {
        if f.ty == LOC && playing.contains(&&words[f.tokens.clone()]) {
            f.ty = ORG;
        }
    }
    found
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
