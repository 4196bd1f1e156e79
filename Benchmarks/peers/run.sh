#!/usr/bin/env bash
# JobMatch against the tools an analyst would use instead, on identical data:
# builds jobmatch, generates the data set, runs `jobmatch bench`, the NumPy,
# k-d tree (NumPy after a SciPy cKDTree pre-filter) and FAISS peers and an
# sgemm check of both OpenBLAS builds, and prints one table.
#
#   Benchmarks/peers/run.sh [SEEKERS [POSTS [REPEAT]]]    (default 20000 5000 3)
set -euo pipefail
cd "$(dirname "$0")"
peers=$PWD
seekers=${1:-20000}
posts=${2:-5000}
repeat=${3:-3}
seed=2026

[ -x .venv/bin/python ] || ./setup.sh
(cd ../.. && swift build -c release --product jobmatch >&2)
jobmatch=$peers/../../.build/release/jobmatch

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$jobmatch" generate --seekers "$seekers" --posts "$posts" --seed "$seed" --out "$work/data"

# OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, where the machine sets them, slow a
# current NumPy; the peers run without them (their JSON names the kernel used).
peer() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE .venv/bin/python "$@"; }

echo "load: $(uptime)" >&2
"$jobmatch" bench --seekers "$seekers" --posts "$posts" --seed "$seed" --repeat "$repeat" --json > "$work/jobmatch.json"
peer numpy_peer.py "$work/data" --repeat "$repeat" > "$work/numpy.json"
peer kdtree_peer.py "$work/data" --repeat "$repeat" > "$work/kdtree.json"
peer faiss_peer.py "$work/data" --repeat "$repeat" > "$work/faiss.json"
peer sgemm.py > "$work/sgemm.json"
echo "load: $(uptime)" >&2

cat "$work"/*.json >&2
.venv/bin/python report.py "$work/jobmatch.json" "$work/numpy.json" "$work/kdtree.json" "$work/faiss.json"
echo
echo "sgemm GFLOP/s: $(cat "$work/sgemm.json")"
