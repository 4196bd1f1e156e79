"""spark-submit Distributed/spark/jobmatch_spark.py rank|match --shards N
[--binary PATH] [--parts DIR] [jobmatch flags]

The Dask driver's job on Spark: one partition per shard runs the jobmatch
binary through mapPartitions, then the driver merges. Not RDD.pipe: pipe
ignores the command's exit status unless asked, gives it an empty
environment and splits the command at spaces; here each shard runs with
the worker's environment, its arguments as a list, and a failing status
fails the task (Spark retries it as spark.task.maxFailures says), then the
job with the shard's message. Paths must be readable by every executor."""

import os
import shutil
import sys
import tempfile

PACKAGE_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dask")
sys.path.insert(0, PACKAGE_ROOT)

from jobmatch_dask.driver import ShardFailed, arguments, finish, plan, run_shard  # noqa: E402


def main(argv):
    from pyspark.sql import SparkSession

    ours, pairs = arguments("jobmatch_spark.py", __doc__.split("\n\n")[0], argv, lambda parser: None)
    tasks, final = plan(ours.command, ours.shards, pairs, ours.parts)
    spark = SparkSession.builder.appName(f"jobmatch {ours.command}").getOrCreate()
    # The executors run the shards with the Dask driver's code: ship it with the job.
    shipped = tempfile.mkdtemp()
    spark.sparkContext.addPyFile(shutil.make_archive(os.path.join(shipped, "jobmatch_dask"), "zip", PACKAGE_ROOT, "jobmatch_dask"))
    binary = ours.binary

    def run(partition):
        for index in partition:
            run_shard(binary, tasks[index])
            yield index

    try:
        done = spark.sparkContext.parallelize(range(len(tasks)), len(tasks)).mapPartitions(run).collect()
    except Exception as error:  # Spark wraps the worker's ShardFailed in its own error.
        message = str(error)
        shard = next((line for line in message.splitlines() if ShardFailed.__name__ in line), message.splitlines()[0])
        print(f"jobmatch_spark: a shard failed: {shard}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
        shutil.rmtree(shipped, ignore_errors=True)
    assert sorted(done) == list(range(len(tasks)))
    return finish(ours, final)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
