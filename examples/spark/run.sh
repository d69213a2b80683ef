#!/usr/bin/env bash
# `make spark-example`: the PySpark job of this folder (annotate.py) on a local Spark
# (`local[2]`) over a sample of news-like documents, checked against the single-process CLI:
#   1. JSONL in, JSONL out: the job's part files, in order, equal the CLI's output byte for byte;
#   2. Parquet in, Parquet out: the job's records equal the CLI's, one for one, field for field.
# Installs what it needs when missing: a Debian JRE (scripts/setup.sh spark) and PySpark in a
# pinned venv (requirements.txt, scripts/venv.sh). SPARK_EXAMPLE_DOCS sets the sample's size.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf 'spark-example: %s\n' "$*"; }
docs=${SPARK_EXAMPLE_DOCS:-4000}
here=examples/spark
work=target/spark-example

bash scripts/setup.sh spark
venv=$(bash scripts/venv.sh spark-venv $here/requirements.txt)
export PATH=$venv/bin:$PATH PYSPARK_PYTHON=$venv/bin/python
export SPARK_LOCAL_IP=127.0.0.1 # one machine: no guessing at the network interface

say "building the CLI and a sample of $docs news-like documents"
cargo build --release --quiet --bin highlit
bin=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/highlit
rm -rf $work && mkdir -p $work
cargo run --release --quiet --example corpus -- news "$docs" >$work/sample.jsonl
"$bin" --jsonl --quiet $work/sample.jsonl >$work/cli.jsonl

# Several partitions from one small file (read in order, so the parts follow the input), and
# a quiet console: Spark's INFO lines and progress bars would bury the checks.
submit() {
  spark-submit --master 'local[2]' --conf spark.sql.files.maxPartitionBytes=1m \
    --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
    --conf spark.log.level=WARN "$@"
}

say "1. JSONL in, JSONL out"
start=$SECONDS
submit $here/annotate.py --binary "$bin" --input $work/sample.jsonl --output $work/out-json
parts=$(ls $work/out-json/part-* | wc -l)
cat $work/out-json/part-* | cmp - $work/cli.jsonl
say "   $(wc -l <$work/cli.jsonl) records in $parts partitions equal the CLI's byte for byte ($((SECONDS - start)) s)"

say "2. Parquet in, Parquet out"
start=$SECONDS
python $here/check.py to-parquet $work/sample.jsonl $work/sample.parquet
submit $here/annotate.py --binary "$bin" --input $work/sample.parquet --input-format parquet \
  --output $work/out-parquet --output-format parquet
python $here/check.py same-records $work/out-parquet $work/cli.jsonl
say "   done ($((SECONDS - start)) s)"
