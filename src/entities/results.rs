//! Lines of results: two names, each followed by its score, and nothing else but brackets
//! (`Wigan 42 Bradford Bulls 36`, `Clyde 0 Queen of South 2`, `Alba ( Germany ) 75 Red Star
//! ( Yugoslavia ) 70 ( 42-41 )`). Each name is a team, an organisation, whatever the model read
//! in a line that says little else (`Melrose` a person, `Stirling County` a nationality), and
//! all of its words are the name (`London Irish`, `Heriot's F.P.`). Countries and the United
//! Kingdom's nations stay places, as CoNLL tags national teams (`Namibia 6 Botswana 0`). In
//! CoNLL-2003's training text, 985 of the 996 names such lines hold are organisations; 8 of
//! the others are countries. The same teams are organisations too in the document's table of
//! standings (`Rad ( B ) 4 1 1 2 2 3 4`), where people are listed the same way (a golfer and
//! his rounds), so only the names of the lines of results count there.

use super::decode::ORG;
use super::features::Prepared;
use super::patterns::RULE_MARGIN;
use super::teams::{is_game_word, national, small_number};
use super::token::{HAS_DIGIT, INIT_CAP};
use super::Found;
use std::ops::Range;

/// The fewest lines of results a document has, unless it speaks of games
/// ([`GAMES`](super::teams::GAMES), or `played`: `Result of the semifinal played on
/// Saturday:`):
/// results come in tables or in reports of games, and one such line alone in other news may
/// be something else (`Biden 306 Trump 232`).
const MIN_LINES: usize = 2;

/// The most words a team's name in a line of results has.
const MAX_NAME: usize = 6;

/// The end of the name that starts at token `k` (`k` itself when none does): capitalised
/// words, and `of` or `'s` inside (`Queen of South`, `Heriot 's F.P.`), and a town's letters
/// in brackets after them (`Mladost ( BJ )`).
fn name_end(p: &Prepared, words: &[&str], k: usize, end: usize) -> usize {
    let capital = |k: usize| p.infos[k].flags & INIT_CAP != 0;
    let mut e = k;
    while e < end && e - k < MAX_NAME {
        let inside = e > k && matches!(words[e], "of" | "'s" | "’s");
        if !(capital(e) || inside) {
            break;
        }
        e += 1;
    }
    // A name ends with a capitalised word.
    while e > k && !capital(e - 1) {
        e -= 1;
    }
    // A town's letters in brackets tell apart clubs of one name (`Mladost ( BJ )`).
    let letters = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    if e > k && e + 2 < end && words[e] == "(" && letters(words[e + 1]) && words[e + 2] == ")" {
        e += 3;
    }
    e
}

/// The end of a bracketed group of at most four tokens at `k` (`( Germany )`, `( 42-41 )`),
/// or `k` when none is there.
fn bracket_end(words: &[&str], k: usize, end: usize) -> usize {
    if words.get(k) != Some(&"(") {
        return k;
    }
    (k + 1..end.min(k + 6))
        .find(|&e| words[e] == ")")
        .map_or(k, |e| e + 1)
}

