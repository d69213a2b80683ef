// A webpack 5 production build of an app that imports highlit by name and its stylesheet,
// with the project's own webpack.config.js, on a static server with a strict CSP, in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import webpack from 'webpack';
import { serveAndVerify, useConsumer } from './page.mjs';

const env = useConsumer('webpack');

function compile(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

test('the production build highlights in place under a strict CSP', async () => {
  const { default: config } = await import(pathToFileURL(join(env.app.dir, 'webpack.config.js')));
  const stats = await compile(config);
  // webpack's performance hints name the 2.5 MB wasm; anything else would be news.
  const warnings = stats.compilation.warnings.filter((w) => !/SizeLimit|NoAsyncChunks/.test(w.name));
  assert.deepEqual(warnings.map(String), []);
  const out = config.output.path;
  copyFileSync(join(env.app.dir, 'index.html'), join(out, 'index.html'));
  assert.equal(readdirSync(out).filter((f) => f.endsWith('.wasm')).length, 1, 'the wasm is one asset');
  await serveAndVerify(env, out, 'consumer-webpack');
});
