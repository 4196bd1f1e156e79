#!/usr/bin/env bash
# The console's browser tests: Debian's chromium and chromium-driver
# (installed where missing) driven by Selenium (PyPI, pinned, in a venv)
# against the real service on 127.0.0.1 on the bundled fixtures, signed in
# with a reader's token. Usage: Service/browser-tests/run.sh [--screenshots DIR | --timing]
# (DIR gets a picture of each view: `make console-screenshots` puts them in
# docs/; --timing measures the page's waits instead of testing it).
set -euo pipefail
cd "$(dirname "$0")/../.."

screenshots=
program=(Service/browser-tests/test_console.py -v)
case ${1:-} in
    --screenshots) screenshots=$(mkdir -p "$2" && cd "$2" && pwd) ;;
    --timing) program=(Service/browser-tests/page_timing.py) ;;
    "") ;;
    *) echo "usage: $0 [--screenshots DIR | --timing]" >&2; exit 2 ;;
esac

# The Chinese fonts only matter to pictures.
scripts/install-deps.sh chromium chromium-driver ${screenshots:+fonts-noto-cjk}
venv=.build/browser-venv
scripts/python-venv.sh "$venv" selenium==4.51.0

source Service/scripts/fixture-service.sh
reader=$(random_token)
printf '{"tokens": [{"token": "%s", "role": "reader"}]}\n' "$reader" > "$service_folder/tokens.json"
start_fixture_service

JOBMATCH_URL=$service_url JOBMATCH_TOKEN=$reader JOBMATCH_SCREENSHOTS=$screenshots \
    "$venv/bin/python" "${program[@]}"

stop_fixture_service
echo "browser: done; the service stopped cleanly"
