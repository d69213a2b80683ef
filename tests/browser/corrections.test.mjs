// Corrections: relabel, delete, add by selection; kept across reloads; exported; turned into
// a gazetteer that the core takes for later texts; reset puts everything back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { asMarks, coreAnnotate, pasteAndWait, renderedMarks, useBrowser, waitForRun } from './helpers.mjs';

const env = useBrowser();

const TEXT = 'On Friday 😀 Vladimir Putin met 3 envoys in Geneva.\nIn February 2022, 95,000 troops moved.';
const at = (s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

/** Selects `[start, end)` of the text in the output as a mouse would, and releases. */
async function select(page, start, end) {
  await page.evaluate(([s, e]) => {
    const out = document.getElementById('output');
    const walker = document.createTreeWalker(out, NodeFilter.SHOW_TEXT);
    const points = [];
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const target of [s, e]) {
        if (target >= offset && target <= offset + node.length && points.length < 2 && !points.some((p) => p.t === target)) {
          points.push({ t: target, node, at: target - offset });
        }
      }
      offset += node.length;
    }
    const range = document.createRange();
    range.setStart(points[0].node, points[0].at);
    range.setEnd(points[1].node, points[1].at);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
    out.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, [start, end]);
}

async function exportedJson(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export [data-format="json"]').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('relabel, delete and add; kept, exported, remembered as a gazetteer, reset', async () => {
  const { page, problems } = await env.open();
  await pasteAndWait(page, TEXT);
  const core = await coreAnnotate(page, TEXT);
  const date = core.find((a) => a.text === 'February 2022');
  const friday = core.find((a) => a.text === 'Friday');
  assert.ok(date && friday, 'the core finds the dates');

  // Relabel "February 2022" as MISC, with the mouse.
  await page.locator(`#output mark[data-start="${date.start}"]`).click();
  await page.locator('#editor').waitFor({ state: 'visible' });
  await page.locator('#editor [data-label="MISC"]').click();
  await page.waitForFunction((s) => document.querySelector(`#output mark[data-start="${s}"]`)?.dataset.label === 'MISC', date.start);
  assert.ok(await page.locator(`#output mark[data-start="${date.start}"]`).evaluate((m) => m.classList.contains('corrected')));

  // The tooltip says where a corrected highlight comes from.
  await page.locator(`#output mark[data-start="${date.start}"]`).hover();
  await page.locator('#tooltip [data-key="source"]').waitFor();
  assert.equal(await page.locator('#tooltip [data-key="source"] .tip-value').textContent(), 'your correction');

  // Delete "Friday", with the keyboard only; focus lands on the next highlight.
  await page.locator(`#output mark[data-start="${friday.start}"]`).focus();
  await page.keyboard.press('Enter');
  await page.locator('#editor').waitFor({ state: 'visible' });
  await page.locator('#editor .editor-delete').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => !document.querySelector(`#output mark[data-start="${s}"]`), friday.start);
  await page.waitForFunction(() => document.activeElement?.matches('#output mark'));
  const next = core.find((a) => a.start > friday.start);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.start), String(next.start));

  // Add "Vladimir Putin" as PERSON by selecting it (after an emoji: UTF-16 offsets).
  const putin = at('Vladimir Putin');
  await select(page, putin.start, putin.end);
  await page.locator('#editor').waitFor({ state: 'visible' });
  await page.locator('#editor [data-label="PERSON"]').click();
  await page.waitForFunction((s) => document.querySelector(`#output mark[data-start="${s}"]`)?.dataset.label === 'PERSON', putin.start);

  const expected = [
    ...asMarks(core.filter((a) => a.start !== friday.start && a.start !== date.start && !(a.start < putin.end && putin.start < a.end))),
    { ...putin, label: 'PERSON', text: 'Vladimir Putin' },
    { start: date.start, end: date.end, label: 'MISC', text: 'February 2022' },
  ].sort((a, b) => a.start - b.start);
  assert.deepEqual(await renderedMarks(page), expected);
  assert.equal(await page.locator('#legend [data-label="PERSON"] .legend-count').textContent(), '1');
  assert.equal(await page.locator('#output').evaluate((o) => o.textContent), TEXT);

  // The export carries the corrections.
  const doc = await exportedJson(page);
  assert.deepEqual(asMarks(doc.annotations), expected);

  // Kept across a reload of the same text.
  await page.reload();
  await pasteAndWait(page, TEXT);
  assert.deepEqual(await renderedMarks(page), expected);
  assert.match(await page.locator('#corrections-info').textContent(), /3 corrections/);

  // Remembered as a gazetteer (the names and their labels; the deleted date is no name), which
  // the core takes for another text.
  await page.locator('#options-panel summary').click();
  await page.locator('#remember').click();
  assert.match(await page.locator('#gazetteer-info').textContent(), /2 names/);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('highlit.gazetteer')));
  assert.deepEqual(saved, { MISC: ['February 2022'], PERSON: ['Vladimir Putin'] });
  const other = 'Later, Vladimir Putin spoke again.';
  await pasteAndWait(page, other);
  assert.deepEqual(await renderedMarks(page), asMarks(await coreAnnotate(page, other, { gazetteer: saved })));

  // Reset puts everything back to what the core says.
  const before = Number(await page.locator('#output').getAttribute('data-run'));
  await page.locator('#reset').click();
  await waitForRun(page, before);
  const plain = await coreAnnotate(page, other);
  assert.deepEqual(await renderedMarks(page), asMarks(plain));
  await pasteAndWait(page, TEXT);
  assert.deepEqual(await renderedMarks(page), asMarks(core));
  assert.match(await page.locator('#gazetteer-info').textContent(), /empty/);

  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.offOrigin, []);
  await page.close();
});

