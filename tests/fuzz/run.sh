#!/bin/sh
# Longer fuzzing runs: sh tests/fuzz/run.sh TARGET SECONDS [BUILD_DIR]
# TARGET is csv, html, robots or proposal (or fuzz_csv...). The working corpus grows in
# ${GREENDOOR_FUZZ_HOME:-$HOME/.cache/greendoor-fuzz}/TARGET/corpus (outside the repository) and
# starts from the seeds in tests/fuzz/corpus/TARGET; findings land in .../TARGET/findings.
# Prints executions per second and the findings. Add a finding to tests/fuzz/corpus/TARGET
# with a regression test once it is fixed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
name=${1:?usage: run.sh TARGET SECONDS [BUILD_DIR]}
name=${name#fuzz_}
seconds=${2:?usage: run.sh TARGET SECONDS [BUILD_DIR]}
build=${3:-$here/../../build-fuzz}
binary="$build/fuzz/fuzz_$name"
if [ ! -x "$binary" ]; then
    echo "run.sh: $binary not found; build it with:" >&2
    echo "  cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DGREENDOOR_FUZZ=ON -DGREENDOOR_WERROR=OFF" >&2
    echo "  cmake --build build-fuzz --target fuzz_all" >&2
    exit 2
fi
home=${GREENDOOR_FUZZ_HOME:-${HOME:-/tmp}/.cache/greendoor-fuzz}/$name
mkdir -p "$home/corpus" "$home/findings"
dict=""
if [ -f "$here/$name.dict" ]; then dict="-dict=$here/$name.dict"; fi
log="$home/last-run.log"
before=$(ls "$home/findings" | wc -l)
status=0
started=$(date +%s)
# shellcheck disable=SC2086
"$binary" "$home/corpus" "$here/corpus/$name" $dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$home/findings/" >"$log" 2>&1 || status=$?
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
after=$(ls "$home/findings" | wc -l)
echo "fuzz_$name: $(($(date +%s) - started))s, ${execs:-?} executions, ${rate:-?} exec/s, corpus $(ls "$home/corpus" | wc -l) inputs"
echo "findings this run: $((after - before)) (all kept in $home/findings)"
if [ "$status" -ne 0 ]; then
    grep -E "^(SUMMARY|fuzz_$name:|==[0-9]+==ERROR)" "$log" | head -n 5
    echo "log: $log"
fi
exit "$status"
