// The CLI's `--format spacy|conll|brat` against the page's own exports (www/export.js): for
// each document, the page's export of the CLI's annotations (UTF-16 spans, as the page has
// them) must be what the CLI wrote, byte for byte, in each format's unit (code points for
// spaCy and brat) — after emoji, CRLF, blank lines, JavaScript's white space.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBrat, toConll, toSpacy } from '../../www/export.js';
import { manyForms, news } from '../news.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The documents: tricky characters, news-like texts, and the seed article when ../shared has it. */
function documents() {
  const texts = [
    '😀 On Friday 👍🏽 about 20% of 95,000 people 🇺🇦 paid $5.\r\n\r\nAngela Merkel met Emmanuel Macron in Paris.\nLast line 🎉 in February 2022.',
    'Paris\u00a0Hilton\ufeffsaid\u0085 5%\u2028 on Friday in l’été, U.S. it\'s 1,000.5 km.\n\n\n',
    '',
    manyForms(5, 300),
  ];
  for (let seed = 1; seed <= 30; seed++) texts.push(news(seed, 12));
  const seed = join(root, '../shared/golden/seed-article.json');
  if (existsSync(seed)) texts.push(JSON.parse(readFileSync(seed, 'utf8')).text);
  else if (process.env.HIGHLIT_REQUIRE_SHARED === '1') throw new Error(`${seed} is missing`);
  return texts.map((text, k) => ({ id: `doc-${k}`, text }));
}

/** The CLI (built by cargo if needed) with `args`, the documents as JSONL on stdin. */
function cli(args, docs) {
  const input = docs.map((d) => `${JSON.stringify(d)}\n`).join('');
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'highlit', '--', '--jsonl', '--quiet', ...args], {
    cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28,
  });
}

const docs = documents();
const spans = cli([], docs).trimEnd().split('\n').map((l) => JSON.parse(l).annotations);

test('the CLI has annotations to export', () => {
  assert.equal(spans.length, docs.length);
  assert.ok(spans.flat().length > 200);
});

test('spaCy: the page\'s {text, ents} in code points, the id first', () => {
  const lines = cli(['--format', 'spacy'], docs).split('\n').slice(0, -1);
  assert.equal(lines.length, docs.length);
  docs.forEach((d, k) => {
    const page = JSON.stringify(toSpacy(d.text, spans[k]));
    assert.equal(lines[k], `{"id":${JSON.stringify(d.id)},${page.slice(1)}`, d.id);
  });
});

test('CoNLL: the page\'s rows, each document after -DOCSTART-', () => {
  const want = docs.map((d, k) => {
    const rows = toConll(d.text, spans[k]);
    return `-DOCSTART- O\n\n${rows}${rows ? '\n' : ''}`;
  });
  assert.equal(cli(['--format', 'conll'], docs), want.join(''));
});

test('brat: the page\'s .txt and .ann, a pair for each document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'highlit-brat-'));
  try {
    const out = join(dir, 'out');
    cli(['--format', 'brat', '--out', out], docs);
    docs.forEach((d, k) => {
      const { txt, ann } = toBrat(d.text, spans[k]);
      assert.equal(readFileSync(join(out, `${d.id}.txt`), 'utf8'), txt, d.id);
      assert.equal(readFileSync(join(out, `${d.id}.ann`), 'utf8'), ann, d.id);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
