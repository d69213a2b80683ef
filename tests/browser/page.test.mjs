// The page in headless Chromium under the strict CSP: paste, render, compare with the core,
// hostile text, filter, tooltip, keyboard, screenshots.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  asMarks, coreAnnotate, pasteAndWait, renderedMarks, screenshot, SCREENSHOTS, seedText, useBrowser, waitForRun,
} from './helpers.mjs';
import { describeValue } from '../../www/describe.js';

describe('the page', () => {
  const text = seedText();

  const env = useBrowser();

  function assertClean(problems) {
    assert.deepEqual(problems.offOrigin, [], 'requests to other origins');
    assert.deepEqual(problems.consoleErrors, [], 'console errors (CSP violations included)');
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
    assert.deepEqual(problems.dialogs, [], 'dialogs');
  }

  test('the seed article renders exactly what the core returns, and the text unchanged', async () => {
    const { page, problems } = await env.open();
    await pasteAndWait(page, text);
    const core = await coreAnnotate(page, text);
    assert.ok(core.length > 0, 'the core finds something in the seed article');
    for (const a of core) assert.equal(text.slice(a.start, a.end), a.text, 'core offsets are UTF-16');
    const marks = await renderedMarks(page);
    assert.deepEqual(marks, asMarks(core));
    assert.equal(await page.locator('#output').evaluate((o) => o.textContent), text);
    // The legend counts what is shown.
    for (const label of new Set(core.map((a) => a.label))) {
      const count = await page.locator(`#legend [data-label="${label}"] .legend-count`).textContent();
      assert.equal(Number(count), core.filter((a) => a.label === label).length, `${label} count`);
    }
    assertClean(problems);
    await page.close();
  });

  test('hostile text shows as text', async () => {
    const { page, problems } = await env.open();
    const hostile = [
      '<img src=x onerror=alert(1)> costs $5 on Friday',
      '</mark><script>alert(2)</script> 20% <b>bold</b> &amp; &lt;',
      '\u202Eevil RTL\u202C and \u200Fmark\u200E: 95,000 😀 people in February 2022',
      '<mark data-label="PERSON">fake</mark>',
    ].join('\n');
    await pasteAndWait(page, hostile);
    assert.equal(await page.locator('#output').evaluate((o) => o.textContent), hostile);
    assert.equal(await page.locator('#output img, #output script, #output b').count(), 0);
    const marks = await renderedMarks(page);
    const core = await coreAnnotate(page, hostile);
    assert.deepEqual(marks, asMarks(core));
    assert.equal(await page.locator('img').count(), 0, 'no img element anywhere');
    assertClean(problems);
    await page.close();
  });

  test('a legend click hides a label and a second click shows it again', async () => {
    const { page, problems } = await env.open();
    await pasteAndWait(page, text);
    const core = await coreAnnotate(page, text);
    const label = core[0].label;
    const button = page.locator(`#legend [data-label="${label}"]`);
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await button.click();
    await page.waitForFunction((l) => !document.querySelector(`#output mark[data-label="${l}"]`), label);
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    const shown = await renderedMarks(page);
    assert.deepEqual(shown.map((m) => m.label), core.filter((a) => a.label !== label).map((a) => a.label));
    assert.equal(await page.locator('#output').evaluate((o) => o.textContent), text, 'text unchanged');
    // The filter is remembered.
    await page.reload();
    await pasteAndWait(page, text);
    assert.equal(await page.locator(`#output mark[data-label="${label}"]`).count(), 0);
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    await button.click();
    await page.waitForFunction((n) => document.querySelectorAll('#output mark').length === n, core.length);
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assertClean(problems);
    await page.close();
  });

  test('hovering or focusing a highlight shows its label and value in plain words', async () => {
    const { page, problems } = await env.open();
    await pasteAndWait(page, text);
    const core = await coreAnnotate(page, text);
    const friday = core.find((a) => a.value?.weekday === 5);
    assert.ok(friday, 'the seed article has "Friday" as a weekday');
    const mark = page.locator(`#output mark[data-start="${friday.start}"]`);
    await mark.hover();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    assert.equal(await tip.locator('[data-key="label"] .tip-value').textContent(), 'DATE');
    // Resolved against the page's reference date, in words: `Friday 27 November 2026`.
    const fridayWords = await tip.locator('[data-key="value"] .tip-value').textContent();
    assert.match(fridayWords, /^Friday \d{1,2} [A-Z][a-z]+ \d{4}$/);
    assert.equal(fridayWords, describeValue(friday.value, 'DATE'));
    // Every annotation with a value shows the same words the describer gives, on focus too.
    for (const a of core.filter((x) => x.value).slice(0, 12)) {
      await page.locator(`#output mark[data-start="${a.start}"]`).focus();
      await page.waitForFunction((s) => document.getElementById('tooltip').dataset.label
        && !document.getElementById('tooltip').hidden
        && document.activeElement?.dataset.start === String(s), a.start);
      const words = await tip.locator('.tip-row').evaluateAll((rows) => rows.map((r) => r.textContent));
      assert.ok(words.includes(`Value${describeValue(a.value, a.label)}`), `${a.text}: ${words}`);
      assert.ok(words.includes(`Label${a.label}`));
      if (typeof a.score === 'number') assert.ok(words.some((w) => w.startsWith('Confidence')));
    }
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    assertClean(problems);
    await page.close();
  });

  test('keyboard: Tab reaches the highlights, arrows move between them', async () => {
    const { page, problems } = await env.open();
    await pasteAndWait(page, text);
    const marks = await renderedMarks(page);
    assert.ok(marks.length >= 3);
    const active = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.matches('mark') ? { start: Number(el.dataset.start), aria: el.getAttribute('aria-label') } : null;
    });
    await page.locator('#legend button').last().focus();
    await page.keyboard.press('Tab');
    assert.equal((await active())?.start, marks[0].start, 'Tab from the legend lands on the first mark');
    assert.equal((await active()).aria, `${marks[0].label}: ${marks[0].text}`);
    await page.keyboard.press('ArrowRight');
    assert.equal((await active())?.start, marks[1].start);
    await page.keyboard.press('ArrowDown');
    assert.equal((await active())?.start, marks[2].start);
    await page.keyboard.press('ArrowLeft');
    assert.equal((await active())?.start, marks[1].start);
    await page.keyboard.press('End');
    assert.equal((await active())?.start, marks.at(-1).start);
    await page.keyboard.press('Home');
    assert.equal((await active())?.start, marks[0].start);
    await page.keyboard.press('Tab');
    assert.equal((await active())?.start, marks[1].start, 'Tab moves to the next mark');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused highlight shows a focus ring');
    assertClean(problems);
    await page.close();
  });

  test('the side list groups entities by label with counts; a click steps through mentions', async () => {
    const { page, problems } = await env.open();
    await pasteAndWait(page, text);
    const core = await coreAnnotate(page, text);
    const listed = await page.$$eval('#entities button.ent-item', (buttons) => buttons.map((b) => ({
      label: b.dataset.label, text: b.dataset.text, count: b.querySelector('.ent-count').textContent,
    })));
    const expected = new Map();
    for (const a of core) expected.set(`${a.label}|${a.text}`, (expected.get(`${a.label}|${a.text}`) ?? 0) + 1);
    assert.deepEqual(
      new Map(listed.map((e) => [`${e.label}|${e.text}`, e.count])),
      new Map([...expected].map(([k, n]) => [k, `×${n}`])),
    );
    // Within a label, the most mentioned come first.
    for (let i = 1; i < listed.length; i++) {
      if (listed[i].label === listed[i - 1].label) {
        assert.ok(Number(listed[i].count.slice(1)) <= Number(listed[i - 1].count.slice(1)));
      }
    }
    const [key, n] = [...expected].sort((a, b) => b[1] - a[1])[0];
    const [label, name] = key.split('|');
    const mentions = core.filter((a) => a.label === label && a.text === name);
    const button = page.locator(`#entities button.ent-item[data-label="${label}"]`).filter({ hasText: name }).first();
    for (let i = 0; i < Math.min(n, 3); i++) {
      await button.click();
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.start), String(mentions[i].start));
      assert.equal(await button.locator('.ent-pos').textContent(), `${i + 1}/${n}`);
    }
    // Hiding a label takes it out of the list too.
    await page.locator(`#legend [data-label="${label}"]`).click();
    await page.waitForFunction((l) => !document.querySelector(`#entities [data-label="${l}"]`), label);
    assertClean(problems);
    await page.close();
  });

  test('a text file opens as the text', async () => {
    const { page, problems } = await env.open();
    const before = Number(await page.locator('#output').getAttribute('data-run') ?? 0);
    await page.locator('#file').setInputFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await waitForRun(page, before);
    assert.equal(await page.locator('#input').inputValue(), text);
    assert.equal(await page.locator('#output').evaluate((o) => o.textContent), text);
    assert.deepEqual(await renderedMarks(page), asMarks(await coreAnnotate(page, text)));
    assertClean(problems);
    await page.close();
  });

  test('when the core cannot load, the page says so', async () => {
    const { page } = await env.open();
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.reload();
    await page.locator('#input').fill('On Friday, 20% paid $5.');
    await page.waitForFunction(() => document.getElementById('output').dataset.state === 'error');
    assert.match(await page.locator('#status').textContent(), /could not be loaded.*make build/);
    assert.equal(await page.locator('#output').evaluate((o) => o.getAttribute('aria-busy')), 'false');
    await page.close();
  });

  test('screenshots: light, dark, narrow', async () => {
    const { page, problems } = await env.open();
    await pasteAndWait(page, text);
    const core = await coreAnnotate(page, text);
    await page.locator(`#output mark[data-start="${core[0].start}"]`).hover();
    await screenshot(page, 'light');
    await page.locator(`#output mark[data-start="${core[0].start}"]`).focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#output').screenshot({ path: `${SCREENSHOTS}/light-focus.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'dark');
    await page.locator('#options-panel summary').click();
    await page.locator(`#output mark[data-start="${core[1].start}"]`).click();
    await page.locator('#editor').waitFor({ state: 'visible' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/dark-editor.png` });
    await page.keyboard.press('Escape');
    await page.locator('#editor').waitFor({ state: 'hidden' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/narrow-375-top.png` });
    await screenshot(page, 'narrow-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll at 375px (overflow ${overflow}px)`);
    assertClean(problems);
    await page.close();
  });
});
