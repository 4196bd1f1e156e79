#!/usr/bin/env bash
# Builds each libFuzzer target of Fuzz/Targets into .build-fuzz/, with
# AddressSanitizer, over the JobMatchModel target: the input code and the
# model it builds.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-fuzz
flags=(-O -g -sanitize=fuzzer,address -parse-as-library -package-name JobMatch)
mkdir -p "$out"

# The JobMatchModel target stands alone (no BLAS): build it once, with
# testing enabled so that the targets can reach internal entry points.
swiftc "${flags[@]}" -enable-testing -module-name JobMatchModel \
    -emit-library -static -o "$out/libJobMatchModel.a" -emit-module -emit-module-path "$out/JobMatchModel.swiftmodule" \
    $(find Sources/JobMatchModel -name '*.swift' | sort)

for source in Fuzz/Targets/*.swift; do
    target=$(basename "$source" .swift)
    # ld.gold warns about every ASan helper symbol it cannot export: noise.
    swiftc "${flags[@]}" -module-name "fuzz_$target" -I "$out" \
        Fuzz/Harness/*.swift "$source" "$out/libJobMatchModel.a" -o "$out/fuzz-$target" 2>&1 \
        | { grep -v "Cannot export local symbol '__asan" || true; } >&2
done
echo "built: $(cd "$out" && echo fuzz-*)"
