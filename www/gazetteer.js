// A user gazetteer applied in JavaScript, for cores that do not take `options.gazetteer`
// yet: every whole-word, case-sensitive occurrence of a name gets its label, replacing the
// core's spans it overlaps. Longer names win over shorter ones they overlap. Pure.

/**
 * @param {string} text
 * @param {object[]} spans the core's spans (UTF-16, sorted, not overlapping)
 * @param {Record<string, string[]>} gazetteer label → names
 * @returns {object[]} sorted, not overlapping
 */
export function applyGazetteer(text, spans, gazetteer) {
  const entries = Object.entries(gazetteer ?? {})
    .flatMap(([label, names]) => names.filter((n) => n).map((name) => ({ name, label })))
    .sort((a, b) => b.name.length - a.name.length);
  if (!entries.length) return spans;
  const found = [];
  const taken = (s, e) => found.some((f) => s < f.end && f.start < e);
  const word = /[\p{L}\p{M}\p{N}_]/u;
  for (const { name, label } of entries) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (at > 0 && word.test(text[at - 1]) && word.test(name[0])) continue;
      if (end < text.length && word.test(text[end]) && word.test(name[name.length - 1])) continue;
      if (!taken(at, end)) found.push({ start: at, end, label, text: name, gazetteer: true });
    }
  }
  const kept = spans.filter((s) => !found.some((f) => s.start < f.end && f.start < s.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
