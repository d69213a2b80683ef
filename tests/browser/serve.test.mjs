// scripts/serve.mjs: its default port, free port, MIME types, the strict CSP on every
// response, no way out of the root.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { requireBuild, ROOT, startServer, WWW } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.close(); });

/** A raw GET (the path is sent as written, without URL normalisation). */
function get(path) {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the default port is the one the Makefile and the README name', () => {
  const usage = execFileSync(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--help'], { encoding: 'utf8' });
  const port = /--port N \(default (\d+)/.exec(usage)?.[1];
  assert.equal(port, /^PORT \?= (\d+)$/m.exec(readFileSync(join(ROOT, 'Makefile'), 'utf8'))?.[1], usage);
  assert.equal(port, /http:\/\/127\.0\.0\.1:(\d+)\//.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1]);
});

test('prints a 127.0.0.1 URL with the port it picked', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.notEqual(new URL(server.url).port, '0');
});

test('serves the page with MIME types and the CSP', async () => {
  for (const [path, type] of [['/', 'text/html'], ['/index.html', 'text/html'], ['/main.js', 'text/javascript'],
    ['/style.css', 'text/css'], ['/favicon.svg', 'image/svg+xml']]) {
    const res = await get(path);
    assert.equal(res.statusCode, 200, path);
    assert.ok(res.headers['content-type'].startsWith(type), `${path}: ${res.headers['content-type']}`);
    assert.equal(res.headers['content-security-policy'], CSP, path);
  }
});

test('serves the built .wasm as application/wasm', async () => {
  requireBuild();
  const pkg = join(WWW, 'pkg');
  const wasm = readdirSync(pkg, { recursive: true }).find((f) => String(f).endsWith('.wasm'));
  assert.ok(wasm, 'the build has a .wasm');
  const res = await get(`/pkg/${String(wasm).split(sep).join('/')}`);
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'application/wasm');
});

test('404 with the CSP for missing files, directories and paths outside the root', async () => {
  for (const path of ['/nope.js', '/pkg', '/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fetc/passwd', '/..\\package.json', '/%00']) {
    const res = await get(path);
    assert.equal(res.statusCode, 404, path);
    assert.equal(res.headers['content-security-policy'], CSP, path);
  }
});
