//! Names from the model, merged with numbers, and the user gazetteer option.

use highlit::{Annotator, BuildError, Label, Options};
use std::collections::HashMap;

fn names(text: &str, options: &Options) -> Vec<(String, Label)> {
    Annotator::new(options)
        .unwrap()
        .annotate(text)
        .into_iter()
        .map(|a| (a.span.of(text).to_string(), a.label))
        .collect()
}

#[test]
fn people_places_and_dates_come_in_one_sorted_list() {
    let text = "Russian President Vladimir Putin met Donald Trump in Alaska on Friday.";
    let found = Annotator::new(&Options::default()).unwrap().annotate(text);
    for w in found.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    let got: Vec<(&str, Label)> = found.iter().map(|a| (a.span.of(text), a.label)).collect();
    assert!(got.contains(&("Vladimir Putin", Label::Person)), "{got:?}");
    assert!(got.contains(&("Donald Trump", Label::Person)), "{got:?}");
    assert!(got.contains(&("Alaska", Label::Loc)), "{got:?}");
    assert!(got.contains(&("Friday", Label::Date)), "{got:?}");
    for a in found.iter().filter(|a| a.label.is_name()) {
        let s = a.score.expect("names carry a score");
        assert!((0.0..=1.0).contains(&s));
    }
}

#[test]
fn label_filter_applies_to_names() {
    let options = Options {
        labels: Some(vec!["PERSON".into()]),
        ..Options::default()
    };
    let got = names("Angela Merkel visited Paris on 3 May 2021.", &options);
    assert_eq!(got, vec![("Angela Merkel".to_string(), Label::Person)]);
}

#[test]
fn user_gazetteer_entry_sways_the_label() {
    // The model alone reads the made-up `Zorblat Quux` as an organisation; listed as a
    // person in the user's gazetteer, it reads as a person.
    let text = "The post went up on Zorblat Quux late on Friday.";
    let plain = names(text, &Options::default());
    let options = Options {
        gazetteer: Some(HashMap::from([(
            "PERSON".to_string(),
            vec!["Zorblat Quux".to_string()],
        )])),
        ..Options::default()
    };
    let with = names(text, &options);
    let person = ("Zorblat Quux".to_string(), Label::Person);
    assert!(!plain.contains(&person), "without the gazetteer: {plain:?}");
    assert!(with.contains(&person), "without: {plain:?}, with: {with:?}");
}

#[test]
fn user_gazetteer_does_not_override_context() {
    // A list entry is evidence: a common lower-case word stays a word.
    let options = Options {
        gazetteer: Some(HashMap::from([(
            "PERSON".to_string(),
            vec!["the".to_string(), "said".to_string()],
        )])),
        ..Options::default()
    };
    let got = names("the minister said the talks would go on.", &options);
    assert!(got.iter().all(|(_, l)| *l != Label::Person), "{got:?}");
}

#[test]
fn user_gazetteer_labels_are_checked() {
    for bad in ["PEOPLE", "DATE"] {
        let options = Options {
            gazetteer: Some(HashMap::from([(bad.to_string(), vec!["x".to_string()])])),
            ..Options::default()
        };
        let err = Annotator::new(&options).unwrap_err();
        assert_eq!(err, BuildError::InvalidGazetteerLabel { name: bad.into() });
        assert_eq!(err.kind(), "InvalidGazetteerLabel");
    }
}

#[test]
fn user_gazetteer_deserializes_from_json() {
    let options: Options =
        serde_json::from_str(r#"{"gazetteer": {"PERSON": ["Keir Starmer"]}}"#).unwrap();
    assert!(Annotator::new(&options).is_ok());
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "",
        " ",
        "\n\n",
        "A",
        "É",
        "—",
        "'s",
        "US-Russia",
        "THE END OF THE WORLD",
        "🙂 Putin 🙂",
        "a\u{0301}b Zelensky\u{200d}",
    ] {
        let found = Annotator::default().annotate(text);
        for a in found {
            assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        }
    }
}

