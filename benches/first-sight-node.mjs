// One first-sight measurement in a fresh Node process: `node first-sight-node.mjs ENGINE DOCS
// WARMUP`. Loads ENGINE (first-sight-engines.mjs), annotates the WARMUP text once (other text:
// caches and the engine's compiler warm as after a page load), then each document of the
// DOCS file (JSON lines {set, text}) once, timing each set's documents as one block. Prints
// one JSON line: {engine, sets: {set: {chars, ms}}}; chars are UTF-16 code units.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ENGINES } from './first-sight-engines.mjs';
import { timeSets } from './first-sight-timing.mjs';

const [engine, docsPath, warmPath] = process.argv.slice(2);
if (!ENGINES[engine]) throw new Error(`unknown engine ${engine}; one of ${Object.keys(ENGINES)}`);
const run = await ENGINES[engine]();
const docs = readFileSync(docsPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
run(readFileSync(warmPath, 'utf8'));
console.log(JSON.stringify({ engine, sets: timeSets(docs, run, () => performance.now()) }));
