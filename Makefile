# highlit: one entry point. `make serve` builds everything and serves the page; `make test`
# runs every test. Both install what they need first (scripts/setup.sh, idempotent).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8000
CHROMEDRIVER ?= /usr/bin/chromedriver
WASM_TEST := cargo test --target wasm32-unknown-unknown --features wasm

.PHONY: serve build test test-rust test-wasm test-js lint bench setup setup-test clean

serve: build
	node scripts/serve.mjs --port $(PORT) --root www

build: setup
	bash scripts/build.sh

setup:
	bash scripts/setup.sh build

setup-test:
	bash scripts/setup.sh test

# Every test: lints, native Rust (unit, property, golden, spec, CLI), wasm-bindgen tests in
# Node and headless Chromium, the built npm package in Node, the page in Chromium.
test: setup-test lint test-rust build test-wasm test-js

lint:
	cargo fmt --all -- --check
	cargo clippy --quiet --workspace --all-targets -- -D warnings
	cargo clippy --quiet --lib --target wasm32-unknown-unknown --features wasm -- -D warnings

test-rust:
	HIGHLIT_REQUIRE_SHARED=1 cargo test --quiet --workspace

test-wasm:
	$(WASM_TEST) --test wasm_node
	CHROMEDRIVER=$(CHROMEDRIVER) $(WASM_TEST) --test wasm_browser

test-js:
	HIGHLIT_REQUIRE_SHARED=1 node --test tests/js/ tests/browser/

# The benchmark text: CoNLL-2003 valid rebuilt by the trainer's reader, which both annotate
# benchmarks read (without ../shared they fall back to a synthetic news-like text).
CONLL_VALID := ../shared/data/conll2003/valid.txt
BENCH_TEXT := $(CURDIR)/target/bench/conll2003-valid.txt

bench: build
	if [ -f $(CONLL_VALID) ]; then mkdir -p $(dir $(BENCH_TEXT)) && \
	  cargo run --quiet -p highlit-train -- text --data $(CONLL_VALID) --out $(BENCH_TEXT); fi
	HIGHLIT_BENCH_TEXT=$(BENCH_TEXT) cargo bench --bench annotate
	cargo bench --bench numbers
	HIGHLIT_BENCH_TEXT=$(BENCH_TEXT) node benches/wasm.mjs

clean:
	cargo clean
	rm -rf pkg www/pkg
