// The page's answer to a first paste (`make bench`): three fresh loads of www/ (a new Chromium
// each, Debian's, by playwright-core), a ~3 KB article from the benchmark's documents filled
// into the text area a second after `load` and, in three more loads, right at `load`; the time
// from the paste to every highlight shown (#output's data-state 'done'), median of three, and
// the page's own figure for the run (its status line). Needs `make build` first.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { documents } from './documents.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function serve() {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--port', '0', '--root', join(ROOT, 'www')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((done) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/)\n/m.exec(out);
      if (m) done({ url: m[1], close: () => child.kill() });
    });
  });
}

/** One fresh load; `delay` ms after `load`, fills `text`; resolves to [ms to all shown, page's ms]. */
async function firstPaste(url, text, delay) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(delay);
    const ms = await page.evaluate((t) => new Promise((done) => {
      const out = document.getElementById('output');
      const input = document.getElementById('input');
      const before = Number(out.dataset.run ?? 0);
      const t0 = performance.now();
      new MutationObserver((_, observer) => {
        if (Number(out.dataset.run ?? 0) > before && out.dataset.state === 'done') {
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - t0));
        }
      }).observe(out, { attributes: true, attributeFilter: ['data-state', 'data-run'] });
      // What a browser does on a paste: the paste event, then (unless the page took it) the
      // text inserted and an input event of type insertFromPaste.
      const data = new DataTransfer();
      data.setData('text/plain', t);
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      if (input.dispatchEvent(paste)) {
        input.value = t;
        input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      }
    }), text);
    const status = await page.locator('#status').textContent();
    return [ms, Number(/in (\d+) ms/.exec(status)?.[1])];
  } finally {
    await browser.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const article = documents().find((d) => d.set === 'conll2020-dev' && d.text.length > 2500 && d.text.length < 3500)?.text
  ?? 'On Friday, US President Donald Trump said over 95,000 soldiers had died since February 2022. '.repeat(32);
const server = await serve();
try {
  for (const [delay, when] of [[1000, 'a second after load'], [0, 'right at load']]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await firstPaste(server.url, article, delay));
    console.log(`page, fresh load, ${article.length}-char article pasted ${when}: highlights shown after ` +
      `${median(runs.map((r) => r[0])).toFixed(0)} ms (median of 3: ${runs.map((r) => r[0].toFixed(0)).join(', ')}); ` +
      `the page's own figure ${median(runs.map((r) => r[1]))} ms`);
  }
} finally {
  server.close();
}
