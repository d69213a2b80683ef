#!/usr/bin/env node
// A tiny static file server for the page: `node scripts/serve.mjs [--port N] [--root www]`.
// Binds 127.0.0.1, prints the URL, sends the page's strict CSP on every response, serves only
// files inside the root (404 otherwise). Port 0 picks a free port; the default is 8000, as
// in the Makefile and the README. No dependencies.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const DEFAULT_PORT = 8000;
const USAGE = `usage: node scripts/serve.mjs [--port N (default ${DEFAULT_PORT}; 0 picks a free one)] [--root DIR (default www)]`;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function parseArgs(argv) {
  const args = { port: DEFAULT_PORT, root: 'www' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--port' || flag === '--root') {
      const value = argv[++i];
      if (value === undefined) fail(`${flag} needs a value`);
      args[flag.slice(2)] = value;
    } else {
      fail(`unknown argument ${flag}\n${USAGE}`);
    }
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad port ${args.port}`);
  return { port, root: resolve(args.root) };
}

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(2);
}

/** The file a URL path names inside `root`, or null when it would leave the root. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

const { port, root } = parseArgs(process.argv.slice(2));

const server = createServer(async (req, res) => {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-cache');
  const notFound = () => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('method not allowed\n');
    return;
  }
  const file = fileFor(root, req.url ?? '/');
  if (!file) return notFound();
  let info;
  try {
    info = await stat(file);
  } catch {
    return notFound();
  }
  if (!info.isFile()) return notFound();
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${server.address().port}/`);
});