test('a reference date is kept and passed to the core', async () => {
  const { page, problems } = await env.open();
  await page.locator('#options-panel summary').click();
  await page.locator('#reference-date').fill('2025-03-14');
  await page.locator('#reference-date').dispatchEvent('change');
  const text = 'On Friday, 20% said yes.';
  await pasteAndWait(page, text);
  const withDate = await coreAnnotate(page, text, { referenceDate: '2025-03-14' });
  assert.deepEqual(await renderedMarks(page), asMarks(withDate));
  await page.reload();
  assert.equal(await page.locator('#reference-date').inputValue(), '2025-03-14');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

/**
 * Resolves once the page's rendering steps already queued have run: they are zero-delay
 * timers, which run in the order they were set, so a timer set now runs after them.
 */
function afterPendingSteps(page) {
  return page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Saves `gazetteer` where the page keeps the user's, and reloads the page to use it. */
async function reloadWithGazetteer(page, gazetteer) {
  await page.evaluate((g) => localStorage.setItem('highlit.gazetteer', JSON.stringify(g)), gazetteer);
  await page.reload();
  await page.locator('#legend .legend-item').first().waitFor();
}

test('the saved gazetteer goes to the core, which weighs it with the context', async () => {
  const { page, problems } = await env.open();
  // "Veltria" is a place to the core alone and an organisation with the gazetteer; "said"
  // stays a word: a gazetteer entry is evidence, not a label forced onto the text.
  const text = 'Ministers from Veltria said they met in Geneva.';
  const gazetteer = { ORG: ['Veltria'], PERSON: ['said'] };
  const withList = asMarks(await coreAnnotate(page, text, { gazetteer }));
  assert.notDeepEqual(withList, asMarks(await coreAnnotate(page, text)), 'the gazetteer changes what the core finds');
  assert.ok(withList.some((m) => m.text === 'Veltria' && m.label === 'ORG'));
  await reloadWithGazetteer(page, gazetteer);
  await pasteAndWait(page, text);
  assert.deepEqual(await renderedMarks(page), withList);
  assert.match(await page.locator('#gazetteer-info').textContent(), /2 names/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('a gazetteer the core refuses shows the core\'s error; reset recovers', async () => {
  const { page, problems } = await env.open();
  const gazetteer = { DATE: ['Friday'] };
  const refused = await page.evaluate(async (g) => {
    try {
      (await import('./pkg/index.js')).annotate('x', { gazetteer: g });
      return null;
    } catch (e) {
      return { kind: e.kind, message: e.message };
    }
  }, gazetteer);
  assert.equal(refused?.kind, 'InvalidGazetteerLabel', 'the core refuses a DATE gazetteer');
  await reloadWithGazetteer(page, gazetteer);
  const text = 'On Friday, 20% said yes.';
  await page.locator('#input').fill(text);
  await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('output').dataset.state));
  assert.equal(await page.locator('#output').getAttribute('data-state'), 'error');
  const shown = `${refused.kind}: ${refused.message}`;
  await afterPendingSteps(page);
  assert.equal(await page.locator('#status').textContent(), shown);
  assert.ok(await page.locator('#status').evaluate((s) => s.classList.contains('error')));
  assert.equal(await page.locator('#output').getAttribute('aria-busy'), 'false');
  // Re-rendering (here: hiding a label, then showing it) keeps the error on the status line.
  for (let i = 0; i < 2; i++) {
    await page.locator('#legend [data-label="DATE"]').click();
    await afterPendingSteps(page);
    assert.equal(await page.locator('#status').textContent(), shown);
  }

  const before = Number(await page.locator('#output').getAttribute('data-run'));
  await page.locator('#options-panel summary').click();
  await page.locator('#reset').click();
  await waitForRun(page, before);
  assert.deepEqual(await renderedMarks(page), asMarks(await coreAnnotate(page, text)));
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
