//! The tense rule: which way from the reference date a date that does not say so itself
//! points (`They met on Thursday` back, `Zelensky will visit on Thursday` forward), read from
//! the words of its clause.
//!
//! The phrase's own words decide first, where the grammar reads them (`last Friday`, `next
//! March`, `two weeks ago`). Otherwise the nearest word that marks a tense decides: looked
//! for back from the phrase to the start of its sentence (at most [`LOOK_BACK`] tokens), then,
//! when there is none, forward to its end (at most [`LOOK_AHEAD`] tokens: `On Thursday, the
//! ministers met`).
//!
//! - **Back** (on or before the reference date): a verb in the past tense (`said`, `met`,
//!   `was`, any lower-case `-ed` form not used as an adjective after an article); a perfect
//!   (`has met`, `have been held`); `since`, `ago`, `last`, `earlier`, `yesterday`.
//! - **Forward** (on or after it): `will`, `'ll`, `shall`, `going to`, a modal (`would`,
//!   `could`, `may`, `might`, `should`, `must`, `can`); a scheduling word (`set for`,
//!   `scheduled`, `due`, `expected`, `slated`, `plans`, `postponed`, `ahead of`, `upcoming`,
//!   `next`, `tomorrow`); a request (`please`); a present progressive (`is meeting`); a past
//!   verb of intent before `to` (`agreed to meet on Friday`).
//! - A passive participle takes its auxiliary's tense: `will be held` forward, `was held`
//!   back; `is held` (present) none.
//! - A present `is`, `are`, `am`, `has`, `have` ends the search with no direction (`have`
//!   after a modal or `to` is a base form, and the word before it decides: `will have`).
//! - The search stops at the end of a sentence or a quotation, but a sentence opened by `or`
//!   or `and` goes on the one before (`Will he be back in two days? or in a week?`); names
//!   are no verbs (`Will Smith`, `May`).
//! - Otherwise the nearest such date. The reference day itself counts as both before and
//!   after it (Reuters writes `on Sunday` for the day of the dateline), and a date as far
//!   back as forward goes back: news reports more of what happened than of what will.

use crate::numbers::reader::Cx;
use crate::tokenize::TokenKind;

/// How far back from a date its clause's tense is looked for, in tokens.
pub(crate) const LOOK_BACK: usize = 14;

/// How far forward, when nothing back marks a tense.
pub(crate) const LOOK_AHEAD: usize = 8;

/// Which way from the reference date a date points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Way {
    /// On or before the reference date.
    Back,
    /// On or after it.
    Forward,
    /// Whichever is nearer; back on a tie.
    Nearest,
}

/// What one word says of the tense, read with its neighbours.
enum Mark {
    /// The word sets the way.
    Sets(Way),
    /// A present tense: no direction, and the search ends.
    Present,
    /// A participle after a form of `be`: the auxiliary before it decides.
    Passive,
    /// Nothing.
    None,
}