/// Whether `w` is a number of a table: digits with a decimal point or not, or a sign, which
/// the tokenizer splits off its number (`-2`).
fn number(w: &str) -> bool {
    matches!(w, "-" | "+") || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// The two names of the line of results that sentence `s` is, or `None`.
fn teams_of(p: &Prepared, words: &[&str], s: &Range<usize>) -> Option<[Range<usize>; 2]> {
    let mut k = s.start;
    let mut names = [0..0, 0..0];
    for name in &mut names {
        let e = name_end(p, words, k, s.end);
        if e == k {
            return None;
        }
        *name = k..e;
        k = bracket_end(words, e, s.end);
        if k >= s.end || !small_number(words[k]) {
            return None;
        }
        k += 1;
    }
    (bracket_end(words, k, s.end) == s.end).then_some(names)
}

/// `found` with the teams of every line of results (see the module's docs) as organisations,
/// each the whole of its name: the names found on its words give way.
pub(crate) fn results(p: &Prepared, words: &[&str], found: Vec<Found>) -> Vec<Found> {
    let mut teams: Vec<Range<usize>> = Vec::new();
    let mut lines = 0;
    for s in &p.sentences {
        // Most sentences are ruled out by their length, their first word or their digits.
        let opens = p
            .infos
            .get(s.start)
            .is_some_and(|i| i.flags & INIT_CAP != 0);
        let scores = || {
            let digits = s.clone().filter(|&k| p.infos[k].flags & HAS_DIGIT != 0);
            digits.take(2).count() == 2
        };
        if s.len() > 2 * MAX_NAME + 12 || !opens || !scores() {
            continue;
        }
        if let Some(names) = teams_of(p, words, s) {
            lines += 1;
            teams.extend(names.into_iter().filter(|r| !national(p, words, r)));
        }
    }
    let games = || words.iter().any(|w| is_game_word(w) || *w == "played");
    if teams.is_empty() || (lines < MIN_LINES && !games()) {
        return found;
    }
    // The same teams in the document's table of standings (`Rad ( B ) 4 1 1 2 2 3 4`).
    let mut standing = Vec::new();
    for s in &p.sentences {
        let e = name_end(p, words, s.start, s.end);
        let numbers = s.end - e;
        let same = |r: &Range<usize>| words[r.clone()] == words[s.start..e];
        if e > s.start
            && numbers >= 3
            && (e..s.end).all(|k| number(words[k]))
            && teams.iter().any(same)
        {
            standing.push(s.start..e);
        }
    }
    teams.extend(standing);
    // Both in order of their tokens and without overlaps, so merged in one pass: a team takes
    // the place of the names found on its words, and keeps the margin of the one that read it
    // whole as an organisation.
    teams.sort_by_key(|r| r.start);
    let mut out: Vec<Found> = Vec::with_capacity(found.len() + teams.len());
    let mut found = found.into_iter().peekable();
    for r in teams {
        while let Some(f) = found.next_if(|f| f.tokens.end <= r.start) {
            out.push(f);
        }
        let mut margin = RULE_MARGIN;
        while let Some(f) = found.next_if(|f| f.tokens.start < r.end) {
            if f.tokens == r && f.ty == ORG {
                margin = f.margin;
            }
        }
        out.push(Found {
            tokens: r,
            ty: ORG,
            margin,
        });
    }
    out.extend(found);
    out
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, Case};

    #[test]
    fn lines_of_results_name_teams() {
        // Names the rule leaves as read.
        const NATIONAL: &[(&str, usize)] = &[
            ("Namibia", 2),
            ("Botswana", 2),
            ("England", 2),
            ("Wales", 2),
        ];
        const NO_LINES: &[(&str, usize)] = &[
            ("Wigan", 2),
            ("Bradford Bulls", 3),
            ("Smith", 0),
            ("Jones", 0),
            ("Bath", 2),
            ("Orrell", 0),
        ];
        let cases: &[Case] = &[
            (
                "teams read as people and nationalities, or in part",
                "Melrose 107 Stirling County 10\nLondon Irish 27 Bristol 28\n",
                &[
                    ("Melrose", 0),
                    ("Stirling County", 3),
                    ("London", 2),
                    ("Irish", 3),
                    ("Bristol", 2),
                ],
                &[
                    ("Melrose", 1),
                    ("Stirling County", 1),
                    ("London Irish", 1),
                    ("Bristol", 1),
                ],
            ),
            (
                "words inside a name, one the model did not find, and brackets",
                "Clyde 0 Queen of South 2\nHeriot's F.P. 5 Currie 45\n\
                 Alba (Germany) 75 Red Star (Yugoslavia) 70 (42-41)\nMladost (BJ) 0 Rad 1\n",
                &[
                    ("Clyde", 0),
                    ("Queen", 0),
                    ("South", 2),
                    ("Currie", 0),
                    ("Alba", 1),
                    ("Germany", 2),
                    ("Red Star", 3),
                    ("Yugoslavia", 2),
                    ("Mladost", 3),
                ],
                &[
                    ("Clyde", 1),
                    ("Queen of South", 1),
                    ("Heriot's F.P.", 1),
                    ("Currie", 1),
                    ("Alba", 1),
                    ("Germany", 2),
                    ("Red Star", 1),
                    ("Yugoslavia", 2),
                    ("Mladost (BJ)", 1),
                    ("Rad", 1),
                ],
            ),
            (
                "one line in a document about games, and one in other news",
                "Result of the semifinal played on Saturday:\nWigan 42 Bradford Bulls 36\nWigan won.\n",
                &[("Wigan", 0), ("Bradford Bulls", 3), ("Wigan", 0)],
                &[("Wigan", 1), ("Bradford Bulls", 1), ("Wigan", 1)],
            ),
            (
                "one line in other news",
                "Biden 306 Trump 232\nThe count ended.\n",
                &[("Biden", 0), ("Trump", 1)],
                &[("Biden", 0), ("Trump", 1)],
            ),
            (
                "the same teams in a table of standings, and no others",
                "Mladost (BJ) 0 Rad 1\nAlba 75 Red Star 70\nMladost (BJ) 4 1 1 2 -2 3.5\nSmith 4 1 1 2\n",
                &[
                    ("Mladost", 3),
                    ("Rad", 1),
                    ("Alba", 1),
                    ("Red Star", 3),
                    ("Mladost", 3),
                    ("Smith", 0),
                ],
                &[
                    ("Mladost (BJ)", 1),
                    ("Rad", 1),
                    ("Alba", 1),
                    ("Red Star", 1),
                    ("Mladost (BJ)", 1),
                    ("Smith", 0),
                ],
            ),
            (
                "countries and the United Kingdom's nations stay places",
                "Namibia 6 Botswana 0\nEngland 2 Wales 1\n",
                NATIONAL,
                NATIONAL,
            ),
            (
                "lines that say more, or score otherwise",
                "Wigan 42 Bradford Bulls 36 in the final\nSmith 1,200 Jones 900\n\
                 Bath 56 Orrell\n",
                NO_LINES,
                NO_LINES,
            ),
        ];
        check(cases);
    }
}
