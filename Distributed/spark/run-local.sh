#!/usr/bin/env bash
# The Spark job in local mode (local[2]) on generated data, compared byte
# for byte with one jobmatch run; installs PySpark (large) and a JRE when
# missing. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v java >/dev/null 2>&1 || scripts/install-deps.sh default-jre-headless
venv=.build/spark-venv
scripts/python-venv.sh "$venv" pyspark==4.0.1
# spark-submit finds Spark and runs the workers with the python on PATH.
export PATH="$(pwd)/$venv/bin:$PATH" PYSPARK_PYTHON="$(pwd)/$venv/bin/python"
. Distributed/test-data.sh
submit=("$venv/bin/spark-submit" --master "local[2]" Distributed/spark/jobmatch_spark.py)

"$binary" rank "${data[@]}" --direction seekers --top 5 --output "$work/single.csv"
"${submit[@]}" rank --shards 3 --binary "$binary" "${data[@]}" --direction seekers --top 5 --output "$work/sharded.csv" 2> "$work/spark.log"
cmp "$work/single.csv" "$work/sharded.csv"
echo "spark: rank --direction seekers: identical to one run"

"$binary" match "${data[@]}" --mode optimal --output "$work/single-match.csv"
"${submit[@]}" match --shards 3 --binary "$binary" "${data[@]}" --mode optimal --output "$work/sharded-match.csv" 2>> "$work/spark.log"
cmp "$work/single-match.csv" "$work/sharded-match.csv"
echo "spark: match --mode optimal: identical to one run"
