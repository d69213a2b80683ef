// A browser consumer's test: its project and Chromium around the tests, its page served and
// opened, and what app/check.js left on <body data-result> checked the same way for every way
// of loading the package.

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { screenshot, startBrowser, startServer } from '../browser/helpers.mjs';
import { project } from './project.mjs';

/** highlit.css's colour for PERSON, as computed style gives it. */
const PERSON_BACKGROUND = 'rgb(170, 156, 252)';

/**
 * Opens `url` and resolves to check.js's result, failing on page errors, console errors or
 * requests to another origin.
 */
export async function visit(context, url) {
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  // A 404 is reported by its response (with its URL), except the favicon the pages lack.
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) problems.push(`off-origin: ${u}`);
  });
  await page.goto(url);
  try {
    await page.waitForSelector('body[data-result]', { timeout: 30_000 });
  } catch (e) {
    throw new Error(`no result on ${url}: ${problems.join('; ') || e.message}`);
  }
  const result = JSON.parse(await page.locator('body').getAttribute('data-result'));
  assert.deepEqual(problems, []);
  return { page, result };
}

/** What every consumer must see: the names found, marks that match, a restored element. */
export function verify(result) {
  // The paragraph's people, in order (what the table's lone cells read as is the model's
  // business, tested with the model; a city alone in a cell may read as a given name).
  const people = result.annotations.filter((a) => a.label === 'PERSON').map((a) => a.text);
  assert.deepEqual(people.slice(0, 2), ['Angela Merkel', 'Emmanuel Macron']);
  assert.ok(!people.slice(2).some((p) => /Merkel|Macron|Angela/.test(p)), people.join(', '));
  assert.ok(result.annotations.some((a) => a.label === 'MONEY' && a.text === '$1.08'));
  assert.ok(result.text.startsWith('Talks in Berlin\n\nOn Monday, Angela Merkel'), result.text);
  const joined = new Map();
  for (const m of result.marks) joined.set(m.id, (joined.get(m.id) ?? '') + m.text);
  assert.deepEqual([...joined.keys()], result.annotations.map((_, i) => i));
  result.annotations.forEach((a, i) => assert.equal(joined.get(i), a.text));
  const merkel = result.annotations.findIndex((a) => a.text === 'Angela Merkel');
  assert.equal(result.marks.filter((m) => m.id === merkel).length, 2, 'across <b>: two marks');
  assert.equal(result.sameAsAnnotate, true, 'h.annotations equals annotate(h.text)');
  assert.equal(result.restored, true, 'remove() restored innerHTML');
  assert.equal(result.personBackground, PERSON_BACKGROUND, 'highlit.css is applied');
}

/**
 * The project `name` (see project.mjs) and headless Chromium, made before the file's tests
 * (then `prepare(dir)`, if given) and removed after them; returns `{app, browser}` as filled.
 */
export function useConsumer(name, prepare) {
  const env = {};
  before(async () => {
    env.app = project(name);
    await prepare?.(env.app.dir);
    env.browser = await startBrowser();
  });
  after(async () => {
    await env.browser?.close();
    env.app?.remove();
  });
  return env;
}

/**
 * Serves `root` with the page's strict CSP, visits it, verifies what check.js saw, saves a
 * screenshot as `shot`; `check(page)`, if given, looks further at the open page.
 */
export async function serveAndVerify(env, root, shot, check) {
  const server = await startServer(root);
  try {
    const { page, result } = await visit(env.browser.context, server.url);
    verify(result);
    await check?.(page);
    await screenshot(page, shot);
    await page.close();
  } finally {
    await server.close();
  }
}
