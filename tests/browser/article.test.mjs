// The in-place demo (www/article.html): an article with real markup highlighted where it
// stands, with the main page's legend, filter, tooltip and keyboard navigation, and a button
// that removes the highlights and gives back the article exactly as it was served.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, useBrowser } from './helpers.mjs';

const env = useBrowser();

/** Opens the demo and waits until the article is highlighted. */
async function openArticle() {
  const opened = await env.open('article.html');
  await opened.page.waitForFunction(() => !document.getElementById('toggle').disabled);
  return opened;
}

/** The article as served: its innerHTML parsed from the page's own HTML. */
function servedArticle(page) {
  return page.evaluate(async () => {
    const html = await (await fetch('article.html')).text();
    return new DOMParser().parseFromString(html, 'text/html').getElementById('story').innerHTML;
  });
}

/** Marks as data, and each annotation's marks joined by `data-id`. */
function marks(page) {
  return page.$$eval('#story mark.highlit', (all) => all.map((m) => ({
    id: Number(m.dataset.id), label: m.dataset.label, text: m.textContent,
    focusable: m.tabIndex === 0 && m.hasAttribute('tabindex'),
  })));
}

test('the article is highlighted in place, its markup kept, and Remove gives it back exactly', async () => {
  const { page, problems } = await openArticle();
  const served = await servedArticle(page);
  const shown = await marks(page);
  const labels = new Set(shown.map((m) => m.label));
  assert.ok(labels.size >= 9, `labels shown: ${[...labels]}`);
  const texts = new Map();
  for (const m of shown) texts.set(m.id, (texts.get(m.id) ?? '') + m.text);
  for (const found of ['€310 million', '152 megawatts', '10:30 a.m.', 'June 3']) {
    assert.ok([...texts.values()].includes(found), `${found} is one highlight`);
  }
  assert.ok(shown.filter((m) => m.label === 'PERSON').length >= 3, 'people');
  // The dateline's date runs out of its <time> element: one highlight, two marks.
  const date = [...texts].find(([, text]) => text === 'Wednesday, May 14, 2025');
  assert.ok(date, 'the dateline is one highlight');
  assert.deepEqual(shown.filter((m) => m.id === date[0]).map((m) => m.text), ['Wednesday, May 14', ', 2025']);
  // Inside the link, the emphasis, the list, the table, the caption and the quote.
  for (const where of ['a', 'em', 'li', 'td', 'figcaption', 'blockquote']) {
    assert.ok(await page.locator(`#story ${where} mark.highlit`).count() > 0, `a mark inside ${where}`);
  }
  assert.equal(await page.locator('#story code mark').count(), 0, 'code is left out');
  assert.equal(await page.locator('#story img').getAttribute('src'), 'article-figure.svg');
  await screenshot(page, 'article-highlighted');

  await page.locator('#toggle').click();
  assert.equal(await page.locator('#story').evaluate((el) => el.innerHTML), served, 'innerHTML as served');
  assert.match(await page.locator('#status').textContent(), /removed/);
  await screenshot(page, 'article-removed');
  await page.locator('#toggle').click();
  assert.deepEqual(await marks(page), shown, 'highlighted again, the same marks');
  assert.deepEqual(problems, { offOrigin: [], consoleErrors: [], pageErrors: [], dialogs: [] });
});

test('the legend hides and shows a label, counting what is hidden too', async () => {
  const { page, problems } = await openArticle();
  const person = page.locator('#legend .legend-item[data-label="PERSON"]');
  const count = await person.locator('.legend-count').textContent();
  assert.ok(Number(count) >= 4, count);
  const before = await marks(page);
  await person.click();
  assert.equal(await person.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#story mark.highlit[data-label="PERSON"]').count(), 0);
  assert.equal(await person.locator('.legend-count').textContent(), count, 'a hidden label keeps its count');
  const others = (await marks(page)).map(({ label, text }) => `${label} ${text}`);
  assert.deepEqual(others, before.filter((m) => m.label !== 'PERSON').map(({ label, text }) => `${label} ${text}`));
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('toggle').disabled);
  assert.equal(await page.locator('#story mark.highlit[data-label="PERSON"]').count(), 0, 'remembered');
  await page.locator('#legend .legend-item[data-label="PERSON"]').click();
  assert.deepEqual(await marks(page), before);
  assert.deepEqual(problems, { offOrigin: [], consoleErrors: [], pageErrors: [], dialogs: [] });
});

test('the tooltip reads a highlight out, and the keyboard moves between highlights', async () => {
  const { page, problems } = await openArticle();
  const money = page.locator('#story mark.highlit[data-label="MONEY"]').first();
  await money.hover();
  const tooltip = page.locator('#tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /LabelMONEY/);
  assert.match(await tooltip.textContent(), /Value.*310,000,000/);
  await screenshot(page, 'article-tooltip');

  // Tab from the legend reaches the first highlight; arrows step by annotation, not by mark.
  const all = await marks(page);
  const firsts = all.filter((m) => m.focusable);
  assert.equal(firsts.length, new Set(all.map((m) => m.id)).size, 'one focusable mark per annotation');
  await page.locator('#legend .legend-item').last().focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => Number(document.activeElement.dataset.id));
  assert.equal(await focused(), 0);
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 1);
  await page.keyboard.press('End');
  assert.equal(await focused(), firsts.at(-1).id);
  await tooltip.waitFor({ state: 'visible' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'article-dark-focus');
  assert.deepEqual(problems, { offOrigin: [], consoleErrors: [], pageErrors: [], dialogs: [] });
});

test('links inside highlights still work, and the main page links to the demo', async () => {
  const { page, problems } = await openArticle();
  const inLink = page.locator('#story a[href="#bank"] mark.highlit').first();
  await inLink.click();
  assert.equal(await page.evaluate(() => location.hash), '#bank');
  const main = await env.open();
  await main.page.locator('a[href="article.html"]').click();
  await main.page.waitForFunction(() => !document.getElementById('toggle')?.disabled);
  assert.ok(await main.page.locator('#story mark.highlit').count() > 20);
  assert.deepEqual(problems, { offOrigin: [], consoleErrors: [], pageErrors: [], dialogs: [] });
  assert.deepEqual(main.problems, { offOrigin: [], consoleErrors: [], pageErrors: [], dialogs: [] });
});

test('text selects across highlights as it reads, and the legend shares the marks\' colours', async () => {
  const { page, problems } = await openArticle();
  const paragraph = page.locator('#story p').nth(2);
  await paragraph.click({ clickCount: 3 });
  const selected = await page.evaluate(() => getSelection().toString());
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  assert.equal(squash(selected), squash(await paragraph.textContent()), 'a triple click selects the paragraph');
  assert.ok(await paragraph.locator('mark.highlit').count() >= 3, 'across several highlights');
  await page.locator('#story mark.highlit[data-label="MONEY"]').first().dblclick();
  assert.match(await page.evaluate(() => getSelection().toString()), /^(€310|million)$/);
  for (const label of ['PERSON', 'LOC', 'MONEY', 'DATE']) {
    const colour = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(await colour(`#legend .legend-item[data-label="${label}"]`),
      await colour(`#story mark.highlit[data-label="${label}"]`), label);
  }
  assert.deepEqual(problems, { offOrigin: [], consoleErrors: [], pageErrors: [], dialogs: [] });
});
