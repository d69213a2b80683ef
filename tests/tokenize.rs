//! Tokenizer and sentence splitter: named table cases, then properties over any string.

use highlit::tokenize::{tokenize, TokenKind};
use proptest::prelude::*;

fn words(text: &str) -> Vec<&str> {
    tokenize(text)
        .tokens
        .iter()
        .map(|t| t.span.of(text))
        .collect()
}

/// (name, input, expected tokens joined by " | ")
const CASES: &[(&str, &str, &str)] = &[
    (
        "numbers keep separators",
        "95,000 and 1,234.5 or 1.5",
        "95,000 | and | 1,234.5 | or | 1.5",
    ),
    ("percent splits", "20% of", "20 | % | of"),
    (
        "currency symbol splits",
        "$5 and £3.2bn",
        "$ | 5 | and | £ | 3.2 | bn",
    ),
    (
        "scale and unit suffixes split",
        "95k, 10km",
        "95 | k | , | 10 | km",
    ),
    (
        "ordinal and decade suffixes stay",
        "21st in the 1990s",
        "21st | in | the | 1990s",
    ),
    (
        "abbreviations keep their period",
        "the U.S. and Mr. Smith of Acme Inc. on Jan. 5",
        "the | U.S. | and | Mr. | Smith | of | Acme | Inc. | on | Jan. | 5",
    ),
    (
        "initials keep their period",
        "J. R. R. Tolkien",
        "J. | R. | R. | Tolkien",
    ),
    (
        "times of day",
        "at 3 p.m. or 15:30",
        "at | 3 | p.m. | or | 15:30",
    ),
    (
        "possessive with typographic apostrophe",
        "Trump’s envoy",
        "Trump | ’s | envoy",
    ),
    (
        "possessive with ASCII apostrophe",
        "Putin's stance",
        "Putin | 's | stance",
    ),
    (
        "contractions",
        "don't, we're, they'll",
        "do | n't | , | we | 're | , | they | 'll",
    ),
    (
        "a clitic written apart is the token written on gives (text rebuilt from tokens)",
        "PFIZER 'S CHIEF , Pfizer 's chief , they 're here , did n't",
        "PFIZER | 'S | CHIEF | , | Pfizer | 's | chief | , | they | 're | here | , | did | n't",
    ),
    (
        "an apostrophe that opens a quote stays apart",
        "the 's' key, 'sup, Rock 'n' roll",
        "the | ' | s | ' | key | , | ' | sup | , | Rock | ' | n | ' | roll",
    ),
    (
        "hyphenated names split",
        "US-Russia talks",
        "US | - | Russia | talks",
    ),
    (
        "name before a lower-case part splits",
        "US-brokered deal",
        "US | - | brokered | deal",
    ),
    (
        "lower-case compounds stay",
        "full-scale, state-of-the-art, forty-three",
        "full-scale | , | state-of-the-art | , | forty-three",
    ),
    (
        "hyphenated given names stay",
        "Ban Ki-moon, Park Geun-hye, Moon Jae-in, Chiang Kai-shek",
        "Ban | Ki-moon | , | Park | Geun-hye | , | Moon | Jae-in | , | Chiang | Kai-shek",
    ),
    (
        "a place before an English word splits",
        "Iraq-born, Iran-led, Gaza-run",
        "Iraq | - | born | , | Iran | - | led | , | Gaza | - | run",
    ),
    (
        "names of two capitalised parts split",
        "Jean-Claude Juncker, Coca-Cola",
        "Jean | - | Claude | Juncker | , | Coca | - | Cola",
    ),
    ("codes stay", "F-16 and COVID-19", "F-16 | and | COVID-19"),
    ("ISO dates stay", "on 2026-11-29.", "on | 2026-11-29 | ."),
    ("slash dates stay", "on 11/29/2026", "on | 11/29/2026"),
    (
        "phone numbers stay",
        "call 555-123-4567",
        "call | 555-123-4567",
    ),
    ("ranges split", "10-15 people", "10 | - | 15 | people"),
    (
        "URLs are one token",
        "see https://example.org/a?b=c. Then",
        "see | https://example.org/a?b=c | . | Then",
    ),
    (
        "www URLs are one token",
        "(www.example.com)",
        "( | www.example.com | )",
    ),
    (
        "schemes in any case are URLs",
        "HTTPS://EXAMPLE.ORG and Www.Example.com",
        "HTTPS://EXAMPLE.ORG | and | Www.Example.com",
    ),
    (
        "a scheme inside a word or with nothing after it is no URL",
        "xhttp://a.io awww.a.io http:// www. done",
        "xhttp | : | / | / | a.io | awww.a.io | http | : | / | / | www | . | done",
    ),
    (
        "a URL right after an e-mail address is its own token",
        "a@b.org,http://c.io",
        "a@b.org | , | http://c.io",
    ),
    (
        "a domain with a path is one token",
        "see example.com/q?a=30%25, (bbc.co.uk/news/2024)",
        "see | example.com/q?a=30%25 | , | ( | bbc.co.uk/news/2024 | )",
    ),
    (
        "slashes after abbreviations and numbers are no paths",
        "U.S./Canada 3.5/4 and/or",
        "U.S. | / | Canada | 3.5 | / | 4 | and | / | or",
    ),
    (
        "e-mail addresses are one token",
        "mail jane.doe+x@mail.example.co.uk, now",
        "mail | jane.doe+x@mail.example.co.uk | , | now",
    ),
    (
        "e-mail addresses never overlap (found by cargo fuzz)",
        "ZjZ@Af.fllA@Af.fllA",
        "ZjZ@Af.fllA | @ | Af.fllA",
    ),
    ("ellipsis is one token", "wait... what", "wait | ... | what"),
];

