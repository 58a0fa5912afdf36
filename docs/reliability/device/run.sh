#!/usr/bin/env bash
# The reliability study's proof runs on a machine without Java or Maven: for RUNS rounds, each
# chapter's starter and then its solution, graded by the chapter's tests as surefire runs them,
# from what pack.sh left in target/device. Stops before BUDGET seconds have passed since it
# started; a chapter's run that would not finish in time is not started, and one cut short is
# dropped. After each run, $OUT/results.tar.gz holds everything finished so far:
#   results/study.properties                            commit, start, machine
#   results/CHAPTER/ROUND/SIDE/{scoreboard.json,run.properties,log.txt}
# $OUT/summary.txt has one line per side. Import with -Dstudy="import DIR CONDITION".
#
#   OUT=dir bash docs/reliability/device/run.sh BUDGET RUNS [CHAPTER...]
set -uo pipefail
cd "$(dirname "$0")/../../.." || exit 1
root=$PWD
pack=$root/target/device
out=${OUT:?set OUT to the folder that receives the results}
if [ $# -lt 2 ]; then
    echo "usage: OUT=dir bash docs/reliability/device/run.sh BUDGET_SECONDS RUNS [CHAPTER...]" >&2
    exit 2
fi
deadline=$((SECONDS + $1))
runs=$2
shift 2
chapters=("$@")
if [ ${#chapters[@]} -eq 0 ]; then
    chapters=(01-mutex 02-false-sharing 03-pooling 04-pitfalls 05-decision-matrix)
fi

# As the root pom's surefire configuration: argLine (course.jvm.flags, and 02's
# course.contended.jvm.flags), the JUnit configuration parameters, and the fork's time limit.
jvm_flags=(-XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED -Dsun.misc.unsafe.memory.access=allow
    -Djdk.attach.allowAttachSelf=true --add-exports java.base/jdk.internal.vm=ALL-UNNAMED)
contended_flags=(-XX:-RestrictContended --add-exports java.base/jdk.internal.vm.annotation=ALL-UNNAMED)
junit_flags=("-Djunit.jupiter.execution.timeout.default=120 s"
    -Djunit.jupiter.execution.timeout.thread.mode.default=SEPARATE_THREAD
    "-Djunit.jupiter.displayname.generator.default=org.junit.jupiter.api.DisplayNameGenerator\$ReplaceUnderscores")
fork_limit=300

scratch=$(mktemp -d) || exit 1
results=$scratch/results
mkdir -p "$results" "$out"
tar -C "$scratch" -xJf "$pack/runtime.tar.xz" 2>/dev/null || python3 -m tarfile -e "$pack/runtime.tar.xz" "$scratch" ||
    { echo "run: cannot unpack $pack/runtime.tar.xz" >&2; exit 1; }
java=$scratch/jdk/bin/java
{
    echo "commit=$(cat "$pack/commit")"
    echo "started=$(date -u +%Y%m%dT%H%M%S)"
    echo "nproc=$(nproc)"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    echo "memory=$(grep -m1 MemTotal /proc/meminfo | tr -s ' ' | cut -d' ' -f2-)"
    echo "java=$("$java" -version 2>&1 | head -1)"
} >"$results/study.properties"
cp "$results/study.properties" "$out/machine.txt"

# Packs what finished into $OUT, replacing the last pack only once the new one is complete.
save() {
    tar -C "$scratch" -czf "$out/results.tar.gz.part" results && mv -f "$out/results.tar.gz.part" "$out/results.tar.gz"
}

# Runs one side of a chapter's proof; fails when the budget cut it short.
side() { # CHAPTER ROUND SIDE LIMIT
    local module=$1 name=$1 dir=$results/$1/$2/$3 report=$scratch/report
    local flags=("${jvm_flags[@]}")
    if [ "$4" -le 0 ]; then return 1; fi
    if [ "$3" = solution ]; then module=solutions/$1 name=$1-solution; fi
    if [ "$1" = 02-false-sharing ]; then flags+=("${contended_flags[@]}"); fi
    local classpath
    classpath=$(sed "s|^|$pack/|" "$pack/classpath/${module//\//-}" | paste -sd:)
    rm -rf "$report"
    mkdir -p "$dir" "$report"
    local started load begin=$SECONDS status
    started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    load=$(cut -d' ' -f1 /proc/loadavg)
    (cd "$root/$module" && timeout -k 10 "$4" "$java" "${flags[@]}" "${junit_flags[@]}" \
        "-Dcourse.reportDir=$report" "-Dcourse.chapter=$name" -cp "$classpath" \
        course.kit.study.TestLauncher "$pack/$1/test-classes") >"$dir/log.txt" 2>&1
    status=$?
    cp "$report/scoreboard.json" "$dir/" 2>/dev/null
    printf 'started=%s\nload=%s\nseconds=%d\nexit=%d\n' "$started" "$load" $((SECONDS - begin)) "$status" \
        >"$dir/run.properties"
    echo "$1 round $2 $3: exit $status in $((SECONDS - begin)) s, scoreboard $([ -f "$dir/scoreboard.json" ] &&
        echo written || echo MISSING)" | tee -a "$out/summary.txt"
    # A timeout below the fork limit was the budget's, not the tests'.
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then [ "$4" -ge "$fork_limit" ]; fi
}

declare -A need # seconds the last run of each chapter took; a first run is guessed
for ((round = 1; round <= runs; round++)); do
    for chapter in "${chapters[@]}"; do
        left=$((deadline - SECONDS - 15))
        if [ "$left" -lt "${need[$chapter]:-120}" ]; then
            echo "run: $left s left, not enough for $chapter; stopping" | tee -a "$out/summary.txt"
            break 2
        fi
        begin=$SECONDS
        if side "$chapter" "$round" starter $((left < fork_limit ? left : fork_limit)) &&
            left=$((deadline - SECONDS - 15)) &&
            side "$chapter" "$round" solution $((left < fork_limit ? left : fork_limit)); then
            need[$chapter]=$((SECONDS - begin))
            save
        else
            echo "run: $chapter round $round cut short by the budget; dropped" | tee -a "$out/summary.txt"
            rm -rf "${results:?}/$chapter/$round"
            break 2
        fi
    done
done
save
echo "run: done after $SECONDS s; $(find "$results" -name run.properties | wc -l) sides in $out/results.tar.gz"
rm -rf "$scratch"
