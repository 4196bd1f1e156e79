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
scripts/python-venv.sh "$venv" schemathesis==4.32.5

source Service/scripts/fixture-service.sh
writer=$(random_token)
printf '{"tokens": [{"token": "%s", "role": "writer"}]}\n' "$writer" > "$service_folder/tokens.json"
start_fixture_service

SCHEMATHESIS_HOOKS=hooks PYTHONPATH=Service/schemathesis "$venv/bin/st" run "$service_url/openapi.json" \
    --header "Authorization: Bearer $writer" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance,unsupported_method,allow_header_conformance,missing_required_header,ignored_auth \
    --max-examples "$examples" --seed 2026 --generation-database none --workers 1 --no-color \
    --report-dir "$service_folder/report"

stop_fixture_service
echo "schemathesis: passed; the service stopped cleanly"
