//! The `highlit` binary: JSON out, offsets by unit, JSONL streaming, bad input reported by line.

#[path = "common/news.rs"]
mod news;

#[path = "common/cli.rs"]
mod cli;

use cli::run;
use std::process::Output;

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn prints_a_json_array_with_utf16_offsets_by_default() {
    let out = run(&[], "😀 over 95,000 in February 2022".as_bytes());
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v[0]["start"], 3);
    assert_eq!(v[0]["end"], 14);
    assert_eq!(v[0]["label"], "CARDINAL");
    assert_eq!(v[0]["text"], "over 95,000");
    assert_eq!(
        v[0]["value"],
        serde_json::json!({"number": 95000, "bound": "more-than"})
    );
    assert_eq!(v[1]["value"], serde_json::json!({"iso": "2022-02"}));
}

#[test]
fn offsets_in_bytes_and_chars() {
    let bytes = json(&run(&["--offsets", "bytes"], "😀 5%".as_bytes()));
    assert_eq!(
        (bytes[0]["start"].as_u64(), bytes[0]["end"].as_u64()),
        (Some(5), Some(7))
    );
    let chars = json(&run(&["--offsets", "chars"], "😀 5%".as_bytes()));
    assert_eq!(
        (chars[0]["start"].as_u64(), chars[0]["end"].as_u64()),
        (Some(2), Some(4))
    );
}

#[test]
fn reads_a_file() {
    let path = std::env::temp_dir().join(format!("highlit-cli-{}.txt", std::process::id()));
    std::fs::write(&path, "On Friday.").unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert_eq!(json(&out)[0]["value"]["weekday"], 5);
}

#[test]
fn jsonl_streams_and_reports_bad_lines_by_number() {
    let input = b"{\"id\":1,\"text\":\"20% more\"}\nnot json\n{\"id\":\"x\",\"text\":\"\xff\"}\n\n{\"id\":[2],\"text\":\"$5\"}\n";
    let out = run(&["--jsonl"], input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit code say so"
    );
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "one output line per non-blank input line");
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["annotations"][0]["label"], "PERCENT");
    assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2:"));
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("line 3: invalid UTF-8"));
    assert_eq!(lines[3]["id"], serde_json::json!([2]));
    assert_eq!(lines[3]["annotations"][0]["value"]["currency"], "USD");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("line 2:") && stderr.contains("line 3:"),
        "{stderr}"
    );
}

#[test]
fn invalid_utf8_in_plain_mode_is_reported_and_the_rest_runs() {
    let out = run(&[], b"fine line\nbad \xff line\n20% here");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: invalid UTF-8"));
    assert_eq!(json(&out)[0]["text"], "20%");
}

#[test]
fn configuration_errors_exit_2_with_a_message() {
    let out = run(&["--labels", "DATE,PLACE"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown label \"PLACE\""));
    let out = run(&["--offsets", "lines"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--reference-date", "tomorrow"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("reference date"));
}

#[test]
fn label_filter_and_help() {
    let v = json(&run(&["--labels", "DATE"], b"5% on Friday"));
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["label"], "DATE");
    let help = run(&["--help"], b"");
    assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).contains("--jsonl"));
}

#[test]
fn jsonl_over_many_documents_equals_each_document_run_alone() {
    // One process over a large file gives each line what a process of its own gives it:
    // nothing one document leaves behind (kept sums, caches) changes the next one's result.
    let mut docs: Vec<String> = (0..80)
        .map(|s| news::news(s, 1 + s as usize % 25))
        .collect();
    docs.insert(20, news::many_forms(3, 30_000));
    docs.insert(50, news::many_forms(4, 20_000));
    let lines: Vec<String> = docs
        .iter()
        .enumerate()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string() + "\n")
        .collect();
    let all = run(&["--jsonl"], lines.concat().as_bytes());
    assert!(all.status.success());
    let all = String::from_utf8(all.stdout).unwrap();
    let mut alone = String::new();
    for line in &lines {
        let out = run(&["--jsonl"], line.as_bytes());
        assert!(out.status.success());
        alone.push_str(&String::from_utf8(out.stdout).unwrap());
    }
    assert_eq!(all.lines().count(), docs.len());
    for (k, (a, b)) in all.lines().zip(alone.lines()).enumerate() {
        assert_eq!(a, b, "document {k}: in one run, then alone");
    }
}
