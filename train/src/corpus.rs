//! Reading CoNLL-2003: each document rebuilt as the text a reader would paste (tokens joined
//! by single spaces, sentences by newlines), its gold names as byte spans of that text; then
//! tokenized by highlit itself, with the gold names projected onto highlit's tokens.
//!
//! This is the one place the rebuild is written: the benchmarks read the same text, written
//! by `highlit-train text` (see [`write_text`]).

use crate::Res;
use highlit::tokenize::{tokenize, Tokens};
use highlit::train as ner;
use highlit::Span;
use std::io::Write;
use std::ops::Range;

/// A CoNLL document rebuilt as text, with its gold names as byte spans (type index into
/// `ner::TYPES`).
pub struct Document {
    pub text: String,
    pub gold: Vec<(Span, usize)>,
}

/// A [`Document`] tokenized by highlit, with the gold BILOU tags of highlit's tokens.
pub struct Doc {
    pub text: String,
    pub gold: Vec<(Span, usize)>,
    pub tokens: Tokens,
    pub tags: Vec<u8>,
    /// The name types its corpus annotates (bit `1 << type`): where a type is missing, an
    /// `O` token may be a name of that type.
    pub labels: u8,
    /// How much its corpus's updates count.
    pub weight: f32,
}

/// Every name type.
pub const ALL_LABELS: u8 = 0b1111;

impl Doc {
    /// `d` tokenized, from a corpus that annotates `labels`, weighted `weight`.
    /// Names of types outside `labels` are dropped: the corpus's idea of them (CrossNER's
    /// and Re-DocRED's MISC hold works and awards) is not the model's, so their tokens are
    /// read as any of the missing types or none.
    pub fn new(mut d: Document, labels: u8, weight: f32) -> Doc {
        d.gold.retain(|&(_, ty)| labels & (1 << ty) != 0);
        let tokens = tokenize(&d.text);
        let tags = project(&tokens, &d.gold);
        Doc {
            text: d.text,
            gold: d.gold,
            tokens,
            tags,
            labels,
            weight,
        }
    }
}

impl From<Document> for Doc {
    fn from(d: Document) -> Doc {
        Doc::new(d, ALL_LABELS, 1.0)
    }
}

/// Writes `docs` as one text, each document followed by a newline: what the benchmarks
/// annotate (`make bench` writes it with `highlit-train text`).
pub fn write_text(docs: &[Document], out: &mut impl Write) -> std::io::Result<()> {
    for doc in docs {
        out.write_all(doc.text.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The type index (into `ner::TYPES`) of a CoNLL tag's type.
pub fn conll_type(t: &str) -> Option<usize> {
    match t {
        "PER" => Some(0),
        "ORG" => Some(1),
        "LOC" => Some(2),
        "MISC" => Some(3),
        _ => None,
    }
}

/// How a file's sentences group into documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// Split at `-DOCSTART-` lines: news articles, web documents.
    Documents,
    /// Every blank-line block is a document of its own: tweets, posts, paragraphs with no
    /// document around them (their names must not become each other's context).
    Blocks,
}

/// The documents of the CoNLL file at `path` (split at `-DOCSTART-`), rebuilt as text.
pub fn read_documents(path: &str) -> Res<Vec<Document>> {
    read_grouped(path, Grouping::Documents)
}

/// The documents of the file at `path`, grouped as `grouping` says, rebuilt as text.
pub fn read_grouped(path: &str, grouping: Grouping) -> Res<Vec<Document>> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(parse_documents(&raw, grouping))
}

/// One token line: its word and its IOB tag (the last column: CoNLL-2003 has four, the
/// web and social sets two, the 2020 news set `word start end TAG`).
struct Line<'a> {
    word: &'a str,
    tag: &'a str,
}

fn line(text: &str) -> Line<'_> {
    let word = text.split(' ').next().unwrap_or(text);
    let tag = text.rsplit(' ').next().unwrap_or("O");
    Line { word, tag }
}

/// The documents of CoNLL-format text `raw` (see [`read_grouped`]).
pub(crate) fn parse_documents(raw: &str, grouping: Grouping) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut sentences: Vec<Vec<Line>> = Vec::new();
    let mut sent: Vec<Line> = Vec::new();
    let mut flush_doc = |sentences: &mut Vec<Vec<Line>>| {
        if !sentences.is_empty() {
            docs.push(build_doc(sentences));
            sentences.clear();
        }
    };
    for text in raw.lines() {
        if text.trim().is_empty() {
            if !sent.is_empty() {
                sentences.push(std::mem::take(&mut sent));
                if grouping == Grouping::Blocks {
                    flush_doc(&mut sentences);
                }
            }
        } else if text.starts_with("-DOCSTART-") {
            if !sent.is_empty() {
                sentences.push(std::mem::take(&mut sent));
            }
            flush_doc(&mut sentences);
        } else {
            sent.push(line(text));
        }
    }
    if !sent.is_empty() {
        sentences.push(sent);
    }
    flush_doc(&mut sentences);
    docs
}

