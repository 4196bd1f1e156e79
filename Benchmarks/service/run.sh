#!/usr/bin/env bash
# The service under load on loopback: generated Huangshi data (200,000
# seekers × 20,000 posts, seed 2026) imported into a fresh store, then wrk
# (Debian's package) from another process:
#   1. GET /v1/seekers/{id}/matches?top=10 at 64 connections, random seekers;
#   2. the same while another wrk sends 100 post upserts a second;
#   3. the start-up time of the service on the filled store (no import).
# Usage: Benchmarks/service/run.sh [SEEKERS POSTS SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."

seekers=${1:-200000}
posts=${2:-20000}
seconds=${3:-20}
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
scripts/install-deps.sh
swift build -c release --product jobmatch >/dev/null
swift build -c release --package-path Service --product jobmatch-server >/dev/null

work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
.build/release/jobmatch generate --seekers "$seekers" --posts "$posts" --seed 2026 --out "$work/data" >/dev/null
token=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '{"tokens": [{"token": "%s", "role": "writer"}]}\n' "$token" > "$work/tokens.json"

# Starts the service with the given arguments; sets pid and port, prints the seconds to listening.
start() {
    local started=$(date +%s.%N)
    Service/.build/release/jobmatch-server --store "$work/store.sqlite" --tokens "$work/tokens.json" --port 0 "$@" \
        > "$work/server.log" 2>&1 &
    pid=$!
    port=
    while [ -z "$port" ]; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
        port=$(sed -nE 's/.*listening on 127\.0\.0\.1:([0-9]+).*/\1/p' "$work/server.log" | head -n 1)
        [ -n "$port" ] || sleep 0.05
    done
    echo "$(date +%s.%N) - $started" | bc
}

stop() {
    kill -TERM "$pid"
    wait "$pid" || true
    pid=
}

# requests/s, p50 and p99 from wrk --latency output.
summary() {
    local rate p50 p99
    rate=$(sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' "$1")
    p50=$(awk '$1 == "50%" {print $2}' "$1")
    p99=$(awk '$1 == "99%" {print $2}' "$1")
    echo "$rate requests/s, p50 $p50, p99 $p99"
}

# Not in $(…): start sets pid and port for this shell.
start --taxonomy "$work/data/skills.csv" --seekers "$work/data/seekers.csv" --posts "$work/data/posts.csv" > "$work/startup.txt"
echo "importing $seekers seekers and $posts posts, then listening: $(cat "$work/startup.txt") s"
url="http://127.0.0.1:$port"
export TOKEN=$token SEEKERS=$seekers POSTS=$posts RATE=100

wrk -t1 -c8 -d3s -s Benchmarks/service/seekers.lua "$url" >/dev/null   # warm-up
wrk -t1 -c64 -d"${seconds}s" --latency -s Benchmarks/service/seekers.lua "$url" > "$work/reads.txt"
echo "seeker matches, 64 connections:                 $(summary "$work/reads.txt")"

wrk -t1 -c1 -d"$((seconds + 2))s" --latency -s Benchmarks/service/upserts.lua "$url" > "$work/writes.txt" &
writer=$!
sleep 1
wrk -t1 -c64 -d"${seconds}s" --latency -s Benchmarks/service/seekers.lua "$url" > "$work/mixed.txt"
wait "$writer"
echo "the same with 100 post upserts a second:        $(summary "$work/mixed.txt")"
echo "the upserts meanwhile:                          $(summary "$work/writes.txt")"
grep -E "Non-2xx|Socket errors" "$work/reads.txt" "$work/mixed.txt" "$work/writes.txt" || true

stop
start > "$work/startup.txt"
echo "start-up on the filled store (no import):       $(cat "$work/startup.txt") s"
stop
