// The reference date on the page: by default the article's own date (a dateline), else
// today's; the page says which it used and why, and every chunk is read against it; the
// reader can set a date or none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasteAndWait, useBrowser } from './helpers.mjs';
import { describeValue } from '../../www/describe.js';

const env = useBrowser();

/** What the core gives `text` with `options`, in the page, without the helpers' defaults. */
function plainCore(page, text, options) {
  return page.evaluate(async ([t, o]) => (await import('./pkg/index.js')).annotate(t, o), [text, options]);
}

const DATELINE = 'WASHINGTON, Dec. 3, 2026 (Reuters) - Ministers met on Friday and will meet again on March 30.';

test('the article\'s dateline is the reference date, and the page says so', async () => {
  const { page, problems } = await env.open();
  await pasteAndWait(page, DATELINE);
  const note = page.locator('#reference-note');
  assert.equal(await note.getAttribute('data-iso'), '2026-12-03');
  assert.equal(await note.getAttribute('data-source'), 'dateline');
  assert.match(await note.textContent(), /Thursday 3 December 2026, the article’s dateline \(“Dec\. 3, 2026”\)/);
  // The tooltip of `Friday` reads the day the dateline places it on (past tense: back).
  const core = await plainCore(page, DATELINE, { referenceDate: '2026-12-03' });
  const friday = core.find((a) => a.text === 'Friday');
  assert.equal(friday.value.iso, '2026-11-27');
  await page.locator(`#output mark[data-start="${friday.start}"]`).hover();
  const tip = page.locator('#tooltip [data-key="value"] .tip-value');
  await tip.waitFor();
  assert.equal(await tip.textContent(), 'Friday 27 November 2026');
  // `will meet … on March 30` points forward.
  assert.equal(core.find((a) => a.text === 'March 30').value.iso, '2027-03-30');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('without a date of its own, the article is read against today, and the page says so', async () => {
  const { page, problems } = await env.open();
  const text = 'Ministers met on Friday.';
  await pasteAndWait(page, text);
  const note = page.locator('#reference-note');
  const today = await page.evaluate(async () => (await import('./reference.js')).todayIso());
  assert.equal(await note.getAttribute('data-iso'), today);
  assert.equal(await note.getAttribute('data-source'), 'today');
  assert.match(await note.textContent(), /today’s date: the article states no date of its own/);
  const core = await plainCore(page, text, { referenceDate: today });
  const friday = core.find((a) => a.text === 'Friday');
  await page.locator(`#output mark[data-start="${friday.start}"]`).hover();
  const tip = page.locator('#tooltip [data-key="value"] .tip-value');
  await tip.waitFor();
  assert.equal(await tip.textContent(), describeValue(friday.value, 'DATE'));
  assert.match(await tip.textContent(), /^Friday \d/);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('"no date" leaves dates unresolved, as the core does without a reference date', async () => {
  const { page, problems } = await env.open();
  await page.locator('#options-panel summary').click();
  await page.locator('#reference-mode').selectOption('none');
  await pasteAndWait(page, DATELINE);
  assert.equal(await page.locator('#reference-note').getAttribute('data-source'), 'none');
  const core = await plainCore(page, DATELINE, undefined);
  const friday = core.find((a) => a.text === 'Friday');
  assert.deepEqual(friday.value, { weekday: 5 });
  await page.locator(`#output mark[data-start="${friday.start}"]`).hover();
  const tip = page.locator('#tooltip [data-key="value"] .tip-value');
  await tip.waitFor();
  assert.equal(await tip.textContent(), 'Friday');
  await page.reload();
  assert.equal(await page.locator('#reference-mode').inputValue(), 'none', 'the choice is kept');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
