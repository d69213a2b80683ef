#![allow(dead_code)] // each crate that includes this file uses part of it
//! Corpora as JSONL `{"id","text"}` lines, built at run time: news-like documents from a seed
//! (`news.rs`, which the including crate declares as `mod news` beside this one), and the
//! documents of a CoNLL-2020 file rebuilt at their character offsets.

use super::news;

/// `{"id":id,"text":text}` and a newline.
pub fn line(id: impl Into<serde_json::Value>, text: &str) -> String {
    serde_json::json!({"id": id.into(), "text": text}).to_string() + "\n"
}

/// Document `k` of the news-like corpus from `seed`: 1 to 40 sentences, now and then a long
/// one full of new forms, so documents differ in cost.
pub fn news_doc(seed: u64, k: u64) -> String {
    let s = seed.wrapping_mul(1_000_003).wrapping_add(k);
    match k % 97 {
        13 => news::many_forms(s, 2_000),
        _ => news::news(s, 1 + (s % 40) as usize),
    }
}

/// The documents of a CoNLL-2020 file (`token start end tag` lines, `-DOCSTART-` between
/// documents), each rebuilt as its text: tokens at their character offsets, spaces between.
pub fn conll2020_docs(data: &str) -> Vec<String> {
    let mut docs: Vec<Vec<(&str, usize, usize)>> = Vec::new();
    for line in data.lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        if parts[0] == "-DOCSTART-" {
            docs.push(Vec::new());
            continue;
        }
        let (Some(doc), [token, start, end, _, ..]) = (docs.last_mut(), &parts[..]) else {
            continue;
        };
        if let (Ok(start), Ok(end)) = (start.parse(), end.parse()) {
            doc.push((*token, start, end));
        }
    }
    docs.iter()
        .map(|tokens| {
            let len = tokens.iter().map(|t| t.2).max().unwrap_or(0);
            let mut chars = vec![' '; len];
            for &(token, start, end) in tokens {
                let mut token = token.chars().chain(std::iter::repeat(' '));
                for c in &mut chars[start..end] {
                    *c = token.next().unwrap();
                }
            }
            chars.into_iter().collect()
        })
        .collect()
}