impl Cx<'_> {
    /// Which way the date over tokens `from..to` points by its clause ([the module
    /// docs](self)).
    pub(crate) fn tense_way(&self, from: usize, to: usize) -> Way {
        let mut k = from;
        let mut passive = false;
        while k > 0 && from - k < LOOK_BACK {
            k -= 1;
            // `Will he be back in two days? or in a week?`: a sentence opened by `or` or
            // `and` goes on the one before.
            let goes_on = matches!(self.word(k + 1), "or" | "and");
            if ENDS_CLAUSE.contains(&self.lower(k)) && !goes_on {
                break;
            }
            match self.mark(k, passive) {
                Mark::Sets(way) => return way,
                Mark::Present => return Way::Nearest,
                Mark::Passive => passive = true,
                Mark::None => {}
            }
        }
        for k in to..to + LOOK_AHEAD {
            if k >= self.tokens.len() || ENDS_CLAUSE.contains(&self.lower(k)) {
                break;
            }
            match self.mark(k, false) {
                Mark::Sets(way) => return way,
                Mark::Present => return Way::Nearest,
                Mark::Passive | Mark::None => {}
            }
        }
        Way::Nearest
    }

    /// What token `k` says of the tense; `passive` when a participle after it waits for its
    /// auxiliary.
    fn mark(&self, k: usize, passive: bool) -> Mark {
        let w = self.lower(k);
        if self.kind(k) != Some(TokenKind::Word) {
            return Mark::None;
        }
        // Names are not verbs: `Will Smith`, `May` the month, `Reed`.
        let raw = self.word(k);
        let capital = raw.starts_with(char::is_uppercase) && !self.sentence_start(k);
        if capital && !raw.chars().all(|c| !c.is_lowercase()) {
            return Mark::None;
        }
        if FORWARD_WORDS.contains(&w) {
            // `set` schedules only with `for` or `to` after it: `is set for March 30`.
            if w == "set" && !matches!(self.lower(k + 1), "for" | "to") {
                return Mark::None;
            }
            if w == "going" && self.lower(k + 1) != "to" {
                return Mark::None;
            }
            if w == "ahead" && self.lower(k + 1) != "of" {
                return Mark::None;
            }
            return Mark::Sets(Way::Forward);
        }
        // `has been held`: a perfect.
        if passive && HAVE_PRESENT.contains(&w) {
            return Mark::Sets(Way::Back);
        }
        // `will have`, `to have`: a base form, which the word before it decides.
        let base = w == "have"
            && k > 0
            && (self.lower(k - 1) == "to" || FORWARD_WORDS.contains(&self.lower(k - 1)));
        if BE_PRESENT.contains(&w) || (HAVE_PRESENT.contains(&w) && !base) {
            return Mark::Present;
        }
        if matches!(w, "was" | "were" | "had" | "did") {
            return Mark::Sets(Way::Back);
        }
        if matches!(w, "be" | "been" | "being") {
            return if passive { Mark::Passive } else { Mark::None };
        }
        // `is meeting`: a present progressive speaks of what is arranged.
        if w.len() > 4 && w.ends_with("ing") && k > 0 && BE_PRESENT.contains(&self.lower(k - 1)) {
            return Mark::Sets(Way::Forward);
        }
        if BACK_WORDS.contains(&w) {
            return Mark::Sets(Way::Back);
        }
        // `agreed to meet on Friday`: what was agreed is still to come.
        if w == "to" && k > 0 && INTENT_VERBS.contains(&self.lower(k - 1)) {
            return Mark::Sets(Way::Forward);
        }
        if !self.is_past_verb(k) {
            return Mark::None;
        }
        // The auxiliary before a participle decides: `has met` back, `was held` back, `will
        // be held` forward, `is held` none.
        let before = if k > 0 { self.lower(k - 1) } else { "" };
        if HAVE_PRESENT.contains(&before) || before == "'ve" {
            return Mark::Sets(Way::Back);
        }
        if BE_PRESENT.contains(&before) || matches!(before, "be" | "been" | "being") {
            return Mark::Passive;
        }
        Mark::Sets(Way::Back)
    }

    /// Whether token `k` is a verb in the past tense or a past participle: a listed irregular
    /// one, or a lower-case `-ed` word that no article or possessive makes an adjective
    /// (`the proposed talks`).
    fn is_past_verb(&self, k: usize) -> bool {
        let w = self.lower(k);
        if IRREGULAR_PAST.contains(&w) {
            return true;
        }
        if w.len() < 5 || !w.ends_with("ed") || NOT_PAST.contains(&w) {
            return false;
        }
        if w.ends_with("eed") && !PAST_IN_EED.contains(&w) {
            return false;
        }
        let adjective = k > 0 && DETERMINERS.contains(&self.lower(k - 1));
        !adjective && w.bytes().all(|b| b.is_ascii_lowercase())
    }
}

/// Tokens that end a clause for the tense rule.
const ENDS_CLAUSE: &[&str] = &[".", "!", "?", ";", "“", "”", "\""];

