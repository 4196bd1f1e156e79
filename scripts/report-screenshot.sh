#!/usr/bin/env bash
# Takes a full-page screenshot of a report page (jobmatch report --output
# report.html) with headless Chromium, to see it as a reader would.
#
#   scripts/report-screenshot.sh report.html report.png [WIDTH]
#
# WIDTH is the window's width in CSS pixels: 1366 for an office screen
# (the default), 390 for a phone. The height is the whole page. Installs
# Debian's chromium and fonts-noto-cjk when missing, so the Chinese text
# renders as it would on a reader's machine instead of as empty boxes.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 HTML PNG [WIDTH]" >&2
    exit 2
fi
html=$1
png=$2
width=${3:-1366}
[ -f "$html" ] || { echo "$0: no such file: $html" >&2; exit 2; }
case $width in '' | *[!0-9]*) echo "$0: WIDTH must be a number of pixels: $width" >&2; exit 2 ;; esac

"$(dirname "$0")/install-deps.sh" chromium fonts-noto-cjk

absolute=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

run_chromium() {
    chromium --headless --disable-gpu --no-sandbox --hide-scrollbars --user-data-dir="$profile" \
        --no-first-run --disable-extensions "$@" 2>/dev/null
}

# Chromium screenshots the window, not the whole page, so first measure the
# page's height at this width: a copy of it (the report itself has no
# script) writes its height into the DOM, which --dump-dom prints.
measure="$profile/measure.html"
sed 's#</body>#<script>addEventListener("load", () => document.body.setAttribute("data-height", document.documentElement.scrollHeight))</script></body>#' \
    "$absolute" >"$measure"
height=$(run_chromium --window-size="$width,800" --virtual-time-budget=3000 --dump-dom "file://$measure" |
    sed -n 's/.*data-height="\([0-9]*\)".*/\1/p' | head -n 1)
[ -n "$height" ] || { echo "$0: could not measure the page's height; using 8000" >&2; height=8000; }

rm -f "$png"
run_chromium --window-size="$width,$height" --screenshot="$png" "file://$absolute" >/dev/null || true
[ -s "$png" ] || { echo "$0: chromium wrote no screenshot to $png" >&2; exit 1; }
echo "$png: ${width} × ${height} px"
