#!/usr/bin/env bash
# Builds the fuzz targets and runs them one after another on one core.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]   random fuzzing, SECONDS a target (default 180):
#                                       run it after every change to the input code
#   Fuzz/run.sh --ci [TARGET...]        CI's pass: replays every seed and regression
#                                       input, then a fixed number of runs from a fixed
#                                       seed, so that one commit always gives one answer
#
# In --ci mode FUZZ_SEED (default 2026) and FUZZ_RUNS (default: per target,
# below) set the seed and the number of runs.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=random
seconds=180
if [ "${1:-}" = --ci ]; then
    mode=ci
    shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv jsonl requirements skills)
out=.build-fuzz

Fuzz/build.sh

# Swift's own crash backtracer races libFuzzer's handler and can hang it.
export SWIFT_BACKTRACE=enable=no
# The targets' input files, left behind by a crash, stay in the build folder.
export TMPDIR=$PWD/$out/tmp
mkdir -p "$TMPDIR"

# What a target needs to run the same way twice from one seed: Swift's
# hashing unseeded (Set and Dictionary order) and no address randomisation.
deterministic=()
if [ "$mode" = ci ]; then
    export SWIFT_DETERMINISTIC_HASHING=1
    if setarch "$(uname -m)" -R true 2>/dev/null; then
        deterministic=(setarch "$(uname -m)" -R)
    else
        echo "fuzz: setarch -R is not permitted here; runs may differ in coverage" >&2
    fi
fi

# The runs CI gives a target: about 20 s each on a 2-core machine.
ci_runs() {
    case "$1" in
        csv | jsonl) echo "${FUZZ_RUNS:-6000}" ;;
        *) echo "${FUZZ_RUNS:-100000}" ;;
    esac
}

failed=()
for target in "${targets[@]}"; do
    case "$target" in
        csv | jsonl) max_len=4096 ;;
        *) max_len=512 ;;
    esac
    mkdir -p "$out/artifacts" "$out/logs" "Fuzz/Regressions/$target"
    log="$out/logs/$target.log"
    common=(-max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -dict="Fuzz/Dictionaries/$target.dict"
        -artifact_prefix="$out/artifacts/$target-" -print_final_stats=1)
    if [ "$mode" = ci ]; then
        # A scratch corpus of its own, empty each time; the committed seeds and regressions are only read.
        scratch="$out/ci-corpus/$target"
        rm -rf "$scratch"
        mkdir -p "$scratch"
        seeds=$(find "Fuzz/Corpus/$target" "Fuzz/Regressions/$target" -type f | wc -l)
        runs=$(ci_runs "$target")
        run=("${deterministic[@]}" "$out/fuzz-$target" "${common[@]}" -seed="${FUZZ_SEED:-2026}" -runs="$runs" -reload=0
            "$scratch" "Fuzz/Corpus/$target" "Fuzz/Regressions/$target")
    else
        mkdir -p "$out/corpus/$target"
        run=("$out/fuzz-$target" "${common[@]}" -max_total_time="$seconds"
            "$out/corpus/$target" "Fuzz/Corpus/$target" "Fuzz/Regressions/$target")
    fi
    if "${run[@]}" >"$log" 2>&1; then
        executed=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
        coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
        if [ "$mode" = ci ]; then
            echo "fuzz $target: $seeds seed and regression inputs replayed, then $executed inputs from seed ${FUZZ_SEED:-2026}, $coverage, no crash"
        else
            echo "fuzz $target: $executed inputs in ${seconds}s, $coverage, no crash"
        fi
    else
        echo "fuzz $target: FAILED, log $log, input $(ls -t "$out/artifacts/$target-"* 2>/dev/null | head -n 1)" >&2
        grep -E 'ERROR|Fatal error|SUMMARY' "$log" | head -n 20 >&2 || tail -n 30 "$log" >&2
        failed+=("$target")
    fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz failures: ${failed[*]}" >&2; exit 1; }
