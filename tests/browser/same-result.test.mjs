// The page annotates a text chunk by chunk with one annotator that lives as long as the
// page: what a text gets must not depend on what was pasted before it. The JSON export (every
// annotation with its score) of a text pasted after others equals, chunk for chunk, what a
// fresh annotator gives each chunk.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { coreAnnotate, download, pasteAndWait, useBrowser } from './helpers.mjs';
import { splitChunks } from '../../www/chunk.js';
import { manyForms, news } from '../news.mjs';

describe('the same text, the same result', () => {
  const env = useBrowser();

  /** What fresh annotators give each chunk of `text`, shifted into the whole text. */
  async function freshByChunk(page, text) {
    const out = [];
    for (const { start, end } of splitChunks(text)) {
      const found = await coreAnnotate(page, text.slice(start, end));
      for (const a of found) out.push({ ...a, start: a.start + start, end: a.end + start });
    }
    return out;
  }

  /** Pastes `text` and reads back every annotation the page holds, from its JSON export. */
  async function pasteAndExport(page, text) {
    await pasteAndWait(page, text);
    const { 'highlit.json': json } = await download(page, 'json');
    const doc = JSON.parse(json);
    assert.equal(doc.text, text);
    return doc.annotations;
  }

  test('a text pasted after others reads as a fresh annotator reads each of its chunks', async () => {
    const { page } = await env.open();
    const text = Array.from({ length: 120 }, (_, s) => news(1000 + s, 12)).join('\n\n');
    assert.ok(splitChunks(text).length >= 3, 'several chunks');
    // Pasted first: the fresh annotators read each chunk against the reference date the page
    // used for the text (its own, or today's).
    const first = await pasteAndExport(page, text);
    const want = await freshByChunk(page, text);
    assert.ok(want.some((a) => a.score !== undefined), 'names with scores');
    assert.deepEqual(first, want, 'first paste');
    // Others, one long enough to fill the model's kept sums, then the text again.
    await pasteAndWait(page, manyForms(7, 15000));
    await pasteAndWait(page, news(2000, 40));
    assert.deepEqual(await pasteAndExport(page, text), want, 'after other texts');
    await page.close();
  });
});
