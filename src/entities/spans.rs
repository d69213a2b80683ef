//! Names as they are written: the spans the model decoded, shaped the way news writes names
//! before they become annotations. The model learned from CoNLL-2003, whose 1996 news has
//! few of the names today's text is full of; these rules hold whatever the model learned:
//!
//! - a person's name runs through its particles: `Mohammed bin Salman`, `Ursula von der
//!   Leyen`, `Abu Mohammed al-Julani` (`bin`, `von der` and `Abu` join the parts around them),
//!   through a quoted nickname (`Nathan “leaf” Orf`, also when the model read only `Orf`), and
//!   back over a given name in capitals the model left out (`NEERA TANDEN`);
//! - a title before a name stays out of it, as CoNLL and OntoNotes write names: `Justice`
//!   in `Justice Scalia`, `Deputy Prime Minister` in `Deputy Prime Minister Chrystia
//!   Freeland`; so does a place's article (`the United States`; not `The Hague`), and a credit
//!   line's next role (`Reporting by David Ljunggren Editing by …`);
//! - a photo credit's names are typed as credits write them (`REUTERS/Dado Ruvic` a person,
//!   `Pool via REUTERS` an organisation; [`credits`]);
//! - epidemics written as names are MISC (`COVID-19`), and firms joined by an ampersand one
//!   organisation (`White & Case`; [`patterns`]), as are companies news describes as such
//!   (`fashion retailer Ted Baker`; [`described`]), places that play in a report of games
//!   or field players (`West Virginia closed the game on an 18-9 run`, `Norwich striker Keith
//!   O'Neill`; [`teams`]) and the names of a line of results, whole (`London Irish 27 Bristol
//!   28`; [`results`]);
//! - a name written several times in a document is read one way, the way its mentions weigh
//!   most (`Verdi` the union throughout; [`one_reading`]), and with its possessive where
//!   that is part of it (`Boatmen's was the plum`; [`possessive`]);
//! - countries joined by a hyphen are places of their own: `US-Russia` talks, a
//!   `US-brokered` deal (CoNLL writes one MISC name; news and OntoNotes read places);
//! - no name starts or ends with punctuation (a dash the model took in is left out), and what
//!   is left once it is cut off is no name when it is all lower case.
//!
//! Every rule moves span edges only to token edges, so no name starts or ends inside a token.

use super::decode::{LOC, PERSON};
use super::features::Prepared;
use super::token::{ALL_CAPS, HAS_DIGIT, HAS_LETTER, HAS_LOWER, INIT_CAP, SENT_START};
use super::{
    credits, described, events, gazetteer, one_reading, patterns, possessive, results, teams, Found,
};
use crate::numbers::MONTHS;
use crate::tokenize::Tokens;
use std::ops::Range;

/// Lower-case words that join the parts of a person's name (`bin Salman`, `von der Leyen`,
/// `da Silva`).
const PARTICLES: &[&str] = &[
    "al", "bin", "bint", "ibn", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
    "el", "la", "le", "ten", "ter", "van", "von", "zu",
];

/// Words that open a person's name in Arabic (`Abu Bakr`, `Umm Kulthum`, `Ibn Saud`).
const NAME_OPENERS: &[&str] = &["Abu", "Umm", "Ibn", "Bin", "Bint"];

/// Titles written before a name, which CoNLL and OntoNotes keep out of it; several words
/// for the longer ones (`Prime Minister`). Only ever taken off the front of a person's name
/// of more tokens than the title.
const TITLES: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Mx",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Rev",
    "Rev.",
    "Reverend",
    "Father",
    "Pope",
    "President",
    "Vice President",
    "Prime Minister",
    "Minister",
    "Chancellor",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Gov.",
    "Mayor",
    "Judge",
    "Justice",
    "Chief Justice",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Captain",
    "Capt.",
    "Lieutenant",
    "Lt.",
    "Sergeant",
    "Sgt.",
    "Admiral",
    "Adm.",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Crown Prince",
    "Emperor",
    "Empress",
    "Sheikh",
    "Ayatollah",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Imam",
    "Rabbi",
    "Coach",
    "Secretary",
    "Ambassador",
    "Commissioner",
    "Speaker",
    "Chairman",
    "Chairwoman",
    "Director",
    "Deputy",
    "Premier",
    "Patriarch",
    "Sheriff",
    "Detective",
    "Inspector",
    "Commander",
    "Attorney General",
];

