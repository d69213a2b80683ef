"""The Spark example's checks, on a local Spark (make spark-example runs them):

    python check.py to-parquet SAMPLE.jsonl DIR     the sample as a Parquet dataset {id, text}
    python check.py same-records DIR CLI.jsonl      the job's Parquet output holds the CLI's
                                                    records, one for one, field for field
"""

import json
import sys

from pyspark.sql import SparkSession


def without_nulls(value):
    """A Parquet row as the CLI's JSON has it: absent fields are nulls in Parquet."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def main(command, source, target):
    builder = SparkSession.builder.master("local[2]").appName("highlit-check")
    spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    if command == "to-parquet":
        spark.read.json(source).select("id", "text").write.parquet(target)
        return
    rows = [without_nulls(r.asDict(recursive=True)) for r in spark.read.parquet(source).collect()]
    with open(target, encoding="utf-8") as f:
        want = [json.loads(line) for line in f]
    got = {r["id"]: r for r in rows}
    assert len(got) == len(rows), "one record an id"
    assert len(rows) == len(want), f"{len(rows)} records from Spark, {len(want)} from the CLI"
    for record in want:
        # Parquet has one type a column: whole numbers read back as floats, equal to the ints.
        assert got[record["id"]] == record, f"record {record['id']} differs"
    print(f"check: {len(rows)} Parquet records equal the CLI's, field for field")
    spark.stop()


if __name__ == "__main__":
    main(*sys.argv[1:])
