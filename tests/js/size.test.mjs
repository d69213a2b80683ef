// The shipped size budget: the browser build (wasm, JS and the marks' CSS, gzipped) stays
// within 1.6 MB (decimal: 1,600,000 bytes), the name model and its lists included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "../../pkg");
const BUDGET_GZIP_BYTES = 1_600_000;

test("the browser build fits the 1.6 MB gzipped budget", () => {
  // The wasm layer's inline JS (web/snippets/*/*.js) ships too.
  const snippetDir = join(pkg, "web/snippets");
  const snippets = existsSync(snippetDir)
    ? readdirSync(snippetDir, { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => `web/snippets/${f}`)
    : [];
  const files = ["index.js", "web/highlit.js", "web/highlit_bg.wasm", "highlit.css", ...snippets].map((f) => join(pkg, f));
  for (const f of files) assert.ok(existsSync(f), `${f} is missing: run \`make build\` first`);
  const sizes = files.map((f) => {
    const raw = readFileSync(f);
    return { file: f.slice(pkg.length + 1), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  const total = sizes.reduce((n, s) => n + s.gzip, 0);
  for (const s of sizes) console.log(`${s.file}: ${s.raw} bytes raw, ${s.gzip} gzipped`);
  console.log(`total gzipped: ${total} of ${BUDGET_GZIP_BYTES} bytes`);
  assert.ok(total <= BUDGET_GZIP_BYTES, `shipped size ${total} B gzipped exceeds the ${BUDGET_GZIP_BYTES} B budget`);
});
