// The shipped size budget: the browser build (wasm, JS and the marks' CSS, gzipped) stays within 2 MB.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "../../pkg");
const BUDGET_GZIP_BYTES = 2 * 1024 * 1024;

test("the browser build fits the 2 MB gzipped budget", () => {
  const files = ["index.js", "web/highlit.js", "web/highlit_bg.wasm", "highlit.css"].map((f) => join(pkg, f));
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