/// The most words of a title (`Prime Minister`); a test holds it to [`TITLES`].
const TITLE_WORDS: usize = 2;

/// The lengths of the first words of [`TITLES`] by their first letter in upper case: bit
/// `len` of entry `b` is set when a title's first word starts with `b` (either case) and
/// has `len` bytes. A word none of them could be is no title's start, and most words of a
/// name are not: one look instead of a pass over the titles.
static TITLE_STARTS: [u32; 128] = {
    let mut starts = [0u32; 128];
    let mut k = 0;
    while k < TITLES.len() {
        let t = TITLES[k].as_bytes();
        let mut len = 0;
        while len < t.len() && t[len] != b' ' {
            len += 1;
        }
        assert!(t[0].is_ascii() && len < 32);
        starts[t[0].to_ascii_uppercase() as usize] |= 1 << len;
        k += 1;
    }
    starts
};

/// Whether `word` may be the first word of a title, as written or in capitals.
fn may_start_title(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii() && word.len() < 32 => {
            TITLE_STARTS[b.to_ascii_uppercase() as usize] >> word.len() & 1 != 0
        }
        _ => false,
    }
}

/// The spans of `found` (decoded from `p`, over `tokens` of `text`), shaped as above; sorted
/// and not overlapping, as `found` is.
pub(crate) fn shape(text: &str, tokens: &Tokens, p: &Prepared, found: Vec<Found>) -> Vec<Found> {
    let words: Vec<&str> = tokens.tokens.iter().map(|t| t.span.of(text)).collect();
    let word_like = |k: usize| capitalised(p, &words, k) || PARTICLES.contains(&words[k]);
    let found = credits::photo_credits(&words, found, word_like);
    let found = patterns::epidemics(p, &words, tokens, text, found);
    let found = patterns::ampersands(p, &words, tokens, text, found);
    let found = patterns::companies_said_alone(p, &words, found);
    let found = described::described_companies(p, &words, found);
    let found = results::results(p, &words, found);
    let found = teams::teams(p, &words, found);
    let found = possessive::listed_owners(p, &words, found);
    let found = patterns::storms(&words, found);
    let found = events::events(p, &words, found, |a, b| spaced(text, tokens, a, b));
    let found = join_particles(text, tokens, p, &words, found);
    let found = one_reading::one_reading(p, found);
    let found = possessive::possessive_names(&words, found);
    let mut out = Vec::with_capacity(found.len());
    for mut f in found {
        // No name starts or ends with punctuation (`-brokered` of `US-brokered`).
        let read = f.tokens.clone();
        f.tokens = without_punctuation_edges(&words, f.tokens);
        // What is left once punctuation is cut off is no name when it is all lower case
        // (`brokered`); a name the model read in lower case as it stands stays (`obama` in
        // a post is still a person).
        let lower_only = || {
            words[f.tokens.clone()]
                .iter()
                .all(|w| !w.chars().any(char::is_uppercase))
        };
        if f.tokens.is_empty() || (f.tokens != read && lower_only()) {
            continue;
        }
        if f.ty == PERSON {
            f.tokens.start += title_len(&words[f.tokens.clone()]);
            f.tokens.end = credits::before_credit(&words, f.tokens.clone());
        }
        // A place is named without its article (`the United States`), as CoNLL and
        // OntoNotes write it; `The Hague` is the lists' one exception.
        if f.ty == LOC
            && f.tokens.len() > 1
            && words[f.tokens.start].eq_ignore_ascii_case("the")
            && !words[f.tokens.start + 1].eq_ignore_ascii_case("hague")
        {
            f.tokens.start += 1;
        }
        match country_parts(text, tokens, p, &f.tokens) {
            Some(places) => out.extend(places.into_iter().map(|k| Found {
                tokens: k..k + 1,
                ty: LOC,
                margin: f.margin,
            })),
            None => out.push(f),
        }
    }
    out
}