/// One document's text and gold names from its sentences of token lines: tokens joined by
/// single spaces, sentences by newlines. A name's edge tokens without a letter or digit are
/// left out of it (but for brackets and quotes paired inside it), and a name of such tokens
/// alone is no name: highlit never starts or ends a name so, and BTC tags the `@` split off
/// a mention as a name of its own.
fn build_doc(sentences: &[Vec<Line>]) -> Document {
    let mut text = String::new();
    let mut gold = Vec::new();
    for (k, sent) in sentences.iter().enumerate() {
        if k > 0 {
            text.push('\n');
        }
        // The open name: its type and its tokens' byte spans.
        let mut open: Option<(usize, Vec<Span>)> = None;
        for (j, l) in sent.iter().enumerate() {
            if j > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(l.word);
            let span = Span::new(start, text.len());
            let (bio, ty) = l.tag.split_once('-').unwrap_or(("O", ""));
            match (bio, conll_type(ty), &mut open) {
                ("I", Some(t), Some((ot, spans))) if t == *ot => spans.push(span),
                (_, Some(t), _) => {
                    close(&text, open.take(), &mut gold);
                    open = Some((t, vec![span]));
                }
                _ => close(&text, open.take(), &mut gold),
            }
        }
        close(&text, open.take(), &mut gold);
    }
    Document { text, gold }
}

/// Adds the name `open` (type, token spans) to `gold`, without its edge punctuation as
/// highlit reads a name (`highlit::train::without_punctuation_edges`), if a word is left.
fn close(text: &str, open: Option<(usize, Vec<Span>)>, gold: &mut Vec<(Span, usize)>) {
    let Some((ty, spans)) = open else { return };
    let words: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
    let r = highlit::train::without_punctuation_edges(&words, 0..words.len());
    if !r.is_empty() {
        gold.push((Span::new(spans[r.start].start, spans[r.end - 1].end), ty));
    }
}

/// BILOU tags of highlit's tokens: a token belongs to the gold name its first byte lies in;
/// names are cut at highlit's sentence ends.
fn project(tokens: &Tokens, gold: &[(Span, usize)]) -> Vec<u8> {
    let mut owner: Vec<Option<usize>> = vec![None; tokens.tokens.len()];
    let mut g = 0;
    for (i, t) in tokens.tokens.iter().enumerate() {
        while g < gold.len() && gold[g].0.end <= t.span.start {
            g += 1;
        }
        if g < gold.len() && gold[g].0.start <= t.span.start {
            owner[i] = Some(g);
        }
    }
    let mut ents: Vec<(Range<usize>, usize)> = Vec::new();
    for sent in &tokens.sentences {
        let mut i = sent.start;
        while i < sent.end {
            if let Some(o) = owner[i] {
                let mut j = i + 1;
                while j < sent.end && owner[j] == Some(o) {
                    j += 1;
                }
                ents.push((i..j, gold[o].1));
                i = j;
            } else {
                i += 1;
            }
        }
    }
    ner::bilou(tokens.tokens.len(), &ents)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONLL: &str = "-DOCSTART- -X- -X- O\n\n\
        EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\n\
        Peter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n\
        RT O\n@ B-ORG\nSportsCenter B-ORG\n: O\n\" B-PER\nAl I-PER\n- I-PER\n\
        Proleter B-ORG\n( I-ORG\nZ I-ORG\n) I-ORG\n\n\
        -DOCSTART- -X- -X- O\n\nBRUSSELS NNP B-NP B-LOC\n";

    fn documents() -> Vec<Document> {
        parse_documents(CONLL, Grouping::Documents)
    }

    #[test]
    fn documents_are_rebuilt_as_text_with_their_names() {
        let docs = documents();
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!(
            d.text,
            "EU rejects German call\nPeter Blackburn\nRT @ SportsCenter : \" Al - Proleter ( Z )"
        );
        let names: Vec<(&str, usize)> = d.gold.iter().map(|(s, ty)| (s.of(&d.text), *ty)).collect();
        assert_eq!(
            names,
            [
                ("EU", 1),
                ("German", 3),
                ("Peter Blackburn", 0),
                ("SportsCenter", 1),
                ("Al", 0),
                ("Proleter ( Z )", 1)
            ],
            "a name's punctuation edges, and a name of punctuation, are left out; paired brackets stay"
        );
        let mut text = Vec::new();
        write_text(&docs, &mut text).unwrap();
        assert_eq!(
            text,
            b"EU rejects German call\nPeter Blackburn\nRT @ SportsCenter : \" Al - Proleter ( Z )\nBRUSSELS\n"
        );
    }

    #[test]
    fn gold_names_become_bilou_tags_of_highlits_tokens() {
        let doc = Doc::from(documents().remove(0));
        let t = |pos: usize, ty: usize| (1 + 4 * ty + pos) as u8; // B I L U = 0 1 2 3
        assert_eq!(
            doc.tags,
            [
                t(3, 1),
                0,
                t(3, 3),
                0,
                t(0, 0),
                t(2, 0),
                0,
                0,
                t(3, 1),
                0,
                0,
                t(3, 0),
                0,
                t(0, 1),
                t(1, 1),
                t(1, 1),
                t(2, 1)
            ]
        );
    }
}
