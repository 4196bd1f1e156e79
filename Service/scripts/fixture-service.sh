# Sourced by the service's test drivers (schemathesis, the browser tests):
# runs jobmatch-server (debug, brought up to date first) on the bundled
# fixtures with a fresh store in a temporary folder, on a free port of
# 127.0.0.1, and stops it with SIGTERM, which must end it with status 0.
#
#   start_fixture_service      sets service_folder (tokens.json goes there
#                              before the call), service_url, service_pid
#   stop_fixture_service       SIGTERM, then fails unless the exit status is 0
# The folder is removed, and a server still running killed, on exit.

service_folder=$(mktemp -d)
service_pid=
service_url=
cleanup_fixture_service() {
    [ -n "$service_pid" ] && kill -9 "$service_pid" 2>/dev/null || true
    rm -rf "$service_folder"
}
trap cleanup_fixture_service EXIT

# A random token of 32 hex digits.
random_token() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

start_fixture_service() {
    local server=Service/.build/debug/jobmatch-server
    swift build --package-path Service --product jobmatch-server >&2
    "$server" --store "$service_folder/store.sqlite" --tokens "$service_folder/tokens.json" --port 0 \
        --taxonomy Fixtures/skills.csv --seekers Fixtures/seekers.csv --posts Fixtures/posts.csv \
        --districts Fixtures/districts.csv > "$service_folder/server.log" 2>&1 &
    service_pid=$!
    local port=
    for _ in $(seq 1 600); do
        port=$(sed -nE 's/.*listening on 127\.0\.0\.1:([0-9]+).*/\1/p' "$service_folder/server.log" | head -n 1)
        [ -n "$port" ] && break
        kill -0 "$service_pid" 2>/dev/null || { cat "$service_folder/server.log" >&2; return 1; }
        sleep 0.1
    done
    [ -n "$port" ] || { echo "the service did not start" >&2; return 1; }
    service_url="http://127.0.0.1:$port"
}

stop_fixture_service() {
    kill -TERM "$service_pid"
    local status=0
    wait "$service_pid" || status=$?
    service_pid=
    [ "$status" -eq 0 ] || { echo "the service exited $status after SIGTERM" >&2; tail -n 20 "$service_folder/server.log" >&2; return 1; }
}