/// `r` (token indices into `words`) without its edge tokens that have no letter or digit,
/// but for a bracket or quote closed or opened inside it (`Proleter ( Z )`, `Roberto " Hands
/// of Stone " Duran`). Empty when `r` has no word. Training reads gold names the same way.
pub fn without_punctuation_edges(words: &[&str], mut r: Range<usize>) -> Range<usize> {
    let wordless = |w: &str| !w.chars().any(char::is_alphanumeric);
    const OPEN: [&str; 4] = ["(", "[", "\"", "“"];
    const CLOSE: [&str; 4] = [")", "]", "\"", "”"];
    while !r.is_empty() && wordless(words[r.start]) {
        let w = words[r.start];
        let paired = OPEN
            .iter()
            .position(|&o| o == w)
            .is_some_and(|k| words[r.start + 1..r.end].contains(&CLOSE[k]));
        if paired && r.len() > 1 {
            break;
        }
        r.start += 1;
    }
    while !r.is_empty() && wordless(words[r.end - 1]) {
        let w = words[r.end - 1];
        let paired = CLOSE
            .iter()
            .position(|&c| c == w)
            .is_some_and(|k| words[r.start..r.end - 1].contains(&OPEN[k]));
        if paired && r.len() > 1 {
            break;
        }
        r.end -= 1;
    }
    if r.clone().all(|k| wordless(words[k])) {
        r.end = r.start;
    }
    r
}

