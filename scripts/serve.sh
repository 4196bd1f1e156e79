#!/usr/bin/env bash
# Starts the matching service on the bundled fixtures: a store in
# .build/serve/, a development token made once and kept there, and the
# service's and the console's URL and the token printed before the
# server's log. Usage: scripts/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."

port=${1:-8080}
folder=.build/serve
mkdir -p "$folder"
tokens="$folder/tokens.json"
if [ ! -s "$tokens" ]; then
    writer=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    reader=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '{"tokens": [{"token": "%s", "role": "writer"}, {"token": "%s", "role": "reader"}]}\n' "$writer" "$reader" > "$tokens"
    chmod 600 "$tokens"
fi
token=$(sed -E 's/.*"token": "([0-9a-f]+)", "role": "writer".*/\1/' "$tokens")

cat <<MESSAGE
JobMatch service on http://127.0.0.1:$port  (store $folder/jobmatch.sqlite)
caseworker console: open http://127.0.0.1:$port/ and sign in with the token
development token (writer): $token     (readers' token and both roles: $tokens)
  curl -H "Authorization: Bearer $token" http://127.0.0.1:$port/v1/seekers/S000001/matches?top=5
Ctrl-C stops it.
MESSAGE
exec Service/.build/release/jobmatch-server --store "$folder/jobmatch.sqlite" \
    --taxonomy Fixtures/skills.csv --seekers Fixtures/seekers.csv --posts Fixtures/posts.csv --districts Fixtures/districts.csv \
    --port "$port" --tokens "$tokens"
