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

bench: build
	cargo bench --bench annotate
	node benches/wasm.mjs

clean:
	cargo clean
	rm -rf pkg www/pkg
