// A Vite app (current major) that imports highlit by name and its stylesheet: the dev server,
// and the production build on a static server with the page's strict CSP, both in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { serveAndVerify, useConsumer, verify, visit } from './page.mjs';

const env = useConsumer('vite');

test('the dev server serves an app that highlights in place', async () => {
  const server = await createServer({
    root: env.app.dir,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  try {
    const { page, result } = await visit(env.browser.context, server.resolvedUrls.local[0]);
    verify(result);
    await page.close();
  } finally {
    await server.close();
  }
});

test('the production build highlights in place under a strict CSP', async () => {
  const out = join(env.app.dir, 'dist');
  await build({ root: env.app.dir, configFile: false, logLevel: 'error', build: { outDir: out } });
  await serveAndVerify(env, out, 'consumer-vite', async (page) => {
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((r) => r.name).filter((n) => n.endsWith('.wasm')));
    assert.equal(wasm.length, 1, 'the wasm is an asset of the build');
  });
});
