"""Annotates a dataset of {id, text} records with highlit on a Spark cluster.

Spark does the distribution; the highlit binary does the work. Each partition's records go,
as the JSONL lines the CLI reads, through one `highlit --jsonl` process on the executor that
runs the partition; its output lines, {id, annotations} in input order, are the result. The
binary travels with the job (SparkContext.addFile, like spark-submit --files), so executors
need nothing installed.

    spark-submit --master local[2] examples/spark/annotate.py \\
        --binary target/release/highlit --input corpus.jsonl --output annotated/ \\
        [--input-format json|parquet] [--output-format json|parquet] [-- CLI flags...]

CLI flags after `--` (--labels, --offsets, --gazetteer FILE shipped with --files, ...) go to
every process. JSON output is the CLI's lines as they are (part files in partition order);
Parquet output has the columns id and annotations.
"""

import argparse
import os
import subprocess
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the highlit executable to ship")
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--input-format", choices=["json", "parquet"], default="json")
    parser.add_argument("--output-format", choices=["json", "parquet"], default="json")
    parser.add_argument("cli", nargs="*", help="flags for highlit, after --")
    return parser.parse_args()


def through_cli(name, flags):
    """A partition function: its lines through the shipped binary, output lines back."""

    def run(lines):
        binary = SparkFiles.get(name)  # where this executor has the shipped file
        command = [binary, "--jsonl", *flags]
        with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE) as cli:

            def feed():
                with cli.stdin:
                    for line in lines:
                        cli.stdin.write(line.encode("utf-8") + b"\n")

            feeder = threading.Thread(target=feed)
            feeder.start()
            for line in cli.stdout:
                yield line.decode("utf-8").rstrip("\n")
            feeder.join()
        # 1: some records were bad; each has its {"id", "error"} line and went to the log.
        if cli.returncode not in (0, 1):
            raise RuntimeError(f"{command} exited with {cli.returncode}")

    return run


def main():
    args = parse_args()
    spark = SparkSession.builder.appName("highlit").getOrCreate()
    sc = spark.sparkContext
    sc.addFile(os.path.abspath(args.binary))
    # One thread a task: Spark already runs spark.task.cpus-sized tasks on every core.
    flags = ["--jobs", sc.getConf().get("spark.task.cpus", "1"), *args.cli]
    records = spark.read.format(args.input_format).load(args.input).select("id", "text")
    annotated = records.toJSON().mapPartitions(through_cli(os.path.basename(args.binary), flags))
    if args.output_format == "json":
        annotated.saveAsTextFile(args.output)
    else:
        annotated = annotated.persist()  # read twice: for its schema, then to write it
        spark.read.json(annotated).write.parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
