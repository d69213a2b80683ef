// No bundler: the installed package's folder copied beside a page that imports it with
// <script type="module">, on a static server with a strict CSP, in Chromium.
import { test } from 'node:test';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { serveAndVerify, useConsumer } from './page.mjs';

const env = useConsumer('script', (dir) => {
  cpSync(join(dir, 'node_modules/highlit'), join(dir, 'highlit'), { recursive: true });
});

test('a module script loads the package from its folder and highlights in place', async () => {
  await serveAndVerify(env, env.app.dir, 'consumer-script');
});