/// Whether token `k` is a capitalised word (`Salman`, `Leyen`, `al-Julani` counts too: a
/// lower-case particle glued to a capitalised name).
fn capitalised(p: &Prepared, words: &[&str], k: usize) -> bool {
    let f = p.infos[k].flags;
    if f & INIT_CAP != 0 && f & HAS_LOWER != 0 && f & HAS_DIGIT == 0 {
        return true;
    }
    let w = words[k];
    ["al-", "el-", "bin-", "ibn-"].iter().any(|pre| {
        w.strip_prefix(pre)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Whether tokens `a` and `b` (`a` before `b`) are separated by exactly one space.
pub(crate) fn spaced(text: &str, tokens: &Tokens, a: usize, b: usize) -> bool {
    &text[tokens.tokens[a].span.end..tokens.tokens[b].span.start] == " "
}

/// A person's name continued through particles (`Mohammed` + `bin Salman`), and opened by
/// `Abu`/`Umm`/`Ibn` before it; what the model read of the joined tokens as other names goes.
fn join_particles(
    text: &str,
    tokens: &Tokens,
    p: &Prepared,
    words: &[&str],
    found: Vec<Found>,
) -> Vec<Found> {
    let sentence_of = |k: usize| {
        p.sentences
            .get(p.sentence_at(k))
            .filter(|s| s.contains(&k))
            .cloned()
            .unwrap_or(k..k + 1)
    };
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        // Dropped: swallowed by a person's name joined before it.
        if out
            .last()
            .is_some_and(|last| last.tokens.end > f.tokens.start)
        {
            continue;
        }
        let mut f = f;
        if f.ty == PERSON {
            let sent = sentence_of(f.tokens.start);
            f.tokens = joined(text, tokens, p, words, f.tokens.clone(), &sent);
            // A name opened before it by a word the model left out, or read as a name of
            // its own (`Abu`): the opener joins, and a name the model made of it goes.
            if out
                .last()
                .is_some_and(|last| last.tokens.end > f.tokens.start)
            {
                out.pop();
            }
        }
        out.push(f);
    }
    out
}

/// The tokens of a person's name `r` (in sentence `sent`) grown over particles and openers.
fn joined(
    text: &str,
    tokens: &Tokens,
    p: &Prepared,
    words: &[&str],
    mut r: Range<usize>,
    sent: &Range<usize>,
) -> Range<usize> {
    // Forward: particles or a quoted nickname, then at least one capitalised word, each one
    // space apart.
    loop {
        let mut j = r.end;
        while j < sent.end
            && j - r.end < 3
            && PARTICLES.contains(&words[j])
            && spaced(text, tokens, j - 1, j)
        {
            j += 1;
        }
        if j == r.end {
            j = after_nickname(text, tokens, p, words, r.end, sent).unwrap_or(j);
        }
        if j == r.end
            || j >= sent.end
            || !capitalised(p, words, j)
            || !spaced(text, tokens, j - 1, j)
        {
            break;
        }
        let mut k = j + 1;
        while k < sent.end && capitalised(p, words, k) && spaced(text, tokens, k - 1, k) {
            k += 1;
        }
        r.end = k;
    }
    // Backward: an opener right before the name, or a given name in capitals the model left
    // out (`NEERA TANDEN` in a line of capitals, where it read the family name alone).
    if r.start > sent.start
        && spaced(text, tokens, r.start - 1, r.start)
        && (NAME_OPENERS.contains(&words[r.start - 1]) || given_name(p, words, r.start - 1))
    {
        r.start -= 1;
    }
    // Or a given name and a quoted nickname the model left out (`Nicolai “device” Reedtz`,
    // where it read `Reedtz` alone).
    if let Some(given) = before_nickname(text, tokens, p, words, r.start, sent) {
        r.start = given;
    }
    r
}

/// The token of a given name before a quoted nickname that closes right before token `k`
/// (`Nicolai` of `Nicolai “device” Reedtz`): one capitalised word, a space, then one to three
/// words between a pair of quotes, the closing one a space before `k`. `None` when there is
/// none.
fn before_nickname(
    text: &str,
    tokens: &Tokens,
    p: &Prepared,
    words: &[&str],
    k: usize,
    sent: &Range<usize>,
) -> Option<usize> {
    let close = *words.get(k.checked_sub(1)?)?;
    let (open, _) = NICKNAME_QUOTES.iter().find(|q| q.1 == close)?;
    if k < sent.start + 4 || !spaced(text, tokens, k - 1, k) {
        return None;
    }
    let o = (k.saturating_sub(5).max(sent.start + 1)..k - 2)
        .rev()
        .find(|&o| words[o] == *open)?;
    let given = o - 1;
    (wordy(p, o + 1..k - 1) && capitalised(p, words, given) && spaced(text, tokens, given, o))
        .then_some(given)
}

/// Whether token `k` (`words[k]`) is a given name in a line of capitals: a given name of the
/// lists (B or U), all capitals (written as usual, the model reads given names well, and the
/// lists hold words like `Hi`), not a word that opens the sentence, and not a month (`IN
/// MARCH KACZMAREK SAID`: `March` and `May` are given names too).
fn given_name(p: &Prepared, words: &[&str], k: usize) -> bool {
    let f = p.infos[k].flags;
    p.gaz[k] & gazetteer::GIVEN_OPENS != 0
        && f & ALL_CAPS != 0
        && f & SENT_START == 0
        && !MONTHS.iter().any(|m| m.0.eq_ignore_ascii_case(words[k]))
}

/// The token after a quoted nickname that opens at token `k` (`“ leaf ”` of `Nathan “leaf”
/// Orf`, `"The Rock"`): one to three words between a pair of quotes, the opening one a space
/// after the name before it. `None` when there is none.
fn after_nickname(
    text: &str,
    tokens: &Tokens,
    p: &Prepared,
    words: &[&str],
    k: usize,
    sent: &Range<usize>,
) -> Option<usize> {
    let open = *words.get(k)?;
    let (_, close) = NICKNAME_QUOTES.iter().find(|q| q.0 == open)?;
    if k + 2 >= sent.end || !spaced(text, tokens, k - 1, k) {
        return None;
    }
    let end = (k + 2..sent.end.min(k + 5)).find(|&c| words[c] == *close)?;
    wordy(p, k + 1..end).then_some(end + 1)
}

/// The quotes a nickname is written between: (opening, closing).
const NICKNAME_QUOTES: [(&str, &str); 3] = [("“", "”"), ("\"", "\""), ("‘", "’")];

/// Whether every token of `r` has a letter or a digit (the words of a nickname).
fn wordy(p: &Prepared, r: Range<usize>) -> bool {
    r.into_iter()
        .all(|m| p.infos[m].flags & (HAS_LETTER | HAS_DIGIT) != 0)
}

/// How many leading tokens of a person's name `words` are titles, one after another
/// (`Deputy Prime Minister`), keeping at least one token of the name and never leaving a
/// title alone (`Secretary General` stays as read).
fn title_len(words: &[&str]) -> usize {
    // In a name written in capitals, titles are too (`PRINCE NASEEM`); otherwise a title is
    // written as it is (`MS Dhoni` is initials, not `Ms`).
    let caps = words.iter().all(|w| !w.chars().any(char::is_lowercase));
    let same = |t: &str, x: &str| {
        if caps {
            t.eq_ignore_ascii_case(x)
        } else {
            t == x
        }
    };
    // A token holds no space, so a title of one word is compared whole, and one of two only
    // when the lengths add up.
    let is_title = |w: &[&str]| {
        TITLES.iter().any(|t| match w {
            [a] => same(t, a),
            [a, b] => {
                t.len() == a.len() + 1 + b.len()
                    && t.split_once(' ')
                        .is_some_and(|(x, y)| same(x, a) && same(y, b))
            }
            _ => false,
        })
    };
    let mut start = 0;
    loop {
        let rest = &words[start..];
        if !rest.first().is_some_and(|w| may_start_title(w)) {
            return start;
        }
        let n = (1..rest.len().min(TITLE_WORDS + 1))
            .rev()
            .find(|&n| is_title(&rest[..n]) && !is_title(&rest[n..]))
            .unwrap_or(0);
        if n == 0 {
            return start;
        }
        start += n;
    }
}

/// The countries of a hyphenated compound that the model read as one name, as news reads
/// them: two countries joined by a hyphen or a dash are two places (`US-Russia talks`,
/// `India–Pakistan border`), and a country before a hyphen and a lower-case word is a place
/// (`US-brokered ceasefire`, `France-registered ship`). CoNLL, which the model learned from,
/// writes such compounds as one MISC name (`U.S.-led`); OntoNotes and readers split them.
/// Returns the country tokens (one or two), or `None` to keep the entity as decoded.
pub(crate) fn country_parts(
    text: &str,
    tokens: &Tokens,
    p: &Prepared,
    range: &Range<usize>,
) -> Option<Vec<usize>> {
    const COUNTRY: u64 = 1 << (gazetteer::LOC_COUNTRY * 4 + 3);
    let (a, b) = (range.start, range.start + 2);
    if range.len() != 3 || p.gaz[a] & COUNTRY == 0 {
        return None;
    }
    let t = &tokens.tokens[a..=b];
    let joined = t[0].span.end == t[1].span.start && t[1].span.end == t[2].span.start;
    if !joined || !matches!(t[1].span.of(text), "-" | "–") {
        return None;
    }
    let lower_word = p.infos[b].flags & (HAS_LOWER | INIT_CAP | HAS_DIGIT) == HAS_LOWER;
    if p.gaz[b] & COUNTRY != 0 {
        Some(vec![a, b])
    } else if lower_word {
        Some(vec![a])
    } else {
        None
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// (behaviour, text, names as the model read them, names as written: text and type)
    pub(crate) type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, usize)],
        &'static [(&'static str, usize)],
    );
    use crate::entities::features::prepare;
    use crate::tokenize::tokenize;

    /// `text` with the names `given` (text of a name, type index; in the order of the text)
    /// shaped: what comes out, as (text, type index).
    pub(crate) fn shaped(text: &str, given: &[(&str, usize)]) -> Vec<(String, usize)> {
        let given: Vec<(&str, usize, f32)> = given.iter().map(|&(n, ty)| (n, ty, 1.0)).collect();
        shaped_with_margins(text, &given)
    }

    /// [`shaped`] with each name's decoding margin given too.
    pub(crate) fn shaped_with_margins(
        text: &str,
        given: &[(&str, usize, f32)],
    ) -> Vec<(String, usize)> {
        let tokens = tokenize(text);
        let p = prepare(text, &tokens, None);
        let t = &tokens.tokens;
        let mut from = 0;
        let mut found = Vec::new();
        for &(name, ty, margin) in given {
            let start = from + text[from..].find(name).expect("given in the text's order");
            from = start + name.len();
            let a = t.iter().position(|x| x.span.start == start).unwrap();
            let b = t.iter().position(|x| x.span.end == from).unwrap();
            found.push(Found {
                tokens: a..b + 1,
                ty,
                margin,
            });
        }
        shape(text, &tokens, &p, found)
            .into_iter()
            .map(|f| {
                let span = t[f.tokens.start].span.cover(t[f.tokens.end - 1].span);
                (span.of(text).to_string(), f.ty)
            })
            .collect()
    }

    /// Asserts that each case's names come out shaped as it says.
    pub(crate) fn check(cases: &[Case]) {
        for (name, text, given, want) in cases {
            assert_eq!(shaped(text, given), names(want), "{name}");
        }
    }

    /// (behaviour, text, names as the model read them with their margins, names as written)
    pub(crate) type MarginCase = (
        &'static str,
        &'static str,
        &'static [(&'static str, usize, f32)],
        &'static [(&'static str, usize)],
    );

    /// Runs each case of names read with margins through [`shape`].
    pub(crate) fn check_margins(cases: &[MarginCase]) {
        for (name, text, given, want) in cases {
            assert_eq!(shaped_with_margins(text, given), names(want), "{name}");
        }
    }

    pub(crate) fn names(list: &[(&str, usize)]) -> Vec<(String, usize)> {
        list.iter().map(|&(s, t)| (s.to_string(), t)).collect()
    }

    #[test]
    fn a_persons_name_runs_through_its_particles() {
        let cases: &[Case] = &[
            (
                "a particle and a name the model read as MISC",
                "Mohammed bin Salman met them.",
                &[("Mohammed", 0), ("Salman", 3)],
                &[("Mohammed bin Salman", 0)],
            ),
            (
                "two particles, the rest unread",
                "Ursula von der Leyen spoke.",
                &[("Ursula", 0)],
                &[("Ursula von der Leyen", 0)],
            ),
            (
                "an opener before the name",
                "Abu Mohammed al-Julani spoke.",
                &[("Mohammed al-Julani", 0)],
                &[("Abu Mohammed al-Julani", 0)],
            ),
            (
                "an opener the model read as a name of its own",
                "Abu Mohammed al-Julani spoke.",
                &[("Abu", 2), ("Mohammed al-Julani", 0)],
                &[("Abu Mohammed al-Julani", 0)],
            ),
            (
                "a quoted nickname, and the family name the model read alone",
                "Nathan “leaf” Orf had 104 kills for Chaos.",
                &[("Nathan", 0), ("Orf", 0)],
                &[("Nathan “leaf” Orf", 0)],
            ),
            (
                "a given name and nickname before the family name the model read alone",
                "Astralis’ Nicolai “device” Reedtz was dominant.",
                &[("Astralis", 1), ("Reedtz", 0)],
                &[("Astralis", 1), ("Nicolai “device” Reedtz", 0)],
            ),
            (
                "a quoted word after a lower-case one is no nickname",
                "the so “called” Reedtz plan",
                &[("Reedtz", 0)],
                &[("Reedtz", 0)],
            ),
            (
                "a nickname of two words in straight quotes",
                "Dwayne \"The Rock\" Johnson starred.",
                &[("Dwayne", 0)],
                &[("Dwayne \"The Rock\" Johnson", 0)],
            ),
            (
                "a quote after a name that no capitalised word follows is no nickname",
                "said Nathan “we won” on Sunday.",
                &[("Nathan", 0)],
                &[("Nathan", 0)],
            ),
            (
                "a quote of more than three words is no nickname",
                "Nathan “we played very well” Orf said.",
                &[("Nathan", 0), ("Orf", 0)],
                &[("Nathan", 0), ("Orf", 0)],
            ),
            (
                "a given name in capitals the model left out",
                "OFFICE OF MANAGEMENT AND BUDGET: NEERA TANDEN",
                &[("TANDEN", 0)],
                &[("NEERA TANDEN", 0)],
            ),
            (
                "a month in capitals is no given name",
                "SHARES FELL IN MARCH, KACZMAREK SAID",
                &[("KACZMAREK", 0)],
                &[("KACZMAREK", 0)],
            ),
            (
                "a given name written as usual is left to the model",
                "She said Hi Harry and left.",
                &[("Harry", 0)],
                &[("Harry", 0)],
            ),
            (
                "a particle before a lower-case word is no name",
                "Mohammed de facto ruled.",
                &[("Mohammed", 0)],
                &[("Mohammed", 0)],
            ),
            (
                "only persons grow",
                "Banco de Portugal said.",
                &[("Banco", 1)],
                &[("Banco", 1)],
            ),
            (
                "not across a sentence's end",
                "They met Mohammed.\nBin Salman left.",
                &[("Mohammed", 0)],
                &[("Mohammed", 0)],
            ),
        ];
        check(cases);
    }

    #[test]
    fn every_title_may_start_a_title_and_other_words_not() {
        for t in TITLES {
            let first = t.split(' ').next().unwrap_or_default();
            assert!(may_start_title(first), "{t}");
            assert!(may_start_title(&first.to_uppercase()), "{t}");
        }
        for w in ["Joe", "Biden", "Angela", "Xi", "", "Élysée", "mister"] {
            assert!(!may_start_title(w), "{w}");
        }
    }

    #[test]
    fn no_title_has_more_words_than_title_words() {
        let most = TITLES.iter().map(|t| t.split(' ').count()).max();
        assert_eq!(most, Some(TITLE_WORDS));
    }

    #[test]
    fn titles_and_credits_stay_out_of_a_persons_name() {
        let cases: &[Case] = &[
            (
                "one word",
                "Justice Scalia wrote.",
                &[("Justice Scalia", 0)],
                &[("Scalia", 0)],
            ),
            (
                "two words",
                "Prime Minister Keir Starmer spoke.",
                &[("Prime Minister Keir Starmer", 0)],
                &[("Keir Starmer", 0)],
            ),
            (
                "with its period",
                "Dr. Anthony Fauci spoke.",
                &[("Dr. Anthony Fauci", 0)],
                &[("Anthony Fauci", 0)],
            ),
            (
                "titles one after another, down to the name",
                "Deputy Prime Minister Chrystia Freeland and County Sheriff Chad Bianco spoke.",
                &[
                    ("Deputy Prime Minister Chrystia Freeland", 0),
                    ("Sheriff Chad Bianco", 0),
                ],
                &[("Chrystia Freeland", 0), ("Chad Bianco", 0)],
            ),
            (
                "a name of titles is left as read",
                "Secretary General said.",
                &[("Secretary General", 0)],
                &[("Secretary General", 0)],
            ),
            (
                "a credit line's next role is no part of a name",
                "( Reporting by David Ljunggren Editing by Chizu Nomiyama )",
                &[("David Ljunggren Editing", 0), ("Chizu Nomiyama", 0)],
                &[("David Ljunggren", 0), ("Chizu Nomiyama", 0)],
            ),
            (
                "a title in a line of capitals",
                "BOXING - PRINCE NASEEM RETAINS WBO TITLE",
                &[("PRINCE NASEEM", 0)],
                &[("NASEEM", 0)],
            ),
            (
                "initials in capitals before a name written as usual are no title",
                "MS Dhoni hit a six.",
                &[("MS Dhoni", 0)],
                &[("MS Dhoni", 0)],
            ),
            (
                "a title alone is left as read",
                "the Pope spoke.",
                &[("Pope", 0)],
                &[("Pope", 0)],
            ),
            (
                "not from other types",
                "General Motors said.",
                &[("General Motors", 1)],
                &[("General Motors", 1)],
            ),
        ];
        check(cases);
    }

    #[test]
    fn countries_joined_by_hyphens_are_places() {
        let cases: &[Case] = &[
            (
                "two countries",
                "the US-Russia talks",
                &[("US-Russia", 3)],
                &[("US", 2), ("Russia", 2)],
            ),
            (
                "a country and a lower-case word",
                "a US-brokered deal",
                &[("US-brokered", 3)],
                &[("US", 2)],
            ),
            (
                "regions are left as read",
                "Alsace-Lorraine wine",
                &[("Alsace-Lorraine", 2)],
                &[("Alsace-Lorraine", 2)],
            ),
            (
                "a dash at a name's edge stays out; a name of dashes goes, and what is left in lower case",
                "the US-brokered deal -- said Ex-Im",
                &[("US", 2), ("-brokered", 3), ("-- said Ex", 1)],
                &[("US", 2), ("said Ex", 1)],
            ),
            (
                "a bracket closed inside a name stays; one opened outside it goes",
                "Proleter ( Z ) beat Rad ) and ( Borac",
                &[("Proleter ( Z )", 1), ("Rad )", 1), ("( Borac", 1)],
                &[("Proleter ( Z )", 1), ("Rad", 1), ("Borac", 1)],
            ),
            (
                "a place is named without its article, but for The Hague",
                "The United States and the Netherlands met in The Hague",
                &[("The United States", 2), ("the Netherlands", 2), ("The Hague", 2)],
                &[("United States", 2), ("Netherlands", 2), ("The Hague", 2)],
            ),
            (
                "a name read in lower case as it stands stays",
                "lol obama said",
                &[("obama", 0)],
                &[("obama", 0)],
            ),
        ];
        check(cases);
    }
}
