//! The CLI's memory is bounded by its window of lines, not by its input: a 1 GiB corpus
//! through `--jsonl` on standard input. Its own test binary, so that the peak memory of the
//! children this process waited for is the CLI's alone.

#[path = "common/news.rs"]
mod news;

#[path = "common/corpus.rs"]
mod corpus;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// Lines of about 1 MiB: news at both ends of a long run of white space (cheap to annotate
/// even in a debug build, so the test costs seconds, not the hours 1 GiB of news would).
const LINES: usize = 1024;
const PAD: usize = 1 << 20;

/// The largest resident set of this process's waited-for children, in bytes.
fn children_peak_rss() -> u64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage fills the struct it is given; RUSAGE_CHILDREN is a valid target.
    assert_eq!(
        unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) },
        0
    );
    usage.ru_maxrss as u64 * 1024 // kilobytes on Linux
}

#[test]
fn memory_stays_bounded_on_a_1_gib_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_highlit"))
        .args(["--jsonl", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let pad = " ".repeat(PAD);
        let mut written = 0u64;
        for k in 0..LINES {
            // {"id":k,"text":"HEAD<pad>TAIL"}, the pad written as it is (it needs no escape).
            let head = corpus::line(k, &news::news(k as u64, 3));
            let head = head.trim_end().strip_suffix("\"}").unwrap();
            let tail = serde_json::to_string(&news::news(k as u64 + 1, 2)).unwrap();
            for part in [head, &pad, &tail[1..], "}\n"] {
                stdin.write_all(part.as_bytes()).unwrap();
                written += part.len() as u64;
            }
        }
        written
    });
    let mut ids = Vec::new();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        assert!(line["annotations"]
            .as_array()
            .is_some_and(|a| !a.is_empty()));
        ids.push(line["id"].as_u64().unwrap() as usize);
    }
    assert!(child.wait().unwrap().success());
    let written = feeder.join().unwrap();
    assert!(written >= 1 << 30, "the input was {written} bytes");
    assert_eq!(ids, (0..LINES).collect::<Vec<_>>(), "every line, in order");
    let peak = children_peak_rss();
    eprintln!("peak RSS on {written} bytes of input: {} MiB", peak >> 20);
    assert!(
        peak < 160 << 20,
        "peak RSS {} MiB on a 1 GiB input",
        peak >> 20
    );
}
