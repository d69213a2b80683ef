// Peak memory of one `new Annotator().annotate(text)` on a large text (`make bench`): the
// wasm build in a fresh Node process per size, on the benchmark's documents (benches/
// documents.mjs) joined and repeated to 1 MB and 10 MB (UTF-8 bytes). Reports the wasm
// memory after the core has loaded and read a short text, and after the call (wasm memory never shrinks, so that is its peak) as a multiple of the
// input, and the process's peak resident set. Needs `make build` first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documents, warmUpText } from './documents.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

if (process.argv[2] === 'child') {
  // The package's memory is internal to it: catch the instance the package makes.
  const Instance = WebAssembly.Instance;
  let exports = null;
  WebAssembly.Instance = function (module, imports) {
    const instance = new Instance(module, imports);
    exports = instance.exports;
    return instance;
  };
  const { Annotator } = await import(join(ROOT, 'pkg/node/index.mjs'));
  const text = readFileSync(process.argv[3], 'utf8');
  const annotator = new Annotator();
  annotator.annotate('Paris, May 5: Ms Lee paid $5.');
  const before = exports.memory.buffer.byteLength; // the model and lists read, a text annotated
  const found = annotator.annotate(text).length;
  const after = exports.memory.buffer.byteLength;
  console.log(JSON.stringify({ before, after, found, rssKb: process.resourceUsage().maxRSS }));
} else {
  const docs = documents();
  const base = (docs.length ? docs.map((d) => d.text).join('\n') : warmUpText()) + '\n';
  mkdirSync(join(ROOT, 'target/bench'), { recursive: true });
  for (const mb of [1, 10]) {
    const bytes = mb * 1e6;
    let text = base.repeat(Math.ceil(bytes / Buffer.byteLength(base)));
    text = text.slice(0, text.lastIndexOf('\n', bytes) + 1);
    const path = join(ROOT, `target/bench/memory-${mb}mb.txt`);
    writeFileSync(path, text);
    const size = Buffer.byteLength(text);
    const r = JSON.parse(execFileSync(process.execPath, [join(HERE, 'memory.mjs'), 'child', path], { encoding: 'utf8' }));
    console.log(`memory, ${(size / 1e6).toFixed(1)} MB text, one annotate (wasm, Node): wasm memory ` +
      `${(r.before / 1e6).toFixed(1)} (the core loaded) → ${(r.after / 1e6).toFixed(1)} MB = ${(r.after / size).toFixed(1)}x the input; ` +
      `process peak RSS ${(r.rssKb / 1e3).toFixed(0)} MB; ${r.found} annotations`);
  }
}