#[test]
fn table() {
    let mut failed = Vec::new();
    for (name, input, want) in CASES {
        let got = words(input).join(" | ");
        if got != *want {
            failed.push(format!("{name}: {input:?}\n   got  {got}\n   want {want}"));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        CASES.len(),
        failed.join("\n")
    );
}

#[test]
fn token_kinds() {
    let text = "Putin paid $5, see https://a.io or a@b.org 😀";
    let kinds: Vec<TokenKind> = tokenize(text).tokens.iter().map(|t| t.kind).collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        [Word, Word, Symbol, Number, Punct, Word, Url, Word, Email, Symbol]
    );
}

/// Every ASCII punctuation character alone: the ones that are symbols (`$`, `%`, `+`, …)
/// and the ones that are punctuation (`.`, `,`, `"`, `(`, …).
#[test]
fn ascii_punctuation_and_symbols() {
    let symbols = "$%+<=>^`|~#&*@\\";
    for c in (b'!'..=b'~')
        .map(char::from)
        .filter(char::is_ascii_punctuation)
    {
        let text = format!("a {c} b");
        let kind = tokenize(&text).tokens[1].kind;
        let expected = if symbols.contains(c) {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        };
        assert_eq!(kind, expected, "{c:?}");
    }
}

fn sentences(text: &str) -> Vec<String> {
    let t = tokenize(text);
    t.sentences
        .iter()
        .map(|r| {
            t.tokens[r.clone()]
                .iter()
                .map(|tok| tok.span.of(text))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn sentences_end_at_terminals_and_line_breaks() {
    assert_eq!(
        sentences("He left. She stayed! Why? Yes"),
        ["He left .", "She stayed !", "Why ?", "Yes"]
    );
    assert_eq!(
        sentences("One line\nAnother line"),
        ["One line", "Another line"]
    );
    assert_eq!(
        sentences("He said \"no.\" Then left."),
        ["He said \" no . \"", "Then left ."]
    );
    // A number's `'s` is split into the apostrophe and the `s`; the period after that `s` is
    // the sentence's, not an initial's.
    assert_eq!(
        sentences("Prices soared in the 1990's. Then they fell in the 90’s."),
        [
            "Prices soared in the 1990 ' s .",
            "Then they fell in the 90 ’ s ."
        ]
    );
    // A unit letter against its number is no initial either (`35C.`), but an initial within
    // a word still is (`5 p.m.` is a time).
    assert_eq!(
        sentences("It reached 35C. Then it ran 100m. At 5 p.m. it rained."),
        [
            "It reached 35 C .",
            "Then it ran 100 m .",
            "At 5 p.m. it rained ."
        ]
    );
    // So is a unit's letter after its slash (`km/h.`); a name's initial after a slash
    // written apart is still one (`A / J. Smith`).
    assert_eq!(
        sentences("Winds hit 120 km/h. Then 50 m/s. He met A / J. Smith."),
        [
            "Winds hit 120 km / h .",
            "Then 50 m / s .",
            "He met A / J. Smith ."
        ]
    );
}

#[test]
fn abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences("Mr. Smith met the U.S. President on Jan. 5 at Acme Inc. today."),
        ["Mr. Smith met the U.S. President on Jan. 5 at Acme Inc. today ."]
    );
    assert_eq!(
        sentences("a decimal 3.5 stays. Next"),
        ["a decimal 3.5 stays .", "Next"]
    );
}

#[test]
fn empty_and_blank_texts() {
    assert!(tokenize("").tokens.is_empty());
    assert!(tokenize(" \n\t\u{a0}").tokens.is_empty());
    assert!(tokenize("").sentences.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Tokens and the gaps between them rebuild the input; gaps are whitespace only; tokens
    /// are non-empty, in order, on char boundaries; sentences cover every token once, in order.
    #[test]
    fn tokens_and_gaps_rebuild_the_input(text in "(\\PC|[ \\n.,'’$%-]|[A-Z][a-z]+|[0-9]{1,5}){0,60}") {
        check_tokens(&text);
    }

    #[test]
    fn any_string_tokenizes(text in any::<String>()) {
        check_tokens(&text);
    }
}

fn check_tokens(text: &str) {
    let t = tokenize(text);
    let mut rebuilt = String::new();
    let mut pos = 0;
    for tok in &t.tokens {
        assert!(
            tok.span.start >= pos && tok.span.end > tok.span.start,
            "{tok:?} in {text:?}"
        );
        assert!(text.is_char_boundary(tok.span.start) && text.is_char_boundary(tok.span.end));
        let gap = &text[pos..tok.span.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "gap {gap:?} in {text:?}"
        );
        rebuilt.push_str(gap);
        rebuilt.push_str(tok.span.of(text));
        pos = tok.span.end;
    }
    assert!(text[pos..].chars().all(char::is_whitespace));
    rebuilt.push_str(&text[pos..]);
    assert_eq!(rebuilt, text);
    let mut next = 0;
    for s in &t.sentences {
        assert_eq!(s.start, next);
        assert!(s.end > s.start);
        next = s.end;
    }
    assert_eq!(next, t.tokens.len());
}
