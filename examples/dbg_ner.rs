fn main() {
    let text = std::env::args().nth(1).unwrap();
    let toks = highlit::tokenize::tokenize(&text);
    let p = highlit::entities::features::prepare(&text, &toks, None);
    let m = highlit::entities::model().unwrap();
    let (em, tags) = highlit::entities::first_pass(m, &p);
    for (i, t) in toks.tokens.iter().enumerate() {
        let row = &em[i * 17..(i + 1) * 17];
        let r: Vec<String> = row.iter().map(|x| format!("{x:5.1}")).collect();
        println!("{:12} {:2} {}", t.span.of(&text), tags[i], r.join(" "));
    }
    println!("{:?}", highlit::entities::decode_doc(m, &p));
}
