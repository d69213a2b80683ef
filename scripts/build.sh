#!/usr/bin/env bash
# Builds the wasm module, the npm package in pkg/ and the static site in www/.
#   pkg/web/   wasm-bindgen --target web  (browsers without a bundler, bundlers)
#   pkg/node/  wasm-bindgen --target nodejs (Node, CommonJS, synchronous load)
#   pkg/index.js, pkg/node/index.mjs  entries that load the module, so importers just call annotate()
# www/pkg/ gets the browser half. Needs scripts/setup.sh build first.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)

cargo build --quiet --release --lib --target wasm32-unknown-unknown --no-default-features --features wasm
wasm=target/wasm32-unknown-unknown/release/highlit.wasm

rm -rf pkg
wasm-bindgen --target web --out-dir pkg/web --out-name highlit "$wasm"
wasm-bindgen --target nodejs --out-dir pkg/node --out-name highlit "$wasm"

# Size: binaryen's wasm-opt from npm (never Debian's binaryen, which breaks these modules).
for f in pkg/web/highlit_bg.wasm pkg/node/highlit_bg.wasm; do
  node_modules/.bin/wasm-opt -Oz --enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$f" -o "$f.opt"
  mv "$f.opt" "$f"
done

cat > pkg/index.js <<'JS'
// highlit for browsers and bundlers: loads the wasm next to this file, then exports the API.
import init from "./web/highlit.js";
await init({ module_or_path: new URL("./web/highlit_bg.wasm", import.meta.url) });
export { annotate, Annotator, articleDate, labels } from "./web/highlit.js";
JS
cat > pkg/index.d.ts <<'TS'
export * from "./web/highlit.js";
TS
cat > pkg/node/index.mjs <<'JS'
// highlit for Node as an ES module: the CommonJS build loads its wasm synchronously.
import highlit from "./highlit.js";
export const { annotate, Annotator, articleDate, labels } = highlit;
JS
cat > pkg/package.json <<JSON
{
  "name": "highlit",
  "version": "$version",
  "description": "Highlights people, organisations, places, dates, numbers and money in English text, in the browser or Node; offsets in UTF-16 code units.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./node/highlit.js",
  "module": "./index.js",
  "types": "./index.d.ts",
  "exports": {
    ".": {
      "types": "./index.d.ts",
      "node": {
        "import": "./node/index.mjs",
        "require": "./node/highlit.js"
      },
      "default": "./index.js"
    },
    "./package.json": "./package.json"
  },
  "files": ["index.js", "index.d.ts", "web/", "node/", "README.md"],
  "sideEffects": ["./index.js"],
  "keywords": ["ner", "named-entity-recognition", "nlp", "wasm", "entities", "dates", "numbers"]
}
JSON
# The node half is CommonJS inside a "type": "module" package.
printf '{ "type": "commonjs" }\n' > pkg/node/package.json
rm -f pkg/web/.gitignore pkg/node/.gitignore
cp README.md pkg/README.md

rm -rf www/pkg
mkdir -p www/pkg
cp -r pkg/index.js pkg/index.d.ts pkg/web www/pkg/
printf 'built: %s (%s bytes raw, %s gzipped)\n' pkg/web/highlit_bg.wasm \
  "$(wc -c < pkg/web/highlit_bg.wasm)" "$(gzip -9c pkg/web/highlit_bg.wasm | wc -c)"
