use std::time::Instant;
fn main() {
    let raw = std::fs::read_to_string("../shared/data/conll2003/valid.txt").unwrap();
    let mut text = String::new();
    for line in raw.lines() {
        let w = line.split(' ').next().unwrap_or("");
        if w.is_empty() { text.push('\n'); } else if w != "-DOCSTART-" { text.push_str(w); text.push(' '); }
    }
    let docs: Vec<&str> = text.split("\n\n\n").collect();
    let t = Instant::now();
    let toks: Vec<_> = docs.iter().map(|d| highlit::tokenize::tokenize(d)).collect();
    println!("tokenize {:.3}", t.elapsed().as_secs_f64());
    let t = Instant::now();
    for (d, tk) in docs.iter().zip(&toks) { highlit::numbers::find(d, &tk.tokens); }
    println!("numbers {:.3}", t.elapsed().as_secs_f64());
    highlit::entities::Gazetteer::builtin();
    let t = Instant::now();
    let ps: Vec<_> = docs.iter().zip(&toks).map(|(d, tk)| highlit::entities::features::prepare(d, tk, None)).collect();
    println!("prepare {:.3}", t.elapsed().as_secs_f64());
    let m = highlit::entities::model().unwrap();
    let t = Instant::now();
    for p in &ps { highlit::entities::first_pass(m, p); }
    println!("first pass {:.3}", t.elapsed().as_secs_f64());
    let t = Instant::now();
    for p in &ps { highlit::entities::decode_doc(m, p); }
    println!("decode_doc {:.3} ({} bytes)", t.elapsed().as_secs_f64(), text.len());
}
