#!/usr/bin/env bash
# Builds the fuzz targets and runs each for SECONDS (default 60), one after
# another on one core. Usage: Fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv jsonl requirements skills)
out=.build-fuzz

Fuzz/build.sh

# Swift's own crash backtracer races libFuzzer's handler and can hang it.
export SWIFT_BACKTRACE=enable=no
# The targets' input files, left behind by a crash, stay in the build folder.
export TMPDIR=$PWD/$out/tmp
mkdir -p "$TMPDIR"
failed=()
for target in "${targets[@]}"; do
    case "$target" in
        csv | jsonl) max_len=4096 ;;
        *) max_len=512 ;;
    esac
    # New inputs go to a scratch corpus; the committed seeds and regressions are only read.
    mkdir -p "$out/corpus/$target" "$out/artifacts" "$out/logs" "Fuzz/Regressions/$target"
    log="$out/logs/$target.log"
    if "$out/fuzz-$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -dict="Fuzz/Dictionaries/$target.dict" -artifact_prefix="$out/artifacts/$target-" -print_final_stats=1 \
        "$out/corpus/$target" "Fuzz/Corpus/$target" "Fuzz/Regressions/$target" >"$log" 2>&1; then
        echo "fuzz $target: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') inputs in ${seconds}s," \
            "$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1), no crash"
    else
        echo "fuzz $target: FAILED, log $log, input $(ls -t "$out/artifacts/$target-"* 2>/dev/null | head -n 1)" >&2
        grep -E 'ERROR|Fatal error|SUMMARY' "$log" | head -n 20 >&2 || tail -n 30 "$log" >&2
        failed+=("$target")
    fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz failures: ${failed[*]}" >&2; exit 1; }
