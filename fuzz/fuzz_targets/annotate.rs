//! Any bytes, read as UTF-8 (lossily): annotating never panics, and every span is sorted,
//! non-overlapping, in bounds and on char boundaries; UTF-16 offsets agree with encode_utf16.
//! Run: `make fuzz FUZZ_SECONDS=600` (scripts/fuzz.sh: installs cargo-fuzz and a toolchain for
//! it, starts from the seeds in fuzz/seeds/annotate/, grows a corpus under target/fuzz/).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let found = highlit::annotate(&text);
    let mut last = 0;
    for a in &found {
        assert!(a.span.start >= last && a.span.end > a.span.start && a.span.end <= text.len());
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        last = a.span.end;
    }
    let mentions = highlit::Mention::all(&text, found.clone(), highlit::OffsetUnit::Utf16);
    for (m, a) in mentions.iter().zip(&found) {
        assert_eq!(m.start, text[..a.span.start].encode_utf16().count());
    }
});
