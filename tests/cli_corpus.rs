//! The `highlit` binary on corpora: `--jobs` in input order, inputs from files, directories
//! and standard input, bad records in the middle, the output formats, `--gazetteer`, what it
//! says on stderr, and an interrupted run.

mod common;

#[path = "common/news.rs"]
mod news;

#[path = "common/corpus.rs"]
mod corpus;

#[path = "common/cli.rs"]
mod cli;

use cli::{json_lines, run, TempDir};
use std::io::{Read, Write};
use std::process::{Command, Stdio};

/// Thousands of documents of every size (more than a window of 1024 a thread), after the 2020
/// news dev documents when ../shared has them.
fn large_input() -> String {
    let mut lines = String::new();
    if let Some(dev) = common::shared("../shared/data/conll2020/dev.txt") {
        let data = std::fs::read_to_string(dev).unwrap();
        for (k, text) in corpus::conll2020_docs(&data).iter().enumerate() {
            lines.push_str(&corpus::line(format!("dev-{k}"), text));
        }
    }
    for k in 0..4_000 {
        let text = match k % 500 {
            7 => corpus::news_doc(3, k),
            _ => news::news(k, 1 + k as usize % 3),
        };
        lines.push_str(&corpus::line(k, &text));
    }
    lines
}

#[test]
fn jobs_write_what_one_job_writes_byte_for_byte() {
    let input = large_input();
    let one = run(&["--jsonl", "--jobs", "1", "-q"], input.as_bytes());
    assert!(one.status.success());
    assert_eq!(
        one.stdout.iter().filter(|&&b| b == b'\n').count(),
        input.lines().count()
    );
    for jobs in ["2", "3"] {
        let many = run(&["--jsonl", "--jobs", jobs, "-q"], input.as_bytes());
        assert!(many.status.success());
        assert!(
            one.stdout == many.stdout,
            "--jobs {jobs} differs from --jobs 1"
        );
    }
}