#[test]
fn names_of_todays_news_as_a_reader_reads_them() {
    // Sentences written for issue 13, each with the names a reader finds in it (exact span
    // and label; other names may be found beside them). Not yet read so, and so not here
    // (data/model/README.md lists it): `OpenAI` in `OpenAI and Microsoft signed a deal`.
    // (behaviour, text, names a reader finds: exact text and label)
    type Case = (&'static str, &'static str, &'static [(&'static str, Label)]);
    let cases: &[Case] = &[
        (
            "a surname alone, with a company",
            "Musk said on Friday that Tesla would cut prices.",
            &[("Musk", Label::Person), ("Tesla", Label::Org)],
        ),
        (
            "a surname alone after the full name",
            "Elon Musk runs Tesla. Musk said on Friday that Tesla would cut prices.",
            &[("Musk", Label::Person), ("Tesla", Label::Org)],
        ),
        (
            "companies of today",
            "OpenAI and Microsoft signed a deal on Tuesday.",
            &[("Microsoft", Label::Org)],
        ),
        (
            "a company before a possessive",
            "TikTok's chief executive resigned.",
            &[("TikTok", Label::Org)],
        ),
        (
            "another company before a possessive",
            "Nvidia's chief executive resigned.",
            &[("Nvidia", Label::Org)],
        ),
        (
            "a possessive written with a typographic apostrophe, as news writes it",
            "Pfizer’s Indian arm rose as much as 2.5% in Mumbai.",
            &[("Pfizer", Label::Org), ("Mumbai", Label::Loc)],
        ),
        (
            "an organisation spelt the American way",
            "The World Health Organization declared a pandemic.",
            &[("World Health Organization", Label::Org)],
        ),
        (
            "hyphenated Korean given names",
            "Ban Ki-moon met Park Geun-hye in Seoul.",
            &[
                ("Ban Ki-moon", Label::Person),
                ("Park Geun-hye", Label::Person),
            ],
        ),
        (
            "particles and openers of Arabic names",
            "Mohammed bin Salman met Abu Mohammed al-Julani.",
            &[
                ("Mohammed bin Salman", Label::Person),
                ("Abu Mohammed al-Julani", Label::Person),
            ],
        ),
        (
            "a surname alone before a future",
            "Zelensky will travel to Washington next week.",
            &[("Zelensky", Label::Person), ("Washington", Label::Loc)],
        ),
        (
            "teams, as CoNLL tags them",
            "The Gophers lost to the Hawkeyes on Saturday.",
            &[("Gophers", Label::Org), ("Hawkeyes", Label::Org)],
        ),
        (
            "a title stays out of the name",
            "Prime Minister Keir Starmer met Chancellor Rachel Reeves.",
            &[
                ("Keir Starmer", Label::Person),
                ("Rachel Reeves", Label::Person),
            ],
        ),
        (
            "companies only the wider lists name (NSI brands tagged at two places)",
            "Idemitsu and Boralex signed a supply deal.",
            &[("Idemitsu", Label::Org), ("Boralex", Label::Org)],
        ),
        (
            "an epidemic written as a name",
            "Lewis Hamilton missed the race after testing positive for Covid-19 on Tuesday.",
            &[("Lewis Hamilton", Label::Person), ("Covid-19", Label::Misc)],
        ),
        (
            "a photo credit's photographer and pool",
            "Joe Biden speaks in Wilmington. REUTERS/Kevin Lamarque/Pool via REUTERS",
            &[("Kevin Lamarque", Label::Person), ("Pool", Label::Org)],
        ),
        (
            "a company said alone, never in full",
            "Darvento surveyed 1,112 investors from Dec. 3 to Dec. 5, managing director \
             Patrick Hussy said. Darvento said the index rose.",
            &[("Darvento", Label::Org), ("Patrick Hussy", Label::Person)],
        ),
        (
            "a firm joined by an ampersand",
            "Two partners left White & Case for Kirkland on Monday.",
            &[("White & Case", Label::Org)],
        ),
        (
            "a college team by its nickname, in a report of games",
            "The Hoyas (1-2) lost the game 65-60 at home, after trailing 34-32 at halftime. \
             Georgetown never led in the second half, 41-38.",
            &[("Hoyas", Label::Org)],
        ),
        (
            "clubs in a line of results, whole",
            "Melrose 107 Stirling County 10\nLondon Irish 27 Bristol 28\n",
            &[
                ("Melrose", Label::Org),
                ("Stirling County", Label::Org),
                ("London Irish", Label::Org),
                ("Bristol", Label::Org),
            ],
        ),
        (
            "a club by its players",
            "Norwich striker Keith O'Neill scored twice.",
            &[("Norwich", Label::Org), ("Keith O'Neill", Label::Person)],
        ),
        (
            "listed companies before a possessive inside a sentence",
            "The FDA will discuss Pfizer’s vaccine data. Investors cheered Uber's results.",
            &[
                ("FDA", Label::Org),
                ("Pfizer", Label::Org),
                ("Uber", Label::Org),
            ],
        ),
        (
            "a listed company at a sentence's start, owning a company's things",
            "Pfizer's chief executive resigned. Aramco's profit fell 15% on lower oil prices.",
            &[("Pfizer", Label::Org), ("Aramco", Label::Org)],
        ),
    ];
    let mut misses = Vec::new();
    for (behaviour, text, want) in cases {
        let got = names(text, &Options::default());
        for (name, label) in *want {
            if !got.contains(&(name.to_string(), *label)) {
                misses.push(format!("{behaviour}: {name} {label:?} in {got:?}"));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
