// Shared set-up for the browser tests: the static server, headless Chromium, page watchers.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(ROOT, 'www');
export const SCREENSHOTS = join(ROOT, 'tests/browser/screenshots');

/** The seed article's text, from ../shared beside the repository. */
export function seedText() {
  const file = join(ROOT, '../shared/golden/seed-article.json');
  return JSON.parse(readFileSync(file, 'utf8')).text;
}

/** Fails (does not skip) when the wasm package has not been built. */
export function requireBuild() {
  if (!existsSync(join(WWW, 'pkg/index.js'))) {
    throw new Error('www/pkg/index.js is missing: run make build first');
  }
}

/** Starts scripts/serve.mjs on a free port over `root`; resolves to {url, origin, close}. */
export function startServer(root = WWW) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--port', '0', '--root', root], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${err}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/)\n/m.exec(out);
      if (match) {
        const url = match[1];
        resolvePromise({
          url,
          origin: new URL(url).origin,
          close: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.removeAllListeners('exit');
            child.on('exit', () => done());
            child.kill();
          }),
        });
      }
    });
  });
}

/** Headless Debian Chromium with a fresh profile; resolves to {context, close}. */
export async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'highlit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1200, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the page (or `path`, another page of the site) with empty storage and records what
 * must not happen: requests to other origins, console errors (CSP violations among them),
 * uncaught errors, dialogs.
 */
export async function openPage(context, server, path = '') {
  const page = await context.newPage();
  const problems = { offOrigin: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== server.origin) problems.offOrigin.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(server.url + path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('#legend .legend-item').first().waitFor();
  return { page, problems };
}

/** Puts `text` into the text area as a paste would and waits until every highlight is shown. */
export async function pasteAndWait(page, text) {
  const before = await page.locator('#output').getAttribute('data-run');
  await page.locator('#input').fill(text);
  await waitForRun(page, Number(before ?? 0));
}

/** Waits for a run newer than `after` to finish rendering. */
export async function waitForRun(page, after) {
  await page.waitForFunction((prev) => {
    const out = document.getElementById('output');
    return Number(out.dataset.run ?? 0) > prev && ['done', 'error'].includes(out.dataset.state);
  }, after, { timeout: 60_000 });
  const state = await page.locator('#output').getAttribute('data-state');
  if (state !== 'done') throw new Error(`annotation failed: ${await page.locator('#status').textContent()}`);
}

/**
 * What the core returns for `text`, called in the page, against the reference date the page
 * used for its last run (`#reference-note`'s `data-iso`: the article's own date or today's)
 * unless `options` set one.
 */
export async function coreAnnotate(page, text, options) {
  const iso = await page.locator('#reference-note').getAttribute('data-iso');
  const opts = iso ? { referenceDate: iso, ...options } : options;
  return page.evaluate(async ([t, o]) => (await import('./pkg/index.js')).annotate(t, o), [text, opts]);
}

/** Annotations reduced to what a rendered mark carries, to compare with `renderedMarks`. */
export function asMarks(annotations) {
  return annotations.map(({ start, end, label, text }) => ({ start, end, label, text }));
}

/** The rendered marks as plain data. */
export function renderedMarks(page) {
  return page.$$eval('#output mark', (marks) => marks.map((m) => ({
    start: Number(m.dataset.start),
    end: Number(m.dataset.end),
    label: m.dataset.label,
    text: m.textContent,
  })));
}

/**
 * Clicks the export button for `format`; resolves to {name: content} of the files it
 * downloads (a zip as bytes, the rest as text).
 */
export async function download(page, format, files = 1) {
  const downloads = [];
  const listener = (d) => downloads.push(d);
  page.on('download', listener);
  await page.locator(`#export button[data-format="${format}"]`).click();
  while (downloads.length < files) await page.waitForEvent('download');
  page.off('download', listener);
  const out = {};
  for (const d of downloads) {
    const name = d.suggestedFilename();
    const bytes = await readFile(await d.path());
    out[name] = name.endsWith('.zip') ? new Uint8Array(bytes) : bytes.toString('utf8');
  }
  return out;
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Starts the server and Chromium before the tests of the file (or `describe` block) that
 * calls it, and stops them after. `open()` opens a watched page, as `openPage` does.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    requireBuild();
    env.server = await startServer();
    env.browser = await startBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  env.open = (path) => openPage(env.browser.context, env.server, path);
  return env;
}
