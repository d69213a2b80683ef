// Repeated-text throughput of the built npm package's `annotate` under Node (the wasm build), on the same
// text as benches/annotate.rs: the file HIGHLIT_BENCH_TEXT names (CoNLL-2003 valid as text,
// which `make bench` writes first with `highlit-train text`), or a synthetic news-like text.
// Run with `make bench` (after `make build`).
import { readFileSync, existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { annotate, Annotator } = await import(resolve(root, "pkg/node/index.mjs"));

function corpus() {
  const path = process.env.HIGHLIT_BENCH_TEXT;
  if (path && existsSync(path)) return [readFileSync(path, "utf8"), "CoNLL-2003 valid"];
  const para = "On Friday, US President Donald Trump said over 95,000 soldiers had died since " +
    "February 2022, and that approximately 20% of Ukraine's territory, worth $1.2 " +
    "trillion, was occupied. Analysts in Washington expect 43,000 more by December 2024.\n";
  return [para.repeat(8000), "synthetic"];
}

const [text, source] = corpus();
const bytes = Buffer.byteLength(text, "utf8");
const annotator = new Annotator();
annotator.annotate(text); // warm-up
const runs = 10;
const times = [];
let count = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  count = annotator.annotate(text).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[runs >> 1];
const oneShot = performance.now();
annotate("over 95,000 on Friday");
const small = performance.now() - oneShot;
console.log(`repeated text, wasm (Node ${process.version}), one Annotator, the same text ${runs} times after a warm-up on it, on ${source}: ${(bytes / 1e6).toFixed(2)} MB, ${count} annotations`);
console.log(`  median ${median.toFixed(1)} ms over ${runs} runs → ${(bytes / 1e6 / (median / 1e3)).toFixed(2)} MB/s (min ${times[0].toFixed(1)} ms, max ${times[runs - 1].toFixed(1)} ms)`);
console.log(`  one short call with a fresh annotator: ${small.toFixed(2)} ms`);
