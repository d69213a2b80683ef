// The renderer: a pure function of (text, spans, hidden labels) → DOM nodes.
//
// Builds only text nodes and `<mark>` elements (never HTML from data), so any text renders as
// itself. The label badge is drawn by CSS (`mark::after { content: attr(data-label) }`), which
// keeps the output's `textContent` equal to the input text.

/**
 * @typedef {{start: number, end: number, label: string, text?: string,
 *            value?: object, score?: number}} Span
 */

/**
 * Renders `text` with `spans` (UTF-16 offsets into the whole text, sorted, not overlapping)
 * as a fragment of text nodes and marks. Spans whose label is in `hidden` stay plain text.
 *
 * @param {string} text the text to render (a whole text or one chunk of it)
 * @param {Span[]} spans
 * @param {ReadonlySet<string>} [hidden]
 * @param {number} [offset] where `text` starts in the whole text; spans are shifted by it
 * @returns {DocumentFragment}
 */
export function render(text, spans, hidden = new Set(), offset = 0) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of spans) {
    if (hidden.has(span.label)) continue;
    const start = span.start - offset;
    const end = span.end - offset;
    if (start < at || end <= start || end > text.length) continue; // defensive: skip bad spans
    if (start > at) fragment.append(text.slice(at, start));
    fragment.append(mark(text.slice(start, end), span));
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

/** One highlight: focusable, announced as "LABEL: text". */
function mark(content, span) {
  const el = document.createElement('mark');
  el.className = span.corrected ? 'ent corrected' : 'ent';
  el.dataset.label = span.label;
  el.dataset.start = String(span.start);
  el.dataset.end = String(span.end);
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', `${span.label}: ${content}`);
  el.textContent = content;
  return el;
}
