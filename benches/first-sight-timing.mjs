// The timing loop the first-sight benchmark runs in Node and, as the same source, in Chromium:
// each document once, in order, each set's documents timed as one block (a tweet takes less
// than a browser's coarsened clock resolves). Returns {set: {chars, ms, found}}; chars are
// UTF-16 code units. No imports, so the page can evaluate it as it is.
export function timeSets(docs, run, now) {
  const sets = {};
  let i = 0;
  while (i < docs.length) {
    const set = docs[i].set;
    let chars = 0;
    let found = 0;
    const t0 = now();
    for (; i < docs.length && docs[i].set === set; i++) {
      chars += docs[i].text.length;
      found += run(docs[i].text);
    }
    sets[set] = { chars, ms: now() - t0, found };
  }
  return sets;
}
