#!/usr/bin/env bash
# CI for the Dask driver: on a LocalCluster bound to 127.0.0.1 with 2
# workers, sharded rank (both directions, CSV and JSON Lines) and match
# must write byte for byte what one jobmatch run writes, and a shard that
# cannot run (a bad binary path) must fail the job with its message.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.build/dask-venv
scripts/python-venv.sh "$venv" ./Distributed/dask
. Distributed/test-data.sh
dask=("$venv/bin/python" -m jobmatch_dask)

for direction in posts seekers; do
    for format in csv jsonl; do
        "$binary" rank "${data[@]}" --direction "$direction" --top 5 --output "$work/single.$format"
        "${dask[@]}" rank --scheduler local:2 --shards 3 --binary "$binary" "${data[@]}" \
            --direction "$direction" --top 5 --output "$work/sharded.$format"
        cmp "$work/single.$format" "$work/sharded.$format"
        echo "dask: rank --direction $direction, $format: identical to one run"
    done
done

"$binary" match "${data[@]}" --mode optimal --candidates 20 --output "$work/single-match.csv" --summary "$work/single-summary.json"
"${dask[@]}" match --scheduler local:2 --shards 3 --binary "$binary" "${data[@]}" \
    --mode optimal --candidates 20 --output "$work/sharded-match.csv" --summary "$work/sharded-summary.json"
cmp "$work/single-match.csv" "$work/sharded-match.csv"
cmp "$work/single-summary.json" "$work/sharded-summary.json"
echo "dask: match --mode optimal: identical to one run"

if "${dask[@]}" rank --scheduler local:2 --shards 2 --binary /nonexistent/jobmatch "${data[@]}" \
    --top 5 --output "$work/failed.csv" 2> "$work/failed.err"; then
    echo "dask: a job with a bad binary path succeeded" >&2
    exit 1
fi
grep -q "shard 0/2 failed twice: cannot run /nonexistent/jobmatch" "$work/failed.err" || {
    echo "dask: the failed shard's message is missing:" >&2
    cat "$work/failed.err" >&2
    exit 1
}
[ ! -e "$work/failed.csv" ] || { echo "dask: a failed job wrote its output" >&2; exit 1; }
echo "dask: a shard that cannot run fails the job with its message"
