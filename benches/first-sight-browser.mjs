// One first-sight measurement in a fresh headless Chromium (Debian's, driven by
// playwright-core): a new browser, a page that imports the built browser package (www/pkg/)
// and the same timing loop as Node (first-sight-timing.mjs), served from disk by request
// routing (no server); the warm-up text once, then each document once with `annotate(text)`.
// Returns {engine, sets} as first-sight-node.mjs prints it.
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ORIGIN = 'http://bench.invalid';
const FILES = { '/pkg/': join(ROOT, 'www/pkg/'), '/bench/': join(ROOT, 'benches/') };
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

/** Serves FILES under ORIGIN, and an empty page at its root. */
async function route(page) {
  await page.route(`${ORIGIN}/**`, async (request) => {
    const path = new URL(request.request().url()).pathname;
    const prefix = Object.keys(FILES).find((p) => path.startsWith(p));
    if (!prefix) return request.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' });
    const file = join(FILES[prefix], path.slice(prefix.length));
    const body = await readFile(file).catch(() => null);
    if (!body) return request.fulfill({ status: 404, body: '' });
    return request.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
}

/** `engine` is 'highlit-annotate' (the free function) or 'highlit-annotator' (one reused). */
export async function runChromium(docs, warm, engine = 'highlit-annotate') {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await route(page);
    await page.goto(`${ORIGIN}/`);
    const sets = await page.evaluate(async ({ docs, warm, engine }) => {
      const highlit = await import('/pkg/index.js');
      const { timeSets } = await import('/bench/first-sight-timing.mjs');
      const annotator = engine === 'highlit-annotator' ? new highlit.Annotator() : null;
      const run = annotator ? (t) => annotator.annotate(t).length : (t) => highlit.annotate(t).length;
      run(warm);
      return timeSets(docs, run, () => performance.now());
    }, { docs, warm, engine });
    return { engine: `${engine} (Chromium)`, sets };
  } finally {
    await browser.close();
  }
}
