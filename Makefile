# highlit: one entry point. `make serve` builds everything and serves the page; `make test`
# runs every test. Both install what they need first (scripts/setup.sh, idempotent).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8000
CHROMEDRIVER ?= /usr/bin/chromedriver
# The wasm build's features exactly (scripts/build.sh): the CLI and its dependencies left out.
WASM_TEST := cargo test --target wasm32-unknown-unknown --no-default-features --features wasm

.PHONY: serve build test test-rust test-wasm test-js test-consumers lint check-data data bench fuzz setup setup-test clean spark-example

serve: build
	node scripts/serve.mjs --port $(PORT) --root www

build: setup
	bash scripts/build.sh

setup:
	bash scripts/setup.sh build

setup-test:
	bash scripts/setup.sh test

# Every test: lints (and docs without warnings), the generated data against its builds, native
# Rust (unit, property, golden, spec, CLI), the Spark example against the CLI, wasm-bindgen
# tests in Node and headless Chromium, the built npm package in Node, the page in Chromium, and
# the packed package in consumer projects (Vite, webpack, a plain module script, TypeScript
# --strict).
test: setup-test lint check-data test-rust spark-example build test-wasm test-js test-consumers

lint:
	cargo fmt --all -- --check
	cargo clippy --quiet --workspace --all-targets -- -D warnings
	cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features wasm -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features wasm --test wasm_node --test wasm_browser -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps
	RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --lib --target wasm32-unknown-unknown --no-default-features --features wasm

# data/gazetteers/ and data/clusters/ are what data/build_*.py write, in the pinned venv of
# data/requirements.txt, and the holidays' table of lunar calendars is what data/build_calendars
# writes (scripts/data.sh); `make data` rewrites them.
check-data:
	bash scripts/data.sh check

data:
	bash scripts/data.sh build

test-rust:
	HIGHLIT_REQUIRE_SHARED=1 cargo test --quiet --workspace

test-wasm:
	$(WASM_TEST) --test wasm_node
	CHROMEDRIVER=$(CHROMEDRIVER) $(WASM_TEST) --test wasm_browser

test-js:
	HIGHLIT_REQUIRE_SHARED=1 node --test tests/js/ tests/browser/

# Each a project in tests/consumers/ with the package `npm pack` makes installed into it
# (offline: the package has no dependencies; Vite, webpack and TypeScript are ours).
test-consumers:
	node --test tests/consumers/

# First sight (benches/first-sight.mjs): many distinct documents, each annotated once in a
# fresh process after a warm-up on other text, by the wasm build in Node and Chromium, the
# native crate, and wink-nlp and compromise beside them (the bench's own dev dependencies,
# benches/peers/), with ratios. Then the repeated-text figures: one text (CoNLL-2003 valid
# rebuilt by the trainer's reader; without ../shared a synthetic news-like text) annotated
# again and again by one annotator, whose caches are warm after the first pass. And the page's
# answer to a first paste on a fresh load (benches/page.mjs), and the peak memory of one
# annotate on 1 MB and 10 MB (benches/memory.mjs).
CONLL_VALID := ../shared/data/conll2003/valid.txt
BENCH_TEXT := $(CURDIR)/target/bench/conll2003-valid.txt

bench: build
	node benches/first-sight.mjs
	node benches/page.mjs
	node benches/memory.mjs
	if [ -f $(CONLL_VALID) ]; then mkdir -p $(dir $(BENCH_TEXT)) && \
	  cargo run --quiet -p highlit-train -- text --data $(CONLL_VALID) --out $(BENCH_TEXT); fi
	HIGHLIT_BENCH_TEXT=$(BENCH_TEXT) cargo bench --bench annotate
	cargo bench --bench numbers
	HIGHLIT_BENCH_TEXT=$(BENCH_TEXT) node benches/wasm.mjs
	bash benches/jobs.sh

# The PySpark job of examples/spark/ on a local Spark (local[2]) over a sample of news-like
# documents, checked against the single-process CLI record for record; installs a Debian JRE
# and PySpark (pinned, in a venv) when missing. Part of `make test`.
spark-example:
	bash examples/spark/run.sh

# Fuzzes `annotate` from the seeds in fuzz/seeds/ for FUZZ_SECONDS (default in the script);
# installs cargo-fuzz and a toolchain for it when missing. CI runs it for 60 s (.ci/run).
fuzz:
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	cargo clean
	rm -rf pkg www/pkg
