#!/usr/bin/env bash
# Figures for Distributed/README.md: one jobmatch run against the Dask
# driver with 1, 2 and 4 shards on this machine (local cluster, at most 2
# workers), for rank and match, on data made by `jobmatch generate`.
#
#   Distributed/dask/bench.sh DATA_DIR   (after make dask-ci)
set -euo pipefail
cd "$(dirname "$0")/../.."
data_dir=$(cd "$1" && pwd)
binary=$(pwd)/.build/release/jobmatch
python=.build/dask-venv/bin/python
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=(--taxonomy "$data_dir/skills.csv" --seekers "$data_dir/seekers.csv" --posts "$data_dir/posts.csv")

timed() {
    local label=$1
    shift
    /usr/bin/time -f "$label: %e s wall, driver peak %M KB" "$@" 2>&1 >/dev/null | grep -E "wall, driver peak|jobmatch_dask: shard" || true
}

timed "rank, one run" "$binary" rank "${data[@]}" --top 10 --output "$work/single.csv"
for shards in 1 2 4; do
    workers=$((shards < 2 ? shards : 2))
    timed "rank, dask, $shards shard(s)" "$python" -m jobmatch_dask rank --scheduler "local:$workers" --shards "$shards" \
        --binary "$binary" "${data[@]}" --top 10 --threads $((2 / workers)) --output "$work/sharded.csv"
    cmp "$work/single.csv" "$work/sharded.csv"
done
timed "match, one run" "$binary" match "${data[@]}" --mode optimal --output "$work/single-match.csv"
for shards in 1 2 4; do
    workers=$((shards < 2 ? shards : 2))
    timed "match, dask, $shards shard(s)" "$python" -m jobmatch_dask match --scheduler "local:$workers" --shards "$shards" \
        --binary "$binary" "${data[@]}" --mode optimal --threads $((2 / workers)) --output "$work/sharded-match.csv"
    cmp "$work/single-match.csv" "$work/sharded-match.csv"
done
