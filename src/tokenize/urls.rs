//! Web addresses and e-mail addresses, found before word segmentation so each is one token.

use super::{Token, TokenKind};
use crate::span::Span;

/// URLs (`https://…`, `www.…`) and e-mail addresses, in order, without trailing punctuation.
pub(super) fn find_urls_and_emails(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Where the last address found ends: nothing found starts before it.
    let mut floor = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Only the bytes of [`OPENERS`] can tell that an address is here: the bytes between
        // are skipped in one tight loop over a table.
        match bytes[i..].iter().position(|&b| OPENERS[usize::from(b)]) {
            Some(k) => i += k,
            None => break,
        }
        let found = match bytes[i] {
            b':' | b'.' => scheme_url(text, floor, i),
            // `example.com/page?id=30%25`: a domain without a scheme, with a path.
            b'/' => domain_before(text, floor, i)
                .map(|start| (start, i + url_len(&text[i..])))
                .filter(|&(_, end)| end > i + 1),
            _ => email_around(text, floor, i).map(|span| (span.start, span.end)),
        };
        match found {
            Some((start, end)) => {
                out.push(address(bytes[i], start, end));
                floor = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The address token from byte `start` to `end`, found at the byte `opener`: an e-mail
/// address at an `@`, else a web address.
fn address(opener: u8, start: usize, end: usize) -> Token {
    Token {
        span: Span::new(start, end),
        kind: if opener == b'@' {
            TokenKind::Email
        } else {
            TokenKind::Url
        },
    }
}

/// The web address whose scheme (`https://`, `http://`, `www.`) has its `:` or `.` at byte
/// `at` of `text`, as its start and end: a scheme counts at a word's start only, not before
/// `floor`, and with something after it.
fn scheme_url(text: &str, floor: usize, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let is = |start: usize, word: &str| {
        start >= floor
            && bytes[start..at].eq_ignore_ascii_case(word.as_bytes())
            && (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
    };
    let start = if bytes[at] == b'.' {
        at.checked_sub(3).filter(|&s| is(s, "www"))?
    } else if bytes[at + 1..].starts_with(b"//") {
        [5, 4]
            .into_iter()
            .filter_map(|n| at.checked_sub(n))
            .find(|&s| is(s, &"https"[..at - s]))?
    } else {
        return None;
    };
    let scheme_end = at + if bytes[at] == b'.' { 1 } else { 3 };
    let end = start + url_len(&text[start..]);
    (end > scheme_end).then_some((start, end))
}

/// The bytes [`find_urls_and_emails`] stops at: `:` (of `http://`), `.` (of `www.`), `@`
/// (an e-mail address) and `/` (a path after a domain). Every scheme is found by its `:` or
/// `.`, which are rarer than its first letter: `h` and `w` are mostly inside words.
static OPENERS: [bool; 256] = {
    let mut t = [false; 256];
    t[b':' as usize] = true;
    t[b'.' as usize] = true;
    t[b'@' as usize] = true;
    t[b'/' as usize] = true;
    t
};

/// How far a web address that starts `rest` reaches: to a space or a bracket or quote that
/// cannot be in one, less the punctuation a sentence puts after it.
fn url_len(rest: &str) -> usize {
    let len = rest
        .find(|c: char| c.is_whitespace() || "<>\"“”".contains(c))
        .unwrap_or(rest.len());
    rest[..len]
        .trim_end_matches(|c: char| ".,;:!?)]}'’".contains(c))
        .len()
}

/// The start of a domain name (`example.com`, `news.bbc.co.uk`) ending at byte `end`, not
/// before `floor`: labels of letters, digits and hyphens joined by dots, the last of two or
/// more letters, after a space or the start of the text.
fn domain_before(text: &str, floor: usize, end: usize) -> Option<usize> {
    let before = &text[floor..end];
    let ok = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let domain = &before[before.trim_end_matches(ok).len()..];
    let start = end - domain.len();
    let boundary = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "(\"“'‘[".contains(c));
    let tld = domain.rsplit('.').next().unwrap_or("");
    let labels_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && !l.starts_with('-'));
    (boundary
        && domain.contains('.')
        && labels_ok
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic()))
    .then_some(start)
}

/// The e-mail address around the `@` at byte `at`, starting no earlier than `floor` (the end
/// of the previous URL or address, so two never overlap).
fn email_around(text: &str, floor: usize, at: usize) -> Option<Span> {
    let local_ok = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let domain_ok = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
    let before = &text[floor..at];
    let local_len = before.len() - before.trim_end_matches(local_ok).len();
    let start = at - local_len;
    let after = &text[at + 1..];
    let domain_len = after.len() - after.trim_start_matches(domain_ok).len();
    let domain = after[..domain_len].trim_end_matches(['.', '-']);
    let local = &text[start..at];
    let tld = domain.rsplit('.').next().unwrap_or("");
    let ok = !local.is_empty()
        && !local.starts_with('.')
        && domain.contains('.')
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic());
    ok.then(|| Span::new(start, at + 1 + domain.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The addresses as the rules define them, read at every character in turn: a scheme at
    /// a word's start, a path after a domain at a `/`, an address around an `@`.
    fn at_every_character(text: &str) -> Vec<Token> {
        let bytes = text.as_bytes();
        let (mut out, mut floor) = (Vec::new(), 0);
        for (i, _) in text.char_indices() {
            if i < floor {
                continue;
            }
            let rest = &text[i..];
            let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
            let scheme = ["https://", "http://", "www."].into_iter().find(|p| {
                boundary
                    && rest.len() >= p.len()
                    && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            });
            let found = match (scheme, bytes[i]) {
                (Some(p), _) => Some((i, i + url_len(rest))).filter(|&(_, e)| e > i + p.len()),
                (None, b'/') => domain_before(text, floor, i)
                    .map(|s| (s, i + url_len(rest)))
                    .filter(|&(_, e)| e > i + 1),
                (None, b'@') => email_around(text, floor, i).map(|s| (s.start, s.end)),
                _ => None,
            };
            if let Some((start, end)) = found {
                out.push(address(bytes[i], start, end));
                floor = end;
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// Skipping to the bytes that can tell an address ([`OPENERS`]) finds what reading at
        /// every character finds.
        #[test]
        fn openers_find_what_every_character_finds(
            text in "(https?|HTTP|www|WWW|w|h|://|:/|[./@:]|com|uk|a1|[a-zA-Z]|[ \n(),'’é-]){0,24}"
        ) {
            prop_assert_eq!(find_urls_and_emails(&text), at_every_character(&text));
        }
    }
}
