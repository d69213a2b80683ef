// The documents the first-sight benchmark annotates, each once, read by path from ../shared
// (never copied into the project): CoNLL-2003 valid split at -DOCSTART-, the 2020 news dev
// set rebuilt from its character offsets, and the dev sets of ../shared/data/names-extra
// that train/corpora.toml measures on (documents, or blank-line blocks for the social ones).
// Also the warm-up text, which is none of these: the first articles of CoNLL-2003 train.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');

/** [set name, file under SHARED, how its documents are read]. */
const SETS = [
  ['conll2003-valid', 'conll2003/valid.txt', 'documents'],
  ['conll2020-dev', 'conll2020/dev.txt', 'offsets'],
  ['gum-dev', 'names-extra/gum/dev.conll', 'documents'],
  ['uner-ewt-dev', 'names-extra/uner_en_ewt/dev.conll', 'documents'],
  ['wnut17-dev', 'names-extra/wnut17/dev.conll', 'blocks'],
  ['btc-dev', 'names-extra/btc/dev.conll', 'blocks'],
];

/** A CoNLL file as documents, each a list of sentences, each a list of [form, ...columns]. */
function readConll(path, grouping) {
  const docs = [];
  let doc = [];
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) doc.push(sentence);
    sentence = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') endDoc();
    else if (cols[0] === '') grouping === 'blocks' ? endDoc() : endSentence();
    else sentence.push(cols);
  }
  endDoc();
  return docs;
}

/** Tokens joined by spaces, sentences by line breaks (as `highlit-train text` writes them). */
function joined(doc) {
  return doc.map((s) => s.map((t) => t[0]).join(' ')).join('\n') + '\n';
}

/** Tokens put back at their character offsets (columns 2 and 3); a gap inside a sentence is
 * spaces, a gap between sentences a line break then spaces. */
function fromOffsets(doc) {
  let text = '';
  let base = null;
  for (const sentence of doc) {
    for (const [i, [form, start]] of sentence.entries()) {
      base ??= Number(start);
      const at = Number(start) - base;
      const gap = at - text.length;
      if (gap > 0) text += i === 0 && text ? '\n' + ' '.repeat(gap - 1) : ' '.repeat(gap);
      text += form;
    }
  }
  return text + '\n';
}

/** The benchmark's documents: [{set, text}], or [] without ../shared. */
export function documents() {
  const out = [];
  for (const [set, file, how] of SETS) {
    const path = join(SHARED, file);
    if (!existsSync(path)) continue;
    const docs = readConll(path, how === 'blocks' ? 'blocks' : 'documents');
    for (const doc of docs) out.push({ set, text: how === 'offsets' ? fromOffsets(doc) : joined(doc) });
  }
  return out;
}

/** Other text to warm up on (about `chars` of it): CoNLL-2003 train's first articles, or a
 * synthetic paragraph without ../shared. */
export function warmUpText(chars = 200_000) {
  const path = join(SHARED, 'conll2003/train.txt');
  if (!existsSync(path)) {
    const para = 'On Friday, US President Donald Trump said over 95,000 soldiers had died since ' +
      'February 2022, and approximately 20% of the territory, worth $1.2 trillion, was lost.\n';
    return para.repeat(Math.ceil(chars / para.length));
  }
  let text = '';
  for (const doc of readConll(path, 'documents')) {
    if (text.length >= chars) break;
    text += joined(doc) + '\n';
  }
  return text;
}
