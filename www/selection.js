// The user's text selection in the output, as UTF-16 offsets into the whole text.

/**
 * @param {HTMLElement} output holds `.chunk` blocks whose `data-start` is their offset
 * @returns {{start: number, end: number} | null} trimmed of surrounding whitespace; null when
 *   nothing (or only whitespace) inside the output is selected
 */
export function selectedRange(output, text) {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!output.contains(range.startContainer) || !output.contains(range.endContainer)) return null;
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Offset in the whole text of a DOM boundary point inside a chunk. */
function offsetOf(node, offset) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  const chunk = element?.closest('.chunk');
  if (!chunk) return null;
  const before = document.createRange();
  before.setStart(chunk, 0);
  before.setEnd(node, offset);
  return Number(chunk.dataset.start) + before.toString().length;
}
