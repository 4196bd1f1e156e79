#!/usr/bin/env bash
# Schemathesis (PyPI, pinned, in a venv) against the running service with
# its /openapi.json: no 5xx, and every answer (status, content type, body,
# headers) as the document says. Starts the service on the bundled
# fixtures with a fresh store and tokens, and stops it with SIGTERM, which
# must end it with status 0. A fixed seed and one worker: one commit, one
# answer. Usage: Service/schemathesis/run.sh [EXAMPLES] (default 25 per operation)
set -euo pipefail
cd "$(dirname "$0")/../.."

examples=${1:-25}
venv=.build/schemathesis-venv
if [ ! -x "$venv/bin/st" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q schemathesis==4.32.5
fi
server=Service/.build/debug/jobmatch-server
[ -x "$server" ] || swift build --package-path Service --product jobmatch-server

work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
writer=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '{"tokens": [{"token": "%s", "role": "writer"}]}\n' "$writer" > "$work/tokens.json"
"$server" --store "$work/store.sqlite" --tokens "$work/tokens.json" --port 0 \
    --taxonomy Fixtures/skills.csv --seekers Fixtures/seekers.csv --posts Fixtures/posts.csv > "$work/server.log" 2>&1 &
pid=$!
port=
for _ in $(seq 1 600); do
    port=$(sed -nE 's/.*listening on 127\.0\.0\.1:([0-9]+).*/\1/p' "$work/server.log" | head -n 1)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "schemathesis: the service did not start" >&2; exit 1; }

SCHEMATHESIS_HOOKS=hooks PYTHONPATH=Service/schemathesis "$venv/bin/st" run "http://127.0.0.1:$port/openapi.json" \
    --header "Authorization: Bearer $writer" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance,unsupported_method,allow_header_conformance,missing_required_header,ignored_auth \
    --max-examples "$examples" --seed 2026 --generation-database none --workers 1 --no-color \
    --report-dir "$work/report"

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || { echo "schemathesis: the service exited $status after SIGTERM" >&2; tail -n 20 "$work/server.log" >&2; exit 1; }
echo "schemathesis: passed; the service stopped cleanly"
