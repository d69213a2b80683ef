#![allow(dead_code)] // each test crate that includes this file uses part of it
//! News-like texts made from a seed, for tests that annotate many different documents: the
//! same seed always gives the same text. They mix what makes the name model's kept sums
//! differ by position: forms with no word cluster of their own whose lower case has one
//! (`Musk`), each at a sentence's start, inside one and in a headline; names said in full and
//! then alone; numbers and dates; and made-up words, so that long texts bring many new forms.
//! The words are in `tests/news-words.json`, which `tests/news.mjs` reads too.

use std::sync::OnceLock;

/// The lists of `tests/news-words.json`.
struct Words {
    names: Vec<String>,
    words: Vec<String>,
    syllables: Vec<String>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../news-words.json")).expect("news-words.json");
        let list = |key: &str| -> Vec<String> {
            let items = json[key].as_array().expect("a list");
            items
                .iter()
                .map(|w| w.as_str().unwrap().to_string())
                .collect()
        };
        Words {
            names: list("names"),
            words: list("words"),
            syllables: list("syllables"),
        }
    })
}

/// A small deterministic generator (xorshift64*), so tests need no random crate.
pub struct Seeded(u64);

impl Seeded {
    pub fn new(seed: u64) -> Seeded {
        Seeded(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }

    fn pick<'a>(&mut self, from: &'a [String]) -> &'a str {
        &from[self.below(from.len())]
    }
}

/// A made-up capitalised word no list or cluster knows (`Kavorint`).
pub fn made_up(r: &mut Seeded) -> String {
    let mut w = String::new();
    for _ in 0..2 + r.below(3) {
        w.push_str(r.pick(&words().syllables));
    }
    w[..1].to_uppercase() + &w[1..]
}

/// A text of `sentences` sentences from `seed`: lines of news, now and then a headline.
pub fn news(seed: u64, sentences: usize) -> String {
    let (names, plain) = (&words().names, &words().words);
    let mut r = Seeded::new(seed);
    let mut text = String::new();
    for _ in 0..sentences {
        if r.below(8) == 0 {
            let head = [r.pick(names), r.pick(plain), r.pick(names)].join(" ");
            text.push_str(&head.to_uppercase());
            text.push('\n');
            continue;
        }
        let mut sentence: Vec<String> = Vec::new();
        for k in 0..4 + r.below(10) {
            let w = match r.below(5) {
                0 | 1 => r.pick(names).to_string(),
                2 if k > 0 && r.below(3) == 0 => made_up(&mut r),
                _ => r.pick(plain).to_string(),
            };
            sentence.push(w);
        }
        let sentence = sentence.join(" ");
        text.push_str(&(sentence[..1].to_uppercase() + &sentence[1..]));
        text.push_str(if r.below(4) == 0 { ".\n" } else { ". " });
    }
    text
}

/// A long text in which almost every word is a new form: enough distinct forms to fill the
/// name model's kept sums (about 64k rows, five or more a form) several times over.
pub fn many_forms(seed: u64, words: usize) -> String {
    let mut r = Seeded::new(seed);
    let mut text = String::new();
    for k in 0..words {
        text.push_str(&made_up(&mut r));
        text.push_str(&k.to_string());
        text.push_str(if k % 12 == 11 { " said Musk.\n" } else { " " });
    }
    text
}
