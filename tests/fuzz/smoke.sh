#!/bin/sh
# Short fuzzing smoke run for the test command: every libFuzzer target for SECONDS (default 30),
# two at a time (the machine has two cores), starting from the seed corpus in a scratch folder (the
# repository is not written to). Fails when any target finds a crash, leak, sanitizer report or
# broken property; the input that did it is printed (base64) and kept under the scratch folder.
#   sh tests/fuzz/smoke.sh BUILD_DIR [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: smoke.sh BUILD_DIR [SECONDS]}
seconds=${2:-30}
work=$(mktemp -d "${TMPDIR:-/tmp}/greendoor-fuzz-smoke.XXXXXX")

run() {
    target=$1
    name=${target#fuzz_}
    mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
    dict=""
    if [ -f "$here/$name.dict" ]; then dict="-dict=$here/$name.dict"; fi
    # shellcheck disable=SC2086
    if "$build/fuzz/$target" "$work/$name/corpus" "$here/corpus/$name" $dict -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="$work/$name/artifacts/" >"$work/$name/log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name/log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$name/log")
        echo "fuzz smoke: $target ok ($execs runs, $rate/s)"
    else
        echo "fuzz smoke: $target FAILED; log tail:"
        tail -n 40 "$work/$name/log"
        for a in "$work/$name/artifacts/"*; do
            [ -f "$a" ] && echo "input $a (base64): $(base64 -w0 "$a")"
        done
        return 1
    fi
}

status=0
# fuzz_mime is left out of the smoke run while its first finding is open (a long non-ASCII subject
# loses characters in a build/parse round trip; tst_mail longNonAsciiSubjectRoundTrip, XFAIL).
set -- fuzz_csv fuzz_html fuzz_robots fuzz_proposal
while [ $# -gt 0 ]; do
    first=$1
    second=${2:-}
    shift
    [ -n "$second" ] && shift
    run "$first" >"$work/$first.out" 2>&1 &
    p1=$!
    p2=""
    if [ -n "$second" ]; then
        run "$second" >"$work/$second.out" 2>&1 &
        p2=$!
    fi
    wait "$p1" || status=1
    cat "$work/$first.out"
    if [ -n "$p2" ]; then
        wait "$p2" || status=1
        cat "$work/$second.out"
    fi
done
if [ "$status" -eq 0 ]; then
    rm -rf "$work"
    echo "fuzz smoke: 4 passed, 0 failed"
else
    echo "fuzz smoke: failures kept in $work"
fi
exit "$status"