#[test]
fn bad_lines_in_the_middle_are_reported_in_order_and_the_rest_runs() {
    // Bad lines on both sides of a window's end (2 jobs: 2048 records a window).
    let bad = [1, 1500, 2048, 2049, 2999];
    let mut input = Vec::new();
    for n in 1..=3000 {
        match n {
            2048 => input.extend_from_slice(b"{\"id\":2048,\"text\":\"\xff\"}\n"),
            n if bad.contains(&n) => input.extend_from_slice(b"{\"id\": oops\n"),
            n => input
                .extend(corpus::line(n, &format!("It rose 5% on Friday, after {n} days.")).bytes()),
        }
    }
    let out = run(&["--jsonl", "--jobs", "2"], &input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit code say so"
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3000, "one output line per input line");
    for (k, line) in lines.iter().enumerate() {
        let n = k + 1;
        if bad.contains(&n) {
            let error = line["error"].as_str().unwrap();
            assert!(error.starts_with(&format!("line {n}: ")), "{error}");
        } else {
            assert_eq!(line["id"], n, "line {n} in its place");
            assert_eq!(line["annotations"][0]["text"], "5%", "line {n}");
        }
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    let reported: Vec<&str> = stderr.lines().filter(|l| l.contains(": line ")).collect();
    assert_eq!(reported.len(), bad.len(), "{stderr}");
    for (said, n) in reported.iter().zip(bad) {
        assert!(said.starts_with(&format!("highlit: line {n}: ")), "{said}");
    }
    assert!(reported[2].ends_with("invalid UTF-8"), "{}", reported[2]);
    assert!(
        stderr.contains("2,995 documents") && stderr.contains("5 errors"),
        "{stderr}"
    );
}

#[test]
fn a_directory_gives_its_txt_files_sorted_with_their_relative_paths_as_ids() {
    let dir = TempDir::new("dir-input");
    dir.write("b.txt", "Angela Merkel spoke on Friday.");
    dir.write("a/z.txt", "It rose 5%.");
    dir.write("a/b/deep.txt", "Three people came.");
    dir.write("notes.md", "Not a text file: left out.");
    dir.write("bad.txt", b"Fine line\nbad \xff here\n20% more");
    let out = run(&[dir.str(), "--jobs", "2"], b"");
    assert_eq!(out.status.code(), Some(1), "the invalid UTF-8 is a problem");
    let lines = json_lines(&out);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a/b/deep.txt", "a/z.txt", "b.txt", "bad.txt"]);
    // Each document's annotations are the text's own, as `--jsonl` gives them.
    let alone = run(&["--jsonl"], corpus::line(0, "It rose 5%.").as_bytes());
    assert_eq!(
        lines[1]["annotations"],
        json_lines(&alone)[0]["annotations"]
    );
    assert_eq!(
        lines[3]["annotations"][0]["text"], "20%",
        "the rest of a bad file runs"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    let bad = dir.0.join("bad.txt");
    let said = format!("highlit: {}: line 2: invalid UTF-8", bad.display());
    assert!(stderr.contains(&said), "{stderr}");
}

#[test]
fn inputs_run_in_the_order_given_and_messages_name_the_file() {
    let dir = TempDir::new("inputs");
    let a = dir.write("a.jsonl", corpus::line("a1", "On Friday.") + "{bad\n");
    let b = dir.write("b.jsonl", corpus::line("b1", "It rose 5%."));
    let stdin = corpus::line("s1", "Three of them.");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = run(&["--jsonl", a, "-", b], stdin.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<_> = json_lines(&out).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(
        ids,
        ["a1", "", "s1", "b1"].map(|s| match s {
            "" => serde_json::Value::Null,
            s => s.into(),
        })
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("highlit: {a}: line 2: not a JSON object")),
        "{stderr}"
    );
}

/// The `--format` outputs of the text of the page's export test, read back.
#[test]
fn formats_spacy_and_conll_in_the_pages_conventions() {
    let text = "Hi 😀 Vladimir Putin\nsaid 95,000 on Friday.";
    let input = corpus::line("doc-1", text) + &corpus::line(2, "It rose 5%.");
    let spacy = run(&["--jsonl", "--format", "spacy"], input.as_bytes());
    assert!(spacy.status.success());
    let docs = json_lines(&spacy);
    assert_eq!(docs.len(), 2);
    let first = String::from_utf8_lossy(&spacy.stdout);
    assert!(
        first.starts_with(r#"{"id":"doc-1","text":"Hi 😀 Vladimir Putin\nsaid"#),
        "{first}"
    );
    let chars: Vec<char> = text.chars().collect();
    let ents = docs[0]["ents"].as_array().unwrap();
    assert!(ents.len() >= 3, "{ents:?}");
    for e in ents {
        let (s, e) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let name: String = chars[s..e].iter().collect();
        assert!(
            ["Vladimir Putin", "95,000", "Friday"].contains(&name.as_str()),
            "{name}"
        );
    }
    let conll = run(&["--jsonl", "--format", "conll"], input.as_bytes());
    assert!(conll.status.success());
    let conll = String::from_utf8(conll.stdout).unwrap();
    assert!(conll.starts_with("-DOCSTART- O\n\nHi O\n😀 O\nVladimir B-PERSON\nPutin I-PERSON\n\nsaid O\n95,000 B-CARDINAL\n"), "{conll}");
    assert!(
        conll.ends_with("\n-DOCSTART- O\n\nIt O\nrose O\n5 B-PERCENT\n% I-PERCENT\n. O\n\n"),
        "{conll}"
    );
}

#[test]
fn brat_writes_a_txt_and_an_ann_a_document_into_a_new_directory() {
    let dir = TempDir::new("brat");
    let out_dir = dir.0.join("out");
    let text = "Hi 😀 Vladimir Putin said 95,000.";
    let input = corpus::line("news/one.txt", text)
        + &corpus::line(7, "It rose 5%.")
        + &corpus::line("../escape", "On Friday.");
    let brat = [
        "--jsonl",
        "--format",
        "brat",
        "--out",
        out_dir.to_str().unwrap(),
    ];
    let out = run(&brat, input.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(1),
        "an id that cannot name a file is a problem"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("line 3: the id \"../escape\" cannot name a brat file"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("news/one.txt")).unwrap(),
        text
    );
    let ann = std::fs::read_to_string(out_dir.join("news/one.ann")).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for row in ann.lines() {
        // T1<TAB>PERSON 5 19<TAB>Vladimir Putin: code point offsets that slice the text.
        let cols: Vec<&str> = row.split('\t').collect();
        let at: Vec<usize> = cols[1]
            .split(' ')
            .skip(1)
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(
            chars[at[0]..at[1]].iter().collect::<String>(),
            cols[2],
            "{row}"
        );
    }
    assert!(
        ann.starts_with("T1\tPERSON 5 19\tVladimir Putin\n"),
        "{ann}"
    );
    assert!(std::fs::read_to_string(out_dir.join("7.ann"))
        .unwrap()
        .contains("PERCENT"));
    // The directory is not empty now: a second run would mix two corpora, and is refused.
    let again = run(&brat, input.as_bytes());
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn a_gazetteer_file_is_the_javascript_options_shape() {
    let dir = TempDir::new("gazetteer");
    let good = dir.write("names.json", r#"{"ORG": ["Blattelkazor"]}"#);
    let input = corpus::line(1, "Blattelkazor fell 5% on Friday.");
    let names = |out: &std::process::Output| json_lines(out)[0]["annotations"].clone();
    let without = run(&["--jsonl", "--labels", "ORG"], input.as_bytes());
    assert_eq!(names(&without), serde_json::json!([]));
    let with = run(
        &[
            "--jsonl",
            "--labels",
            "ORG",
            "--gazetteer",
            good.to_str().unwrap(),
        ],
        input.as_bytes(),
    );
    assert_eq!(names(&with)[0]["text"], "Blattelkazor");
    for (content, says) in [
        (r#"{"DATE": ["Friday"]}"#, "is not a name label"),
        (r#"["Blattelkazor"]"#, "expected {\"LABEL\": [\"name\", …]}"),
    ] {
        let bad = dir.write("bad.json", content);
        let out = run(&["--gazetteer", bad.to_str().unwrap()], b"");
        assert_eq!(out.status.code(), Some(2), "{content}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{content}"
        );
    }
    let missing = run(&["--gazetteer", "/nonexistent/names.json"], b"");
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn corpus_configuration_errors_exit_2() {
    let dir = TempDir::new("config");
    dir.write("x", "not empty");
    for args in [
        &["--jsonl", "--jobs", "0"][..],
        &["--jsonl", "--format", "xml"],
        &["--jsonl", "--format", "brat"],
        &["--jsonl", "--out", dir.str()],
        &["--jsonl", "--format", "brat", "--out", dir.str()],
        &["--jsonl", "--format", "spacy", "--offsets", "bytes"],
        &["--jsonl", "/nonexistent/corpus.jsonl"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} says why");
    }
}

#[test]
fn no_progress_bar_in_a_pipe_a_summary_line_and_quiet() {
    let input = corpus::line(1, "It rose 5% on Friday.") + &corpus::line(2, "Three.");
    let out = run(&["--jsonl"], input.as_bytes());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        !stderr.contains(['\r', '\u{1b}']),
        "no bar drawn in a pipe: {stderr:?}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("2 documents, 3 annotations, 0 errors"),
        "{stderr}"
    );
    let quiet = run(&["--jsonl", "--quiet"], input.as_bytes());
    assert!(quiet.status.success() && quiet.stderr.is_empty());
}

#[test]
fn a_progress_bar_on_a_terminal() {
    // `script` (util-linux) runs the command with a terminal as its stderr.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("notice: `script` not found; a_progress_bar_on_a_terminal skipped");
        return;
    }
    let dir = TempDir::new("terminal");
    let lines: String = (0..3000)
        .map(|k| corpus::line(k, &news::news(k, 2)))
        .collect();
    let input = dir.write("in.jsonl", lines);
    let exe = env!("CARGO_BIN_EXE_highlit");
    let command = format!("{exe} --jsonl {} >/dev/null", input.display());
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains(" lines ·") && shown.contains("kB"),
        "{shown:?}"
    );
    assert!(shown.contains("3,000 documents"), "{shown:?}");
}

#[test]
fn an_interrupted_run_leaves_complete_lines_and_says_so() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_highlit"))
        .args(["--jsonl", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Documents without end, until the pipe closes.
    let feeder = std::thread::spawn(move || {
        for k in 0.. {
            if stdin
                .write_all(corpus::line(k, &news::news(k, 3)).as_bytes())
                .is_err()
            {
                return k;
            }
        }
        unreachable!()
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut output = vec![0; 1];
    stdout.read_exact(&mut output).unwrap(); // it has written
    let pid = child.id().to_string();
    let kill = Command::new("kill").args(["-INT", &pid]).status();
    assert!(kill.unwrap().success());
    // Without a handler of its own the process would die of SIGINT, or run on where SIGINT is
    // ignored (a background job): then end it, so that the test fails instead of hanging.
    let (ended, watch) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if watch
            .recv_timeout(std::time::Duration::from_secs(120))
            .is_err()
        {
            let _ = Command::new("kill").args(["-KILL", &pid]).status();
        }
    });
    stdout.read_to_end(&mut output).unwrap();
    let status = child.wait().unwrap();
    ended.send(()).unwrap();
    watchdog.join().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    feeder.join().unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(output.ends_with(b"\n"), "the last line is complete");
    for (k, line) in output
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let line: serde_json::Value = serde_json::from_slice(line).expect("whole lines");
        assert_eq!(line["id"], k, "in order, none left out");
    }
    assert!(stderr.contains("interrupted after"), "{stderr}");
}
