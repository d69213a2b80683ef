// No bundler: the installed package's folder copied beside a page that imports it with
// <script type="module">, on a static server with a strict CSP, in Chromium.
import { after, before, test } from 'node:test';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { screenshot, startBrowser, startServer } from '../browser/helpers.mjs';
import { project } from './project.mjs';
import { verify, visit } from './page.mjs';

let app;
let browser;

before(async () => {
  app = project('script');
  cpSync(join(app.dir, 'node_modules/highlit'), join(app.dir, 'highlit'), { recursive: true });
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  app?.remove();
});

test('a module script loads the package from its folder and highlights in place', async () => {
  const server = await startServer(app.dir);
  try {
    const { page, result } = await visit(browser.context, server.url);
    verify(result);
    await screenshot(page, 'consumer-script');
    await page.close();
  } finally {
    await server.close();
  }
});
