#!/usr/bin/env bash
# Builds the wasm module, the npm package in pkg/ and the static site in www/.
#   pkg/web/   wasm-bindgen --target web  (browsers without a bundler, bundlers)
#   pkg/node/  wasm-bindgen --target nodejs (Node, CommonJS, synchronous load)
#   pkg/index.js, pkg/node/index.mjs  entries that load the module, so importers just call annotate()
#   pkg/highlit.css  the marks' styles (www/highlit.css), pkg/README.md  (npm/README.md)
# www/pkg/ gets the browser half. Needs scripts/setup.sh build first.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)

cargo build --quiet --release --lib --target wasm32-unknown-unknown --no-default-features --features wasm
wasm=target/wasm32-unknown-unknown/release/highlit.wasm

rm -rf pkg
wasm-bindgen --target web --out-dir pkg/web --out-name highlit "$wasm"
wasm-bindgen --target nodejs --out-dir pkg/node --out-name highlit "$wasm"

# binaryen's wasm-opt from npm (never Debian's binaryen, which breaks these modules), for
# speed: -O3 annotates new text about 1.05 times as fast in Node as -Oz (fresh processes over
# the first-sight documents, medians) and gzips to the same size (within 100 bytes).
for f in pkg/web/highlit_bg.wasm pkg/node/highlit_bg.wasm; do
  node_modules/.bin/wasm-opt -O3 --enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$f" -o "$f.opt"
  mv "$f.opt" "$f"
done

# The inline JS of `#[wasm_bindgen(inline_js)]` (src/wasm/mentions.rs) is an ES module, which
# the CommonJS node half cannot require: there it is written as CommonJS, the same functions
# exported by name (the rewrite wasm-bindgen's maintainers describe for snippets on Node,
# wasm-bindgen issue #1525; the build stops if a snippet holds anything else).
for f in pkg/node/snippets/*/*.js; do
  names=$(sed -n 's/^export function \([A-Za-z0-9_]*\).*/\1/p' "$f" | paste -sd, -)
  if [ -z "$names" ] || grep -v '^export function ' "$f" | grep -q '^export'; then
    echo "build: $f exports what this rewrite does not know" >&2
    exit 1
  fi
  { sed 's/^export function /function /' "$f"; printf '\nmodule.exports = { %s };\n' "$names"; } > "$f.cjs"
  mv "$f.cjs" "$f"
done

# The generated types put `[Symbol.dispose]()` on classes; TypeScript knows that symbol only
# with the esnext.disposable lib, so the types say they need it (as @types/node does), and
# they compile under --strict without skipLibCheck whatever the project's target. The raw
# exports' types (*_bg.wasm.d.ts) are for no user.
for f in pkg/web/highlit.d.ts pkg/node/highlit.d.ts; do
  { printf '/// <reference lib="esnext.disposable" />\n'; cat "$f"; } > "$f.new"
  mv "$f.new" "$f"
done
rm -f pkg/web/highlit_bg.wasm.d.ts pkg/node/highlit_bg.wasm.d.ts

cat > pkg/index.js <<'JS'
// highlit for browsers and bundlers: loads the wasm next to this file, then exports the API.
import init from "./web/highlit.js";
await init({ module_or_path: new URL("./web/highlit_bg.wasm", import.meta.url) });
export { annotate, Annotator, articleDate, highlight, labels } from "./web/highlit.js";
JS
cat > pkg/index.d.ts <<'TS'
export * from "./web/highlit.js";
TS
cat > pkg/node/index.mjs <<'JS'
// highlit for Node as an ES module: the CommonJS build loads its wasm synchronously.
// `highlight` is here too (code shared with a browser imports it), and throws: no DOM.
import highlit from "./highlit.js";
export const { annotate, Annotator, articleDate, highlight, labels } = highlit;
JS
cat > pkg/node/index.d.mts <<'TS'
export * from "./highlit.js";
TS
cp www/highlit.css pkg/highlit.css
cat > pkg/package.json <<JSON
{
  "name": "highlit",
  "version": "$version",
  "description": "Highlights people, organisations, places, dates, numbers and money in English text, in the browser (in a live page, in place) or Node; offsets in UTF-16 code units.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./node/highlit.js",
  "module": "./index.js",
  "types": "./index.d.ts",
  "exports": {
    ".": {
      "node": {
        "import": { "types": "./node/index.d.mts", "default": "./node/index.mjs" },
        "require": { "types": "./node/highlit.d.ts", "default": "./node/highlit.js" }
      },
      "types": "./index.d.ts",
      "default": "./index.js"
    },
    "./highlit.css": "./highlit.css",
    "./package.json": "./package.json"
  },
  "files": ["index.js", "index.d.ts", "highlit.css", "web/", "node/", "README.md"],
  "sideEffects": ["./index.js", "./highlit.css"],
  "keywords": ["ner", "named-entity-recognition", "nlp", "wasm", "entities", "dates", "numbers", "highlight"]
}
JSON
# The node half is CommonJS inside a "type": "module" package.
printf '{ "type": "commonjs" }\n' > pkg/node/package.json
rm -f pkg/web/.gitignore pkg/node/.gitignore
cp npm/README.md pkg/README.md

rm -rf www/pkg
mkdir -p www/pkg
cp -r pkg/index.js pkg/index.d.ts pkg/web www/pkg/
printf 'built: %s (%s bytes raw, %s gzipped)\n' pkg/web/highlit_bg.wasm \
  "$(wc -c < pkg/web/highlit_bg.wasm)" "$(gzip -9c pkg/web/highlit_bg.wasm | wc -c)"
