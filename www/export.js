// Exports of a text and its annotations, each in its format's own offset convention:
// ours (JSON, JSONL) UTF-16 code units, like `text.slice`; spaCy and brat Unicode code points,
// like Python's `str`. Pure; no DOM.

/**
 * A UTF-16 → code point converter, fast for offsets asked in increasing order.
 * @param {string} text
 * @returns {(utf16: number) => number}
 */
export function codePointOffsets(text) {
  let u = 0;
  let c = 0;
  return (utf16) => {
    if (utf16 < u) { u = 0; c = 0; }
    while (u < utf16) {
      const code = text.charCodeAt(u);
      const next = text.charCodeAt(u + 1);
      u += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      c += 1;
    }
    return c;
  };
}

/** Our annotation objects, without undefined fields. */
function plain(span, text, shift = 0) {
  const out = { start: span.start - shift, end: span.end - shift, label: span.label,
    text: text.slice(span.start, span.end) };
  if (span.value !== undefined) out.value = span.value;
  if (span.score !== undefined) out.score = span.score;
  return out;
}

/** `{text, annotations}` with UTF-16 offsets (what `annotate()` returns). */
export function toJson(text, spans) {
  return { text, annotations: spans.map((s) => plain(s, text)) };
}

/** spaCy's `{text, ents: [{start, end, label}]}` with code point offsets. */
export function toSpacy(text, spans) {
  const cp = codePointOffsets(text);
  return { text, ents: spans.map((s) => ({ start: cp(s.start), end: cp(s.end), label: s.label })) };
}

/** Lines of text with their start (UTF-16), blank lines left out. */
function lines(text) {
  const out = [];
  const re = /[^\r\n]+/g;
  let m;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * JSONL, one line per non-blank line of the text: `{"id", "offset", "text", "annotations"}`;
 * `offset` is where the line starts in the whole text, annotation offsets (UTF-16) are within
 * the line. An annotation that crosses a line break goes with the line it starts on, cut at
 * the line's end.
 */
export function toJsonl(text, spans) {
  const rows = [];
  let i = 0;
  lines(text).forEach((line, n) => {
    const annotations = [];
    while (i < spans.length && spans[i].start < line.end) {
      const s = spans[i++];
      if (s.end <= line.start) continue;
      const start = Math.max(s.start, line.start);
      const end = Math.min(s.end, line.end);
      annotations.push(plain({ ...s, start, end }, text, line.start));
    }
    rows.push(JSON.stringify({ id: n + 1, offset: line.start, text: text.slice(line.start, line.end), annotations }));
  });
  return rows.map((r) => `${r}\n`).join('');
}

/**
 * brat standoff: the `.txt` is the text itself; the `.ann` has `T1<TAB>LABEL start end<TAB>text`
 * with code point offsets. A span across a line break becomes fragments (`s e;s e`), as brat
 * writes them, and its text has the line breaks as spaces.
 */
export function toBrat(text, spans) {
  const cp = codePointOffsets(text);
  const ann = spans.map((s, i) => {
    const fragments = [];
    const re = /[^\r\n]+/g;
    const inner = text.slice(s.start, s.end);
    let m;
    while ((m = re.exec(inner))) fragments.push([s.start + m.index, s.start + m.index + m[0].length]);
    const offsets = fragments.map(([a, b]) => `${cp(a)} ${cp(b)}`).join(';');
    return `T${i + 1}\t${s.label} ${offsets}\t${fragments.map(([a, b]) => text.slice(a, b)).join(' ')}\n`;
  });
  return { txt: text, ann: ann.join('') };
}

/** Words (letters, marks, digits, joined by inner `.,'’`) and single other characters. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * CoNLL, one `token TAG` per line with BIO tags (`B-PERSON`, `I-PERSON`, `O`), a blank line
 * between lines of the text. Tokens are cut at annotation edges, so every annotation is a
 * whole number of tokens.
 */
export function toConll(text, spans) {
  const out = [];
  let i = 0;
  for (const line of lines(text)) {
    const rows = [];
    let at = line.start;
    const emit = (from, to, label, continued = false) => {
      const part = text.slice(from, to);
      let first = !continued;
      for (const m of part.matchAll(TOKEN)) {
        rows.push(`${m[0]} ${label ? `${first ? 'B' : 'I'}-${label}` : 'O'}`);
        first = false;
      }
    };
    while (i < spans.length && spans[i].start < line.end) {
      const s = spans[i];
      const start = Math.max(s.start, line.start);
      const end = Math.min(s.end, line.end);
      if (start > at) emit(at, start, null);
      emit(start, end, s.label, s.start < line.start);
      at = end;
      if (s.end > line.end) break; // continues on the next line
      i++;
    }
    if (at < line.end) emit(at, line.end, null);
    if (rows.length) out.push(`${rows.join('\n')}\n`);
  }
  return out.join('\n');
}
