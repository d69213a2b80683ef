// Corrections: the user's changes to a text's annotations — relabel, delete, add — applied
// over what the core returns, kept in localStorage per text, and turned into a gazetteer
// (names → label) for later texts.
//
// A correction is `{start, end, text, label}` (UTF-16 offsets); `label: null` deletes.

import { NAME_LABELS } from './labels.js';
import { readPref, writePref } from './prefs.js';

const CORRECTIONS_KEY = 'highlit.corrections';
const GAZETTEER_KEY = 'highlit.gazetteer';

/**
 * The spans with the corrections applied: any span overlapping a correction gives way to it;
 * corrections with a label become spans marked `corrected: true`. Sorted, not overlapping.
 */
export function applyCorrections(spans, corrections) {
  if (!corrections.length) return spans;
  const sorted = [...corrections].sort((a, b) => a.start - b.start);
  const overlaps = (s) => sorted.some((c) => s.start < c.end && c.start < s.end);
  const kept = spans.filter((s) => !overlaps(s));
  const added = sorted.filter((c) => c.label).map((c) => ({
    start: c.start, end: c.end, label: c.label, text: c.text, corrected: true,
  }));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Adds a correction, replacing earlier ones it overlaps (the latest word wins).
 * @returns {object[]} the new list
 */
export function addCorrection(corrections, correction) {
  const rest = corrections.filter((c) => !(c.start < correction.end && correction.start < c.end));
  return [...rest, correction].sort((a, b) => a.start - b.start);
}

/** A short fingerprint of a text (FNV-1a over UTF-16 units, and the length). */
export function textKey(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16)}`;
}

/** The corrections saved for this text. */
export function loadCorrections(text) {
  const all = readPref(CORRECTIONS_KEY);
  // Hashing 10 MB takes tens of milliseconds: skip it when nothing is saved.
  if (!all || typeof all !== 'object' || Object.keys(all).length === 0) return [];
  const list = all[textKey(text)];
  return Array.isArray(list) ? list.filter((c) => c && text.slice(c.start, c.end) === c.text) : [];
}

/** Saves this text's corrections (an empty list forgets them). */
export function saveCorrections(text, corrections) {
  const all = readPref(CORRECTIONS_KEY) ?? {};
  if (corrections.length) all[textKey(text)] = corrections;
  else delete all[textKey(text)];
  writePref(CORRECTIONS_KEY, all);
}

/** The gazetteer `{LABEL: [names]}` saved so far. */
export function loadGazetteer() {
  const g = readPref(GAZETTEER_KEY);
  return g && typeof g === 'object' && !Array.isArray(g) ? g : {};
}

/**
 * Merges the corrections' names into `gazetteer` (a name moves to its newest label); names
 * deleted, or corrected to a label that is not a name's (a gazetteer takes only those), leave it.
 */
export function mergeIntoGazetteer(gazetteer, corrections) {
  const byName = new Map();
  for (const [label, names] of Object.entries(gazetteer)) for (const n of names) byName.set(n, label);
  for (const c of corrections) {
    const name = c.text.trim();
    if (!name) continue;
    if (NAME_LABELS.includes(c.label)) byName.set(name, c.label);
    else byName.delete(name);
  }
  const out = {};
  for (const [name, label] of byName) (out[label] ??= []).push(name);
  for (const names of Object.values(out)) names.sort();
  return out;
}

export function saveGazetteer(gazetteer) {
  writePref(GAZETTEER_KEY, gazetteer);
}

/** Forgets every correction and the gazetteer. */
export function resetAll() {
  writePref(CORRECTIONS_KEY, {});
  writePref(GAZETTEER_KEY, {});
}
