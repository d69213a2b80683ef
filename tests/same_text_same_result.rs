//! A text's annotations are a function of the options and the text alone: spans, labels,
//! values and scores come out bit for bit the same whether the text is annotated first, after
//! many others (also after texts long enough to fill every bounded cache), by another
//! `Annotator`, or in another thread.

#[path = "common/news.rs"]
mod news;

use highlit::{Annotation, Annotator, Options};
use proptest::prelude::*;

/// What a fresh annotator with `options` finds in `text`.
fn alone(options: &Options, text: &str) -> Vec<Annotation> {
    Annotator::new(options).unwrap().annotate(text)
}

/// Annotations with their scores as bits, so that a difference in the last bit shows.
fn exact(found: &[Annotation]) -> Vec<(Annotation, Option<u32>)> {
    found
        .iter()
        .map(|a| (a.clone(), a.score.map(f32::to_bits)))
        .collect()
}

/// Annotates `texts` in turn with one annotator and checks each against a fresh one.
fn check_in_order(options: &Options, texts: &[String]) {
    let shared = Annotator::new(options).unwrap();
    for (k, text) in texts.iter().enumerate() {
        assert_eq!(
            exact(&shared.annotate(text)),
            exact(&alone(options, text)),
            "text {k} of {}, after the others: {:.200}",
            texts.len(),
            text
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn each_text_reads_as_it_reads_alone_in_any_order(
        seeds in prop::collection::vec((any::<u64>(), 1usize..30), 2..12)
            .prop_shuffle(),
    ) {
        let texts: Vec<String> = seeds.iter().map(|&(s, n)| news::news(s, n)).collect();
        check_in_order(&Options::default(), &texts);
    }
}

#[test]
fn texts_after_one_that_fills_the_kept_sums_read_as_alone() {
    let small: Vec<String> = (0..6).map(|s| news::news(s, 12)).collect();
    let mut texts = small.clone();
    texts.push(news::many_forms(1, 30_000));
    texts.extend(small.iter().rev().cloned());
    texts.push(news::many_forms(2, 30_000));
    texts.extend(small);
    check_in_order(&Options::default(), &texts);
}

/// What a fresh annotator with `options` finds in `text` on a thread of its own, where no
/// text was read before: nothing is kept there yet, no weight sums and no buffers.
fn on_a_new_thread(options: &Options, text: &str) -> Vec<Annotation> {
    std::thread::scope(|scope| scope.spawn(|| alone(options, text)).join().unwrap())
}

#[test]
fn a_text_after_others_reads_as_on_a_thread_that_read_nothing() {
    // A thread keeps what one text's annotating wrote for the next (the weight sums, the
    // name finder's prepared document, scores and lattices): a text after others, short
    // after long and long after short, reads as where nothing was read before.
    let mut texts: Vec<String> = (300..304).map(|s| news::news(s, 25)).collect();
    texts.insert(2, news::news(310, 1));
    texts.push(news::many_forms(4, 8_000));
    texts.extend((320..323).map(|s| news::news(s, 3)));
    let shared = Annotator::default();
    for (k, text) in texts.iter().enumerate() {
        assert_eq!(
            exact(&shared.annotate(text)),
            exact(&on_a_new_thread(&Options::default(), text)),
            "text {k} after the others: {text:.200}"
        );
    }
}

#[test]
fn the_free_annotate_keeps_its_annotator_and_reads_each_text_as_alone() {
    // `highlit::annotate` shares one default annotator between calls: after other texts (one
    // long enough to fill the kept sums) each text reads as a fresh annotator reads it.
    let mut texts: Vec<String> = (200..210).map(|s| news::news(s, 12)).collect();
    texts.insert(4, news::many_forms(3, 30_000));
    for (k, text) in texts.iter().enumerate() {
        assert_eq!(
            exact(&highlit::annotate(text)),
            exact(&alone(&Options::default(), text)),
            "text {k} after the others"
        );
    }
}

#[test]
fn options_and_order_do_not_mix() {
    // A gazetteer, a reference date and a label filter: the same texts in two orders.
    let options: Options = serde_json::from_str(
        r#"{"labels": ["PERSON", "ORG", "DATE"], "referenceDate": "2026-12-05",
            "gazetteer": {"ORG": ["Kavorint"], "PERSON": ["Zorblat Quux"]}}"#,
    )
    .unwrap();
    let mut texts: Vec<String> = (10..20).map(|s| news::news(s, 15)).collect();
    check_in_order(&options, &texts);
    texts.reverse();
    check_in_order(&options, &texts);
}

#[test]
fn threads_sharing_one_annotator_read_each_text_as_alone() {
    let shared = Annotator::default();
    let texts: Vec<String> = (100..140).map(|s| news::news(s, 10)).collect();
    std::thread::scope(|scope| {
        for part in texts.chunks(10) {
            let shared = &shared;
            scope.spawn(move || {
                for text in part {
                    assert_eq!(
                        exact(&shared.annotate(text)),
                        exact(&alone(&Options::default(), text)),
                        "{text:.200}"
                    );
                }
            });
        }
    });
}
