// A consumer project as a user would have it: tests/consumers/<name>/ copied into a fresh
// folder with the shared app/check.js beside it, and the package installed from the tarball
// `npm pack` makes of pkg/ (once per test process). The package has no dependencies, so the
// install works offline; the tools (Vite, webpack, TypeScript) are the repository's own
// dev dependencies, driven through their APIs or binaries.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = join(ROOT, 'pkg');
const HERE = join(ROOT, 'tests/consumers');

let tarball = null;

/** The package as `npm pack` makes it; fails when pkg/ was not built. */
export function packed() {
  if (tarball) return tarball;
  if (!existsSync(join(PKG, 'package.json'))) throw new Error('pkg/ is missing: run `make build` first');
  const dir = mkdtempSync(join(tmpdir(), 'highlit-pack-'));
  const name = execFileSync('npm', ['pack', PKG, '--pack-destination', dir, '--silent'], { encoding: 'utf8' })
    .trim().split('\n').pop();
  tarball = join(dir, name);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return tarball;
}

/**
 * A fresh project folder: `name`'s files (none for an empty project) and app/check.js, with
 * highlit installed. Resolves to {dir, remove}.
 */
export function project(name) {
  const dir = mkdtempSync(join(tmpdir(), `highlit-${name ?? 'consumer'}-`));
  if (name) cpSync(join(HERE, name), dir, { recursive: true });
  cpSync(join(HERE, 'app/check.js'), join(dir, 'check.js'));
  if (!existsSync(join(dir, 'package.json'))) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  }
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', packed()], { cwd: dir });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
