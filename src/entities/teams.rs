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
//!
//! Outside a report, fewer words make a place a team: its players after it (`Norwich striker
//! Keith O'Neill`, in any document; `Florida manager John Boles`, in a document about games),
//! `club` before it (`serie A club Atalanta`), or a win over it or by it (`to beat Yorkshire`)
//! in a document about games. In a report, a place followed by its score plays too (`Surrey
//! 429-7`). The same name in a headline's capitals is the team as well (`ATALANTA`).

use super::decode::{LOC, MISC, ORG};
use super::features::Prepared;
use super::gazetteer::{any_match, LOC_COUNTRY, PEOPLES};
use super::patterns::RULE_MARGIN;
use super::Found;
use std::ops::Range;

/// Whether `w` is a number of one to three digits, one side of a score.
pub(crate) fn small_number(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether tokens `k..k + 3` are a score (`80 - 71`, `2 - 1`): two numbers of one to three
/// digits joined by a hyphen, the second not the start of a fraction (a bond's price,
/// `106-25/32`).
fn score(words: &[&str], k: usize) -> bool {
    k + 2 < words.len()
        && small_number(words[k])
        && words[k + 1] == "-"
        && small_number(words[k + 2])
        && words.get(k + 3) != Some(&"/")
}

/// The United Kingdom and its nations, which play as countries (whole names: `New England`
/// plays as a team), and which the list of countries does not hold.
const NATIONS: [&str; 7] = [
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "Northern Ireland",
];

/// Words of reports of games: a document with scores and none of these reports something else
/// (`rose 10-15 percent`).
pub(crate) const GAMES: [&str; 14] = [
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

/// Whether `w` is a word of [`GAMES`]. A text's words are asked one by one, and most have the
/// length of one of them: the first bytes are compared before the words, which in wasm
/// spares a call to compare bytes (in a wasm profile of the first-sight documents, asking
/// every word was about 1.5 % of the time).
pub(crate) fn is_game_word(w: &str) -> bool {
    let first = w.as_bytes().first();
    GAMES
        .iter()
        .any(|g| g.as_bytes().first() == first && *g == w)
}

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
    // Whether the document speaks of games, asked once and only when a name needs it.
    let games = std::cell::OnceCell::new();
    let games = || *games.get_or_init(|| words.iter().any(|w| is_game_word(w)));
    let report = scored.len() >= SCORED_SENTENCES && games();
    let mut playing: Vec<&[&str]> = Vec::new();
    for f in &found {
        let names = &words[f.tokens.clone()];
        // Outside a report of games only a place's neighbours can make it a team.
        let plays = match f.ty {
            LOC if !report => {
                (beats(words, &f.tokens, games) || fields(words, &f.tokens, games))
                    && !national(p, words, &f.tokens)
            }
            LOC | MISC if report => plays_in_report(p, words, f, &scored, games),
            _ => false,
        };
        if plays && !playing.contains(&names) {
            playing.push(names);
        }
    }
    if playing.is_empty() {
        return found;
    }
    let mut found = found;
    for f in &mut found {
        // A place after `in` is where a game was played (`In Seattle, …`).
        let venue = f.ty == LOC
            && f.tokens.start > 0
            && words[f.tokens.start - 1].eq_ignore_ascii_case("in");
        // Compared without regard to case, so that a headline's capitals follow the report.
        let name = &words[f.tokens.clone()];
        let same = |n: &&[&str]| {
            n.len() == name.len() && n.iter().zip(name).all(|(a, b)| a.eq_ignore_ascii_case(b))
        };
        if matches!(f.ty, LOC | MISC) && !venue && playing.iter().any(same) {
            f.ty = ORG;
            // Sure as the rule is, not as the model was of another type.
            f.margin = f.margin.max(RULE_MARGIN);
        }
    }
    found
}

/// Whether the name at `r` is a country's (a word of it is in the list of countries) or one of
/// [`NATIONS`]: its team plays as a place.
pub(crate) fn national(p: &Prepared, words: &[&str], r: &Range<usize>) -> bool {
    let country = any_match(LOC_COUNTRY);
    r.clone().any(|k| p.gaz[k] & country != 0)
        || NATIONS
            .iter()
            .any(|n| n.split(' ').eq(words[r.clone()].iter().copied()))
}

/// Words before a team that another met (`defeated Colorado`, `lead over Seattle`).
const MET: [&str; 9] = [
    "beat", "beating", "defeated", "thrashed", "against", "over", "v", "vs", "vs.",
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

/// Whether `f`, a place or a nationality, plays in a report of games (see [`teams`]), whose
/// sentences with a score are `scored`.
fn plays_in_report(
    p: &Prepared,
    words: &[&str],
    f: &Found,
    scored: &[usize],
    games: impl Fn() -> bool,
) -> bool {
    let at = p.sentence_at(f.tokens.start);
    let Some(sent) = p.sentences.get(at) else {
        return false;
    };
    let scored_here = scored.contains(&at);
    if f.ty == MISC {
        return scored_here
            && nickname(&words[f.tokens.clone()])
            && p.gaz[f.tokens.start] & PEOPLES == 0;
    }
    let ranked =
        f.tokens.start == sent.start + 1 && words[sent.start].bytes().all(|b| b.is_ascii_digit());
    let opens = f.tokens.start == sent.start || ranked;
    let opens_scored =
        scored_here && opens && (acts(words, f.tokens.end) || record(words, f.tokens.end));
    let scores = scored_here && score(words, f.tokens.end);
    // [`beats`] asks for a subset of [`meets`]'s words, so a report asks only the latter.
    (opens_scored || scores || meets(words, &f.tokens) || fields(words, &f.tokens, &games))
        && !national(p, words, &f.tokens)
}

/// Players of a team named before them (`Norwich striker Keith O'Neill`), which no other
/// trade calls its people.
const PLAYERS: [&str; 22] = [
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "skipper",
    "playmaker",
    "batsman",
    "bowler",
    "all-rounder",
    "wicketkeeper",
    "quarterback",
    "pitcher",
    "outfielder",
    "shortstop",
    "infielder",
    "fullback",
    "flanker",
    "scrum-half",
    "fly-half",
    "linebacker",
    "goaltender",
];

/// People of a team named before them whom other trades have too (`Florida manager John
/// Boles`, `a Chicago manager`): a team's only in a document about games.
const STAFF: [&str; 6] = [
    "manager", "coach", "captain", "forward", "player", "players",
];

/// Words before a team that say it is one (`serie A club Atalanta`).
const CLUB: [&str; 2] = ["club", "side"];

/// Whether the place at `r` fields a team: its players follow it ([`PLAYERS`], or [`STAFF`]
/// in a document about games, when `games` says so), or a word of [`CLUB`] comes before it
/// in such a document.
fn fields(words: &[&str], r: &Range<usize>, games: impl Fn() -> bool) -> bool {
    let next = words.get(r.end);
    next.is_some_and(|w| PLAYERS.contains(w))
        || (next.is_some_and(|w| STAFF.contains(w)) && games())
        || (r.start > 0 && CLUB.contains(&words[r.start - 1]) && games())
}

/// Words before a team that another beat, in any document about games (`to beat Yorkshire`).
const BEATEN: [&str; 6] = ["beat", "beating", "defeated", "thrashed", "v", "vs"];

/// Words after a team that beat another, in any document about games.
const BEATS: [&str; 5] = ["beat", "beats", "defeated", "thrashed", "routed"];

/// Whether the name at `r` beat another or was beaten, in a document about games (`games`
/// says so): fewer words than [`meets`] asks for a report of games, those no other news uses
/// of places (not `against`, `over` or `lost`).
fn beats(words: &[&str], r: &Range<usize>, games: impl Fn() -> bool) -> bool {
    ((r.start > 0 && BEATEN.contains(&words[r.start - 1]))
        || words.get(r.end).is_some_and(|w| BEATS.contains(w)))
        && games()
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
                "Texas won the game 3-1 as the Trojans scored first.",
                &[("Texas", 2), ("Trojans", 3)],
                &[("Texas", 2), ("Trojans", 3)],
            ),
            (
                "a place followed by its score",
                "London: Warwickshire 195, Surrey 429-7 in the match.\nKent 108-3.\n",
                &[
                    ("London", 2),
                    ("Warwickshire", 1),
                    ("Surrey", 2),
                    ("Kent", 2),
                ],
                &[
                    ("London", 2),
                    ("Warwickshire", 1),
                    ("Surrey", 1),
                    ("Kent", 1),
                ],
            ),
            (
                "beaten in a document about games, and the headline's capitals",
                "SOCCER - YORKSHIRE SLIP. Essex need 148 runs to beat Yorkshire in the match.",
                &[("YORKSHIRE", 2), ("Essex", 1), ("Yorkshire", 2)],
                &[("YORKSHIRE", 1), ("Essex", 1), ("Yorkshire", 1)],
            ),
            (
                "beaten in a document about something else",
                "Protesters beat Seattle police back.",
                &[("Seattle", 2)],
                &[("Seattle", 2)],
            ),
        ];
        check(cases);
    }

    #[test]
    fn a_win_outside_a_report_is_a_meeting_in_one() {
        // A report asks only `meets`, which must hold every word `beats` asks for.
        assert!(super::BEATEN.iter().all(|w| super::MET.contains(w)));
        assert!(super::BEATS.iter().all(|w| super::MEETS.contains(w)));
    }

    #[test]
    fn a_team_is_as_sure_as_the_rule() {
        use crate::entities::decode::{LOC, ORG};
        use crate::entities::features::prepare;
        use crate::entities::patterns::RULE_MARGIN;
        use crate::entities::Found;
        use crate::tokenize::tokenize;
        let text = "Norwich striker Keith O'Neill scored. Norwich lost.";
        let tokens = tokenize(text);
        let p = prepare(text, &tokens, None);
        let words: Vec<&str> = tokens.tokens.iter().map(|t| t.span.of(text)).collect();
        let read = |k: usize, margin: f32| Found {
            tokens: k..k + 1,
            ty: LOC,
            margin,
        };
        let later = words.iter().rposition(|w| *w == "Norwich").unwrap();
        let found = super::teams(&p, &words, vec![read(0, 3.0), read(later, 90.0)]);
        let got: Vec<(usize, f32)> = found.iter().map(|f| (f.ty, f.margin)).collect();
        assert_eq!(got, [(ORG, RULE_MARGIN), (ORG, 90.0)]);
    }

    #[test]
    fn places_that_field_players_are_teams() {
        let cases: &[Case] = &[
            (
                "players after a place, in any document",
                "Norwich striker Keith O'Neill was hurt.",
                &[("Norwich", 2), ("Keith O'Neill", 0)],
                &[("Norwich", 1), ("Keith O'Neill", 0)],
            ),
            (
                "staff after a place, in a document about games",
                "Florida manager John Boles praised the game.",
                &[("Florida", 2), ("John Boles", 0)],
                &[("Florida", 1), ("John Boles", 0)],
            ),
            (
                "staff after a place, in a document about something else",
                "A Florida manager said sales rose.",
                &[("Florida", 2)],
                &[("Florida", 2)],
            ),
            (
                "a club before a place, and the same name elsewhere",
                "He was loaned to serie A club Atalanta, his former coach said. Atalanta paid.",
                &[("Atalanta", 2), ("Atalanta", 2)],
                &[("Atalanta", 1), ("Atalanta", 1)],
            ),
            (
                "countries and the United Kingdom field national teams",
                "Featherstone, a former Britain captain, praised the game. England captain \
                 Mike Atherton agreed.",
                &[
                    ("Featherstone", 0),
                    ("Britain", 2),
                    ("England", 2),
                    ("Mike Atherton", 0),
                ],
                &[
                    ("Featherstone", 0),
                    ("Britain", 2),
                    ("England", 2),
                    ("Mike Atherton", 0),
                ],
            ),
        ];
        check(cases);
    }
}