/// Words that point forward: the future, modals, scheduling.
const FORWARD_WORDS: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "wo",
    "won't",
    "gonna",
    "going",
    "would",
    "could",
    "may",
    "might",
    "should",
    "must",
    "can",
    "ca",
    "set",
    "scheduled",
    "rescheduled",
    "slated",
    "due",
    "expected",
    "expects",
    "expect",
    "plans",
    "plan",
    "planned",
    "planning",
    "postponed",
    "delayed",
    "adjourned",
    "deadline",
    "ahead",
    "upcoming",
    "next",
    "coming",
    "tomorrow",
    "intends",
    "aims",
    "hopes",
    "want",
    "wants",
    // A request: `please book a room for Friday`.
    "please",
];

/// Words that point back other than past verbs.
const BACK_WORDS: &[&str] = &["since", "ago", "last", "earlier", "yesterday", "previously"];

/// Present forms of `be`.
const BE_PRESENT: &[&str] = &["is", "are", "am", "'re", "'m"];

/// Present forms of `have`.
const HAVE_PRESENT: &[&str] = &["has", "have"];

/// Past verbs of intent: before `to` and a verb, what they intend is still to come.
const INTENT_VERBS: &[&str] = &[
    "agreed",
    "promised",
    "decided",
    "voted",
    "pledged",
    "vowed",
    "offered",
    "threatened",
    "arranged",
    "hoped",
    "wanted",
    "intended",
    "aimed",
    "sought",
    "refused",
    "asked",
    "urged",
];

/// Irregular past tenses and participles.
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "met",
    "went",
    "came",
    "made",
    "took",
    "taken",
    "gave",
    "given",
    "saw",
    "seen",
    "found",
    "held",
    "left",
    "led",
    "won",
    "lost",
    "began",
    "begun",
    "became",
    "brought",
    "bought",
    "built",
    "caught",
    "chose",
    "chosen",
    "drew",
    "drawn",
    "drove",
    "fell",
    "fallen",
    "felt",
    "fought",
    "flew",
    "flown",
    "forgot",
    "got",
    "gotten",
    "grew",
    "grown",
    "heard",
    "kept",
    "knew",
    "known",
    "laid",
    "meant",
    "paid",
    "ran",
    "rose",
    "risen",
    "sat",
    "sent",
    "shot",
    "spoke",
    "spoken",
    "spent",
    "stood",
    "struck",
    "swore",
    "sworn",
    "taught",
    "thought",
    "threw",
    "thrown",
    "wrote",
    "written",
    "broke",
    "broken",
    "sought",
    "sold",
    "sank",
    "stole",
    "stolen",
    "hung",
    "fled",
    "bred",
    "fed",
    "shook",
    "shaken",
    "slept",
    "swept",
    "wept",
    "withdrew",
    "withdrawn",
    "undertook",
    "overtook",
    "forgave",
    "arose",
    "arisen",
    "woke",
    "beat",
    "beaten",
    "bit",
    "bitten",
    "dealt",
    "dug",
    "hid",
    "hidden",
    "lent",
    "lit",
    "rode",
    "rang",
    "sang",
    "sung",
    "sprang",
    "stuck",
    "stung",
    "swam",
    "tore",
    "torn",
    "wore",
    "worn",
    "understood",
    "ate",
    "eaten",
    "did",
    "done",
];

/// Words ending in `-ed` that are no past verb.
const NOT_PAST: &[&str] = &[
    "hundred", "hundreds", "naked", "wicked", "sacred", "kindred", "ragged", "rugged", "wretched",
    "beloved", "embed", "shred", "sled", "infrared", "biped", "moped", "bed",
];

/// Past forms ending in `-eed` (most such words are not: `need`, `speed`, `proceed`).
const PAST_IN_EED: &[&str] = &[
    "agreed",
    "freed",
    "guaranteed",
    "decreed",
    "disagreed",
    "refereed",
];

/// Words after which an `-ed` word is an adjective: `the proposed talks`.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
    "those", "newly", "long", "much",
];
