#!/usr/bin/env bash
# Load (Gatling through Vaadin's protocol) and session memory, items 2 and 3 of issue 6.
#
# bench/run.sh calls this with the app running; standalone (see bench/load/README.md):
#
#   BASE_URL=http://127.0.0.1:8080 APP_PID=<the app's pid> REPORT=/tmp/report.md QUICK=1 bench/load/run.sh
#
# Environment:
#   BASE_URL, APP_PID, REPORT, QUICK=1|0   as bench/run.sh passes them
#   BENCH_USER_PATTERN   login of user i, %d = i (default bench-user-%d@example.com, as the data generator makes them)
#   BENCH_USER_COUNT     how many such users there are (default 200 quick, 2000 full)
#   BENCH_PASSWORD       their password (default bench-password)
#   LOAD_LEVELS          concurrent users per level (default "1 50 200 500 1000")
#   LOAD_RAMP, LOAD_HOLD seconds per level to reach the users and then to keep them (quick 5 + 15, full 60 + 120);
#                        the figures are taken in the hold only
#   LOAD_THINK           think time range in seconds, "min max" (quick "1 3", full "3 10")
#   MEMORY_SESSIONS      sessions parked for the memory figure (quick 200, full 1000)
#   LOAD_STEPS           any of "memory load" (default both)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
: "${BASE_URL:?BASE_URL must name the running app}"
: "${APP_PID:?APP_PID must name the process of the app (for its heap)}"
: "${REPORT:?REPORT must name the Markdown file to append to}"
QUICK=${QUICK:-0}
PATTERN=${BENCH_USER_PATTERN:-bench-user-%d@example.com}
# as many as the data generator makes: 200 companies with --quick, else 2,000 (DataGenerator's scales)
if [ "$QUICK" = 1 ]; then USER_COUNT=${BENCH_USER_COUNT:-200}; else USER_COUNT=${BENCH_USER_COUNT:-2000}; fi
PASSWORD=${BENCH_PASSWORD:-bench-password}
LEVELS=${LOAD_LEVELS:-1 50 200 500 1000}
STEPS=${LOAD_STEPS:-memory load}
if [ "$QUICK" = 1 ]; then
    RAMP=${LOAD_RAMP:-5}; HOLD=${LOAD_HOLD:-15}; THINK=${LOAD_THINK:-1 3}; SESSIONS=${MEMORY_SESSIONS:-200}
    WARM_UP=15
else
    RAMP=${LOAD_RAMP:-60}; HOLD=${LOAD_HOLD:-120}; THINK=${LOAD_THINK:-3 10}; SESSIONS=${MEMORY_SESSIONS:-1000}
    WARM_UP=55
fi
read -r THINK_MIN THINK_MAX <<<"$THINK"
RESULTS=$BENCH_DIR/target/load
# Maven through the project's wrapper, which picks the JDK and finds .mvn from the repository's root
mvn_bench() { (cd "$ROOT" && ./mvnw -B -ntp -f bench/pom.xml "$@"); }

log() { printf '\n=== %s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [ ! -f "$ROOT/target/bench/app/kundenportal.jar" ]; then
    echo "The bench project compiles against the extracted app: run bench/run.sh build first." >&2
    exit 1
fi
kill -0 "$APP_PID" 2>/dev/null || { echo "No process $APP_PID (APP_PID)" >&2; exit 1; }
# the JVM itself: APP_PID may name a wrapper (the subshell of a backgrounded function, taskset) that runs it
jvm_pid() {
    local pid=$1
    for _ in 1 2 3 4; do
        [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = java ] && { echo "$pid"; return; }
        pid=$(pgrep -P "$pid" | head -n 1)
        [ -n "$pid" ] || break
    done
    echo "$1"
}
APP_PID=$(jvm_pid "$APP_PID")
curl -fsS -o /dev/null --max-time 10 "$BASE_URL/login" || { echo "No app at $BASE_URL" >&2; exit 1; }

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
mvn_bench -q test-compile
# the test classpath, to run the session memory and the report without Maven's start-up each time
mvn_bench -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$RESULTS/classpath.txt"
CLASSPATH_ALL="$BENCH_DIR/target/test-classes:$BENCH_DIR/target/classes:$(cat "$RESULTS/classpath.txt")"
# the JDK the wrapper picks (21 or newer) unless JAVA_HOME names one, as bench/run.sh does
JAVA_HOME=${JAVA_HOME:-$(. "$ROOT/.mvn/build-env.sh" >/dev/null 2>&1; echo "${JAVA_HOME:-}")}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

users_args=(--user-pattern "$PATTERN" --user-count "$USER_COUNT" --password "$PASSWORD")

# one Gatling run: level USERS RAMP HOLD RESULT_NAME
gatling() {
    mvn_bench gatling:test -DbaseUrl="$BASE_URL" -Dusers="$1" -DrampSeconds="$2" -DholdSeconds="$3" \
        -DthinkMin="$THINK_MIN" -DthinkMax="$THINK_MAX" -DuserPattern="$PATTERN" -DuserCount="$USER_COUNT" \
        -Dpassword="$PASSWORD" -DresultFile="$RESULTS/$4.json" >"$RESULTS/$4.log" 2>&1 \
        || { tail -n 40 "$RESULTS/$4.log" >&2; return 1; }
}

# the load section of the report, from the levels' results
load_report() {
    local version settings
    version=$(sed -n 's:.*<gatling.version>\(.*\)</gatling.version>.*:\1:p' "$BENCH_DIR/pom.xml")
    settings="Levels: $LEVELS concurrent users, each $RAMP s ramp + $HOLD s hold, figures from the hold only (a user"
    settings+=" in a step at its end may finish it); think times $THINK_MIN-$THINK_MAX s; users $PATTERN with %d = 1..$USER_COUNT in turn"
    settings+=" (1 = the big customer); Gatling $version, one run per level after a 20-user warm-up; Gatling's"
    settings+=" own HTML reports are in bench/target/gatling."
    "$JAVA" -cp "$CLASSPATH_ALL" org.kundenportal.bench.load.LoadReport --results "$RESULTS" --report "$REPORT" \
        --settings "$settings"
}

for step in $STEPS; do
    case "$step" in
        memory)
            log "Session memory: $SESSIONS sessions parked on the invoices view"
            "$JAVA" -cp "$CLASSPATH_ALL" org.kundenportal.bench.load.SessionMemory --base-url "$BASE_URL" \
                --pid "$APP_PID" --sessions "$SESSIONS" "${users_args[@]}" --report "$REPORT" --histograms "$RESULTS"
            ;;
        load)
            # the app's code paths compiled and its caches filled before the 1-user level, whose p50 is the base
            log "Load: warm-up, 20 users for $((5 + WARM_UP)) s"
            THINK_MIN=1 THINK_MAX=2 gatling 20 5 "$WARM_UP" warmup
            for users in $LEVELS; do
                log "Load: $users concurrent users, ramp $RAMP s, hold $HOLD s, think $THINK_MIN-$THINK_MAX s"
                gatling "$users" "$RAMP" "$HOLD" "level-$users"
                grep -A3 "^---- Global Information" "$RESULTS/level-$users.log" >&2 || true
            done
            load_report
            ;;
        *) echo "Unknown LOAD_STEPS entry: $step" >&2; exit 2 ;;
    esac
done
