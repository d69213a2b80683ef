use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let t = highlit::tokenize::tokenize(&s);
    if std::env::args().any(|a| a == "--tokens") {
        for r in &t.sentences {
            let w: Vec<&str> = t.tokens[r.clone()].iter().map(|t| t.span.of(&s)).collect();
            println!("{}", w.join(" | "));
        }
    }
    for a in highlit::annotate(&s) {
        println!("{:?} {:?} {:?}", a.label, a.span.of(&s), a.value);
    }
}
