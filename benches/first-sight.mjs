// First-sight throughput (`make bench`): many distinct documents (benches/documents.mjs), each
// annotated once, in a fresh process after a warm-up on other text, by highlit's wasm build in
// Node (the free `annotate` per document, and one reused `Annotator`), the same in headless
// Chromium, the native crate (benches/first_sight.rs), and wink-nlp and compromise on the same
// documents in the same run. ROUNDS rounds (env HIGHLIT_BENCH_ROUNDS, default 3), the engines
// interleaved in each; prints each engine's median chars/s (UTF-16 code units) per set and
// overall, and the ratios between engines taken within each round, as medians.
// Needs `make build` first; installs the peers (benches/peers/) when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documents, warmUpText } from './documents.mjs';
import { runChromium } from './first-sight-browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUT = join(ROOT, 'target/bench');
const ROUNDS = Number(process.env.HIGHLIT_BENCH_ROUNDS ?? 3);
const NODE_ENGINES = ['highlit-annotate', 'highlit-annotator', 'wink', 'compromise'];

function installPeers() {
  const peers = join(HERE, 'peers');
  if (existsSync(join(peers, 'node_modules/wink-nlp')) && existsSync(join(peers, 'node_modules/compromise'))) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peers, stdio: 'inherit' });
}

function runNode(engine, docsPath, warmPath) {
  const out = execFileSync(process.execPath, [join(HERE, 'first-sight-node.mjs'), engine, docsPath, warmPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop());
}

function runNative(docsPath, warmPath) {
  const env = { ...process.env, HIGHLIT_FIRST_SIGHT_DOCS: docsPath, HIGHLIT_FIRST_SIGHT_WARMUP: warmPath };
  const r = spawnSync('cargo', ['bench', '--quiet', '--bench', 'first_sight'], { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`native first-sight bench failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const total = (sets) => Object.values(sets).reduce((t, s) => ({ chars: t.chars + s.chars, ms: t.ms + s.ms }), { chars: 0, ms: 0 });
const rate = (s) => s.chars / (s.ms / 1e3);
const fmt = (r) => (r >= 1e6 ? `${(r / 1e6).toFixed(2)} M` : `${(r / 1e3).toFixed(0)} k`);

installPeers();
mkdirSync(OUT, { recursive: true });
const docs = documents();
const docsPath = join(OUT, 'first-sight.jsonl');
const warmPath = join(OUT, 'first-sight-warmup.txt');
const warm = warmUpText();
writeFileSync(docsPath, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
writeFileSync(warmPath, warm);
execFileSync('cargo', ['bench', '--quiet', '--no-run', '--bench', 'first_sight'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const chars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(`first sight: ${docs.length} documents, ${chars} chars (UTF-16 code units), each annotated once ` +
  `in a fresh process after a warm-up on ${warm.length} chars of other text; ${ROUNDS} rounds, engines interleaved`);

const results = {}; // engine → [round result]
for (let round = 0; round < ROUNDS; round++) {
  const got = [];
  for (const engine of NODE_ENGINES) got.push({ ...runNode(engine, docsPath, warmPath), engine: `${engine} (Node)` });
  got.push(await runChromium(docs, warm, 'highlit-annotate'));
  got.push(runNative(docsPath, warmPath));
  for (const r of got) (results[r.engine] ??= []).push(r.sets);
  process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
}

const setNames = Object.keys(Object.values(results)[0][0]);
console.log(['engine'.padEnd(32), 'all'.padStart(9), ...setNames.map((s) => s.padStart(16))].join(''));
for (const [engine, rounds] of Object.entries(results)) {
  const cells = setNames.map((s) => fmt(median(rounds.map((r) => rate(r[s])))).padStart(16));
  console.log([engine.padEnd(32), fmt(median(rounds.map((r) => rate(total(r))))).padStart(9), ...cells].join(''));
}
const ratio = (a, b) => median(results[a].map((r, i) => rate(total(r)) / rate(total(results[b][i])))).toFixed(2);
console.log('ratios of chars/s, each the median of the rounds\' ratios:');
for (const [a, b] of [
  ['highlit-annotate (Node)', 'wink (Node)'],
  ['highlit-annotate (Node)', 'compromise (Node)'],
  ['highlit-annotate (Node)', 'highlit-annotator (Node)'],
  ['highlit-annotate (Chromium)', 'highlit-annotate (Node)'],
  ['native', 'highlit-annotate (Node)'],
]) console.log(`  ${a} / ${b}: ${ratio(a, b)}`);
