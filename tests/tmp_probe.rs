#[test]
fn probe() {
    let text = std::fs::read_to_string("/tmp/probe.txt").unwrap();
    let ann = highlit::Annotator::new(&highlit::Options {
        labels: None,
        reference_date: Some("2026-11-29".into()),
    })
    .unwrap();
    for a in ann.annotate(&text) {
        println!(
            "{:<12} {:?} {}",
            a.label.as_str(),
            a.span.of(&text),
            serde_json::to_string(&a.value).unwrap()
        );
    }
}
