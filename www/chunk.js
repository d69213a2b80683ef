// Splitting a large text into chunks the worker annotates one at a time.
//
// Chunks end at paragraph boundaries (after a blank line) where one exists, else after a line
// break, else after whitespace, else anywhere that does not cut a surrogate pair. Offsets are
// UTF-16 code units, so `text.slice(start, end)` gives each chunk; the chunks tile the text.

/** Chunk size the page aims for, in UTF-16 code units. */
export const CHUNK_SIZE = 16 * 1024;

/**
 * @param {string} text
 * @param {number} [size] target chunk length; chunks may be up to twice as long
 * @returns {{start: number, end: number}[]} consecutive, covering `text` (none for "")
 */
export function splitChunks(text, size = CHUNK_SIZE) {
  const chunks = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > 2 * size) end = cutPoint(text, start + size, start + 2 * size);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/** Where to end a chunk that may end anywhere in [from, to). */
function cutPoint(text, from, to) {
  const window = text.slice(from, to);
  const paragraph = /\n[ \t\r]*\n\s*/.exec(window);
  if (paragraph) return from + paragraph.index + paragraph[0].length;
  const line = window.indexOf('\n');
  if (line >= 0) return from + line + 1;
  const space = /\s/.exec(window);
  if (space) return from + space.index + 1;
  // No whitespace at all: cut anywhere, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}
