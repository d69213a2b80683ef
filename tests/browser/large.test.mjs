// A 10 MB paste: the page works in chunks, shows progress, fills in highlights as chunks
// finish, and completes with exactly what the core returns for the whole text. It prints the
// longest main-thread task (a long-task observer) for the notes; the aim is under 200 ms.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedText, useBrowser } from './helpers.mjs';

const env = useBrowser();

test('a 10 MB paste is annotated in chunks, with progress, and completes exactly', { timeout: 240_000 }, async (t) => {
  const { page, problems } = await env.open();
  const article = seedText();
  const copies = Math.ceil((10 * 1024 * 1024) / (article.length + 2));
  // Build the text in the page (sending 10 MB over the protocol is slow, not what we measure).
  const length = await page.evaluate(([a, n]) => {
    window.bigText = Array.from({ length: n }, () => a).join('\n\n');
    window.clipboardData = new DataTransfer();
    window.clipboardData.setData('text/plain', window.bigText);
    return window.bigText.length;
  }, [article, copies]);
  assert.ok(length >= 10 * 1024 * 1024);

  // Paste (a paste event carrying the text, as the clipboard delivers it) and watch long tasks.
  const timings = await page.evaluate(() => new Promise((resolve) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
    });
    const input = document.getElementById('input');
    const output = document.getElementById('output');
    const progress = document.getElementById('progress');
    const before = Number(output.dataset.run ?? 0);
    observer.observe({ type: 'longtask' });
    const { clipboardData } = window;
    input.focus();
    const pasted = performance.now();
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    let firstMark = 0;
    let sawProgress = false;
    let markBeforeLastChunk = false;
    const check = () => {
      if (!progress.hidden) sawProgress = true;
      // Some chunks are still with the worker (the progress bar counts those received).
      const waiting = !progress.hidden && progress.value < progress.max;
      if (waiting && output.querySelector('mark')) {
        markBeforeLastChunk = true;
        firstMark ||= performance.now();
      }
      if (Number(output.dataset.run) > before && output.dataset.state === 'done') {
        observer.disconnect();
        resolve({
          firstMark: Math.round(firstMark - pasted),
          done: Math.round(performance.now() - pasted),
          longTasks, sawProgress, markBeforeLastChunk,
          chunks: output.children.length,
        });
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }));
  t.diagnostic(`10 MB (${length} UTF-16 units, ${timings.chunks} chunks): first highlight after ${timings.firstMark} ms, `
    + `all shown after ${timings.done} ms `
    + `longest main-thread task ${Math.max(0, ...timings.longTasks)} ms`);
  assert.ok(timings.sawProgress, 'the progress bar showed');
  assert.ok(await page.locator('#large-note').isVisible(), 'the page says where the large text went');
  assert.ok(timings.markBeforeLastChunk, 'highlights appeared before the last chunk was annotated');
  // The longest main-thread task is a figure for the notes (printed above), not an assertion:
  // timings depend on the machine's load. What must hold is that the work came in pieces.
  assert.ok(timings.chunks > 1, 'the text was annotated and rendered in chunks');

  // Complete and exact: marks equal the core's answer for the whole text, text unchanged.
  const same = await page.evaluate(async () => {
    const { annotate } = await import('./pkg/index.js');
    const text = window.bigText;
    const core = annotate(text);
    const marks = document.querySelectorAll('#output mark');
    if (marks.length !== core.length) return `marks ${marks.length} vs core ${core.length}`;
    for (let i = 0; i < core.length; i++) {
      const m = marks[i];
      if (Number(m.dataset.start) !== core[i].start || Number(m.dataset.end) !== core[i].end
        || m.dataset.label !== core[i].label || m.textContent !== core[i].text) return `differs at ${i}`;
    }
    if (document.getElementById('output').textContent !== text) return 'text differs';
    return 'same';
  });
  assert.equal(same, 'same');
  assert.deepEqual(problems.offOrigin, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

/** Pastes a text built in the page as the clipboard would; resolves to the run before. */
async function pasteInPage(page, kind, arg) {
  const before = Number(await page.locator('#output').getAttribute('data-run') ?? 0);
  await page.evaluate(([source, a]) => {
    const text = source === 'articles' ? Array.from({ length: 1000 }, () => a).join('\n\n')
      : `${'x'.repeat(500000)}😀${'<mark>'.repeat(80000)}${'y'.repeat(20000)}`;
    window.pasted = text;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    const input = document.getElementById('input');
    input.value = '';
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, [kind, arg]);
  return before;
}

test('a new paste cancels the old work', { timeout: 120_000 }, async () => {
  const { page, problems } = await env.open();
  const article = seedText();
  await pasteInPage(page, 'articles', article);
  await page.waitForFunction(() => document.querySelector('#output mark') && !document.getElementById('progress').hidden);
  const small = 'Then, on Friday, 20% of 95,000 paid $5.';
  const before = Number(await page.locator('#output').getAttribute('data-run'));
  await page.locator('#input').fill(small);
  await page.locator('#annotate').click();
  await page.waitForFunction((prev) => {
    const out = document.getElementById('output');
    return Number(out.dataset.run) > prev && out.dataset.state === 'done';
  }, before);
  const core = await page.evaluate(async (t) => (await import('./pkg/index.js')).annotate(t), small);
  const marks = await page.$$eval('#output mark', (ms) => ms.map((m) => [Number(m.dataset.start), m.dataset.label, m.textContent]));
  assert.deepEqual(marks, core.map((a) => [a.start, a.label, a.text]));
  assert.equal(await page.locator('#output').evaluate((o) => o.textContent), small);
  assert.ok(await page.locator('#progress').isHidden());
  assert.ok(await page.locator('#large-note').isHidden());
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a 1 MB word renders as text, whole', { timeout: 120_000 }, async () => {
  const { page, problems } = await env.open();
  const before = await pasteInPage(page, 'word', null);
  await page.waitForFunction((prev) => {
    const out = document.getElementById('output');
    return Number(out.dataset.run) > prev && out.dataset.state === 'done';
  }, before, { timeout: 60_000 });
  const same = await page.evaluate(() => document.getElementById('output').textContent === window.pasted
    && window.pasted.length > 1_000_000);
  assert.ok(same, 'the rendered text is the pasted word');
  assert.equal(await page.locator('#output mark, #output *:not(.chunk)').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
