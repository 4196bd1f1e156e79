#!/usr/bin/env bash
# Holds the NumPy and k-d tree peers to `jobmatch rank` on a small generated
# set: every seeker's top 10 must agree to 1e-4, posts tied at the last place
# aside (`numpy_peer.check`). The k-d tree peer is checked with both of its
# pre-filters.
#
#   Benchmarks/peers/check.sh [SEEKERS [POSTS [SEED]]]    (default 500 200 2026)
set -euo pipefail
cd "$(dirname "$0")"
seekers=${1:-500}
posts=${2:-200}
seed=${3:-2026}

[ -x .venv/bin/python ] || ./setup.sh
(cd ../.. && swift build -c release --product jobmatch >&2)
jobmatch=../../.build/release/jobmatch

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$jobmatch" generate --seekers "$seekers" --posts "$posts" --seed "$seed" --out "$work"
"$jobmatch" rank --taxonomy "$work/skills.csv" --seekers "$work/seekers.csv" --posts "$work/posts.csv" \
    --top 10 --format csv --output "$work/ranking.csv"
.venv/bin/python numpy_peer.py "$work" --top 10 --repeat 1 --check "$work/ranking.csv"
.venv/bin/python kdtree_peer.py "$work" --top 10 --repeat 1 --check "$work/ranking.csv"
.venv/bin/python kdtree_peer.py "$work" --top 10 --repeat 1 --prefilter ball --check "$work/ranking.csv"
