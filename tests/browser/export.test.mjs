// Exports from the page, parsed back: every offset, in each format's own unit, must give the
// annotation's text — with emoji (two UTF-16 units, one code point) before the annotations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  coreAnnotate, download, openPage, pasteAndWait, requireBuild, seedText, startBrowser, startServer,
} from './helpers.mjs';
import { unzipFiles } from './unzip.mjs';

const TEXT = `😀 On Friday 👍🏽 about 20% of 95,000 people 🇺🇦 paid $5.\n\n${seedText()}\nLast line 🎉 in February 2022.`;
const cpSlice = (text, start, end) => [...text].slice(start, end).join('');
const squash = (s) => s.replace(/\s+/g, '');

describe('export', () => {
  let server;
  let browser;
  let page;
  let problems;
  let core;

  before(async () => {
    requireBuild();
    server = await startServer();
    browser = await startBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    ({ page, problems } = await openPage(browser.context, server));
    await pasteAndWait(page, TEXT);
    core = await coreAnnotate(page, TEXT);
    assert.ok(core.length >= 5);
    assert.ok(core.some((a) => [...TEXT.slice(0, a.start)].length !== a.start), 'emoji shift some offsets');
  });
  after(async () => {
    assert.deepEqual(problems?.consoleErrors ?? [], []);
    assert.deepEqual(problems?.offOrigin ?? [], []);
    await browser?.close();
    await server?.close();
  });

  const save = (format, files) => download(page, format, files);

  test('JSON: {text, annotations} with UTF-16 offsets, equal to the core', async () => {
    const { 'highlit.json': json } = await save('json');
    const doc = JSON.parse(json);
    assert.equal(doc.text, TEXT);
    assert.deepEqual(doc.annotations, core);
    for (const a of doc.annotations) assert.equal(doc.text.slice(a.start, a.end), a.text);
  });

  test('Copy JSON puts the same document on the clipboard', async () => {
    await page.locator('#export button[data-format="copy-json"]').click();
    await page.waitForFunction(() => /copied/.test(document.getElementById('status').textContent));
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.deepEqual(copied, { text: TEXT, annotations: core });
  });

  test('spaCy: ents with code point offsets', async () => {
    const { 'highlit.spacy.json': json } = await save('spacy');
    const doc = JSON.parse(json);
    assert.equal(doc.text, TEXT);
    assert.equal(doc.ents.length, core.length);
    doc.ents.forEach((e, i) => {
      assert.deepEqual(Object.keys(e), ['start', 'end', 'label']);
      assert.equal(cpSlice(TEXT, e.start, e.end), core[i].text);
      assert.equal(e.label, core[i].label);
    });
  });

  test('JSONL: a line per line of text, offsets within it', async () => {
    const { 'highlit.jsonl': jsonl } = await save('jsonl');
    const rows = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, TEXT.split('\n').filter((l) => l.trim()).length);
    const found = [];
    for (const row of rows) {
      assert.equal(TEXT.slice(row.offset, row.offset + row.text.length), row.text);
      for (const a of row.annotations) {
        assert.equal(row.text.slice(a.start, a.end), a.text);
        found.push({ ...a, start: a.start + row.offset, end: a.end + row.offset });
      }
    }
    assert.deepEqual(found, core);
  });

  test('brat: a zip of .txt (the text) and .ann (code point offsets)', async () => {
    const { 'highlit.brat.zip': zip } = await save('brat');
    const files = Object.fromEntries(unzipFiles(zip).map((f) => [f.name, f.content]));
    assert.deepEqual(Object.keys(files), ['highlit.txt', 'highlit.ann']);
    assert.equal(files['highlit.txt'], TEXT);
    const lines = files['highlit.ann'].trimEnd().split('\n');
    assert.equal(lines.length, core.length);
    lines.forEach((line, i) => {
      const m = /^T(\d+)\t(\S+) (\d+) (\d+)\t(.*)$/.exec(line);
      assert.ok(m, line);
      assert.equal(Number(m[1]), i + 1);
      assert.equal(m[2], core[i].label);
      assert.equal(cpSlice(TEXT, Number(m[3]), Number(m[4])), core[i].text);
      assert.equal(m[5], core[i].text);
    });
  });

  test('CoNLL: tokens rebuild the text, BIO tags rebuild the annotations', async () => {
    const { 'highlit.conll': conll } = await save('conll');
    const rows = conll.split('\n').filter((l) => l !== '').map((l) => {
      const at = l.lastIndexOf(' ');
      return [l.slice(0, at), l.slice(at + 1)];
    });
    assert.equal(rows.map(([t]) => t).join(''), squash(TEXT));
    const ents = [];
    for (const [token, tag] of rows) {
      assert.match(tag, /^(O|[BI]-[A-Z]+)$/);
      if (tag.startsWith('B-')) ents.push({ label: tag.slice(2), text: token });
      else if (tag.startsWith('I-')) {
        assert.equal(ents.at(-1)?.label, tag.slice(2), 'I- continues its B-');
        ents.at(-1).text += token;
      }
    }
    assert.deepEqual(ents, core.map((a) => ({ label: a.label, text: squash(a.text) })));
  });
});
