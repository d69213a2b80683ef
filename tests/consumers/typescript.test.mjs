// TypeScript consumers: `tsc --strict`, without skipLibCheck, over the published types, as a
// browser app (ES2022 and its default lib, bundler resolution) and as a Node program with no
// DOM types (NodeNext, ES module and CommonJS).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, ROOT } from './project.mjs';

const TSC = join(ROOT, 'node_modules/.bin/tsc');
let app;

before(() => {
  app = project('typescript');
});

after(() => app?.remove());

function tsc(config) {
  const options = JSON.parse(readFileSync(join(app.dir, config), 'utf8')).compilerOptions;
  assert.equal(options.strict, true, `${config} is strict`);
  assert.equal(options.skipLibCheck, undefined, `${config} checks the package's types`);
  try {
    execFileSync(TSC, ['-p', config], { cwd: app.dir, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc -p ${config}:\n${e.stdout}${e.stderr}`);
  }
}

test('a browser app compiles: ES2022 with its default lib, bundler resolution', () => {
  tsc('tsconfig.json');
});

test('a Node program without DOM types compiles, as an ES module and as CommonJS', () => {
  tsc('tsconfig.node.json');
});
