//! Events named after a place or a sponsor: the name runs through the word that makes it an
//! event (`Greater Milwaukee Open`, `TROFEJ BEOGRAD TOURNAMENT`), which the model often
//! leaves out or reads as a name of its own. Only an event the model found takes the words
//! right after it, written with capitals. CoNLL writes a nationality or a place apart from the
//! event after it (`Belgian` `Grand Prix`, `San Marino` `Grand Prix` in its training text),
//! so those stay as read, and so do people and organisations (`Johnson Controls`). `Final`
//! is no event word: it is a stage of one (`MILWAUKEE OPEN FINAL SCORES`).

use super::decode::MISC;
use super::features::Prepared;
use super::gazetteer::PEOPLES;
use super::token::INIT_CAP;
use super::Found;

/// Words that make what comes before them an event, word by word, in the case a headline
/// writes them too.
const EVENT_WORDS: [&[&str]; 13] = [
    &["Open"],
    &["Classic"],
    &["Masters"],
    &["Cup"],
    &["Championship"],
    &["Championships"],
    &["Tournament"],
    &["Trophy"],
    &["Games"],
    &["Marathon"],
    &["Rally"],
    &["Invitational"],
    &["Grand", "Prix"],
];

/// How many tokens from `k` are one of [`EVENT_WORDS`], written with a capital (or all in
/// capitals): 0 if none.
fn event_word(p: &Prepared, words: &[&str], k: usize) -> usize {
    let capital = |k: usize| p.infos.get(k).is_some_and(|i| i.flags & INIT_CAP != 0);
    if !capital(k) {
        return 0;
    }
    EVENT_WORDS
        .iter()
        .find(|e| {
            words.get(k..k + e.len()).is_some_and(|ws| {
                (e.iter().zip(ws).enumerate())
                    .all(|(j, (e, w))| capital(k + j) && e.eq_ignore_ascii_case(w))
            })
        })
        .map_or(0, |e| e.len())
}

/// `found` with every event (MISC, not a nationality) followed right away by words of
/// [`EVENT_WORDS`] taking them in; a MISC name the model found on those words is joined to it
/// (`Greater Milwaukee` + `Open Championship`). `spaced(a, b)` tells whether tokens `a` and
/// `b` have one space between them and nothing else.
pub(crate) fn events(
    p: &Prepared,
    words: &[&str],
    found: Vec<Found>,
    spaced: impl Fn(usize, usize) -> bool,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut found = found.into_iter().peekable();
    // A nationality stays apart from the event (`Belgian` `Grand Prix`), as CoNLL writes it.
    let people = |f: &Found| f.tokens.clone().any(|k| p.gaz[k] & PEOPLES != 0);
    while let Some(mut f) = found.next() {
        if f.ty == MISC && !people(&f) {
            loop {
                let end = f.tokens.end;
                let n = event_word(p, words, end);
                if n == 0 || !spaced(end - 1, end) {
                    break;
                }
                // Words the model found as a name of their own join only when it read them
                // as an event, and then the whole of that name joins.
                if let Some(g) = found.next_if(|g| g.ty == MISC && g.tokens.start == end) {
                    f.tokens.end = g.tokens.end;
                } else if found.peek().is_some_and(|g| g.tokens.start < end + n) {
                    break;
                } else {
                    f.tokens.end = end + n;
                }
            }
        }
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, Case};

    #[test]
    fn events_run_through_their_event_word() {
        // Names the rule leaves as read.
        const KEPT: &[(&str, usize)] = &[
            ("Belgian", 3),
            ("Grand Prix", 3),
            ("New York", 2),
            ("Woods", 0),
            ("Johnson Controls", 1),
            ("Euro", 3),
            ("Cup Ltd", 1),
            ("Paris Masters", 3),
            ("MILWAUKEE OPEN", 3),
        ];
        let cases: &[Case] = &[
            (
                "an event word the model left out, also in a headline's capitals",
                "He leads the Greater Milwaukee Open. BASKETBALL - TROFEJ BEOGRAD TOURNAMENT \
                 RESULTS.",
                &[("Greater Milwaukee", 3), ("TROFEJ BEOGRAD", 3)],
                &[
                    ("Greater Milwaukee Open", 3),
                    ("TROFEJ BEOGRAD TOURNAMENT", 3),
                ],
            ),
            (
                "an event word the model read as an event of its own",
                "He leads the Greater Milwaukee Open Championship.",
                &[("Greater Milwaukee", 3), ("Open Championship", 3)],
                &[("Greater Milwaukee Open Championship", 3)],
            ),
            (
                "a nationality, a place, a person, an organisation, a name of another type, \
                 a line break, `Final`",
                "the Belgian Grand Prix, the New York Marathon, Woods Open won, Johnson \
                 Controls Cup, the Euro Cup Ltd shares, the Paris Masters\nCup, MILWAUKEE \
                 OPEN FINAL SCORES",
                KEPT,
                KEPT,
            ),
        ];
        check(cases);
    }
}
