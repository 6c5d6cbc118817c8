#!/usr/bin/env bash
# The portal's cluster on one Linux machine, without Docker, on loopback ports (for tests and benchmarks):
# a 3-node MariaDB Galera cluster (Debian's mariadb-server and galera-4), two app nodes (the production jar) and
# HAProxy (Debian's haproxy) in front with cookie stickiness and health checks on the readiness probe, plus an SMTP
# server that catches the mails (GreenMail, from the bench project). docker-compose.cluster.yml is the same shape for
# production.
#
#   ops/cluster/run.sh start            build what is missing, start everything, wait until the portal answers
#   ops/cluster/run.sh stop             stop everything (data stays in $CLUSTER_DIR)
#   ops/cluster/run.sh status           what runs, Galera's view of the cluster, HAProxy's view of the app nodes
#   ops/cluster/run.sh kill-app N       kill -9 app node N (1 or 2)         start-app N   start it again
#   ops/cluster/run.sh kill-db N        kill -9 Galera node N (1, 2 or 3)   start-db N    start it again (it rejoins)
#   ops/cluster/run.sh drain-app N      HAProxy sends app node N no new users (its sessions stay); ready-app N undoes it
#   ops/cluster/run.sh reset            stop and delete all data
#
# Ports (127.0.0.1): portal via HAProxy $CLUSTER_PORT (18090), HAProxy statistics 18094, app nodes 18091/18092,
# Galera SQL 13311/13312/13313, SMTP 12526. The app nodes reach Galera through Connector/J's sequential failover URL:
# all write to the first node that answers, so row locks (webhook claims, document numbers) keep their meaning, and
# move on to the next when it fails. The demo data (DEMO_DATA=true on node 1 only) gives the logins of the README.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${CLUSTER_DIR:-$ROOT/target/cluster}
export JAVA_HOME=${CLUSTER_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
PORT=${CLUSTER_PORT:-18090}
STATS_PORT=$((PORT + 4))
SMTP_PORT=${CLUSTER_SMTP_PORT:-12526}
APP_HEAP=${CLUSTER_APP_HEAP:-768m}
GALERA=/usr/lib/galera/libgalera_smm.so
DB_NODES=(1 2 3)
APP_NODES=(1 2)

db_port() { echo $((13310 + $1)); }
gcomm_port() { echo $((14560 + 10 * $1)); }
app_port() { echo $((PORT + $1)); }
# transactionReplay: a transaction cut off by a failing node is replayed on the next one, so the request succeeds
db_url() { echo "jdbc:mariadb:sequential://127.0.0.1:$(db_port 1),127.0.0.1:$(db_port 2),127.0.0.1:$(db_port 3)/kundenportal?transactionReplay=true"; }

log() { printf '=== %s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { echo "$*" >&2; exit 1; }

require_tools() {
    local missing=()
    command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
    [ -f "$GALERA" ] || missing+=(galera-4)
    command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
    command -v rsync >/dev/null 2>&1 || missing+=(rsync)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "Installing ${missing[*]} (Debian packages)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
    else
        die "Missing: ${missing[*]}. Install them: sudo apt-get install ${missing[*]}"
    fi
    [ -x "$JAVA" ] || die "No JDK 25 at $JAVA_HOME; set CLUSTER_JAVA_HOME"
}

pid_of() { [ -f "$DIR/$1.pid" ] && cat "$DIR/$1.pid" || true; }
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

wait_until() { # SECONDS DESCRIPTION COMMAND...
    local deadline=$((SECONDS + $1)) what=$2
    shift 2
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || die "$what did not happen within the time allowed; see the logs in $DIR"
        sleep 1
    done
}

# --- build ---

app_jar() { ls "$ROOT"/target/kundenportal-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1; }

ensure_built() {
    if [ -z "$(app_jar)" ]; then
        log "Building the app jar"
        (cd "$ROOT" && ./mvnw -B -ntp -DskipTests package >&2)
    fi
    if [ ! -f "$ROOT/bench/target/kundenportal-bench.jar" ] || [ ! -d "$ROOT/target/bench/app/lib" ]; then
        log "Building the bench project (its SMTP server catches the cluster's mails)"
        "$ROOT"/bench/run.sh build >&2
    fi
}

# --- Galera ---

db_cnf() {
    local n=$1 node=$DIR/db$1 cluster=""
    for other in "${DB_NODES[@]}"; do cluster+="${cluster:+,}127.0.0.1:$(gcomm_port "$other")"; done
    cat >"$node/my.cnf" <<EOF
[mariadbd]
datadir=$node/data
socket=$node/mariadbd.sock
pid-file=$node/mariadbd.pid
log-error=$node/error.log
port=$(db_port "$n")
bind-address=127.0.0.1
$([ "$(id -u)" = 0 ] && echo "user=mysql")
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-time-zone=+00:00
innodb_buffer_pool_size=256M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# the migrations create triggers as the portal user, which Galera's binary log otherwise reserves to SUPER
log_bin_trust_function_creators=ON
wsrep_on=ON
wsrep_provider=$GALERA
wsrep_cluster_name=kundenportal
wsrep_cluster_address=gcomm://$cluster
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_provider_options=gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(($(gcomm_port "$n") + 1))
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(($(gcomm_port "$n") + 2))
EOF
}

sql() { # NODE SQL
    mariadb --no-defaults --protocol=socket --socket="$DIR/db$1/mariadbd.sock" -uroot -N -B -e "$2"
}

db_synced() { [ "$(sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" | cut -f2)" = "Synced" ]; }

start_db() { # NODE [--wsrep-new-cluster]
    local n=$1 node=$DIR/db$1
    alive "db$n" && return 0
    mkdir -p "$node"
    db_cnf "$n"
    # as root, the node runs as Debian's mysql user: the rsync daemon of a state transfer would otherwise run as
    # nobody, who may not write the data directory
    [ "$(id -u)" != 0 ] || chown -R mysql:mysql "$node"
    if [ ! -d "$node/data/mysql" ]; then
        mariadb-install-db --defaults-file="$node/my.cnf" --auth-root-authentication-method=normal \
            --skip-test-db >"$node/install.log" 2>&1 || die "Could not initialise $node (see $node/install.log)"
    fi
    log "Starting Galera node $n on 127.0.0.1:$(db_port "$n")${2:+ (new cluster)}"
    mariadbd --defaults-file="$node/my.cnf" ${2:-} >>"$node/stdout.log" 2>&1 &
    echo $! >"$DIR/db$n.pid"
    wait_until 300 "Galera node $n synced" db_synced "$n"
}

# The node to bootstrap from: the one whose data is newest (safe_to_bootstrap), or node 1 on a new cluster.
bootstrap_node() {
    for n in "${DB_NODES[@]}"; do
        if grep -q '^safe_to_bootstrap: *1' "$DIR/db$n/data/grastate.dat" 2>/dev/null; then echo "$n"; return; fi
    done
    if [ -f "$DIR/db1/data/grastate.dat" ]; then
        # every node was killed: the cluster cannot tell which is newest; take node 1's (its commits came first)
        sed -i 's/^safe_to_bootstrap: *0/safe_to_bootstrap: 1/' "$DIR/db1/data/grastate.dat"
    fi
    echo 1
}

start_galera() {
    if ! any_db_alive; then
        local first
        first=$(bootstrap_node)
        start_db "$first" --wsrep-new-cluster
        sql "$first" "CREATE DATABASE IF NOT EXISTS kundenportal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER IF NOT EXISTS 'portal'@'127.0.0.1' IDENTIFIED BY '$(db_password)';
            GRANT ALL ON kundenportal.* TO 'portal'@'127.0.0.1';"
    fi
    for n in "${DB_NODES[@]}"; do start_db "$n"; done
}

any_db_alive() {
    for n in "${DB_NODES[@]}"; do alive "db$n" && return 0; done
    return 1
}

db_password() {
    [ -f "$DIR/db-password" ] || (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$DIR/db-password")
    cat "$DIR/db-password"
}

# --- mail, app nodes, HAProxy ---

start_mail() {
    alive mail && return 0
    log "Starting the SMTP server on 127.0.0.1:$SMTP_PORT"
    "$JAVA" -cp "$ROOT/bench/target/kundenportal-bench.jar:$ROOT/target/bench/app/lib/*:$ROOT/bench/target/lib/*" \
        org.kundenportal.bench.BenchMail \
        --smtp-port "$SMTP_PORT" >"$DIR/mail.log" 2>&1 &
    echo $! >"$DIR/mail.pid"
    wait_until 60 "SMTP server start" grep -q "BENCH MAIL READY" "$DIR/mail.log"
}

ready() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1/actuator/health/readiness"; }

start_app() { # NODE
    local n=$1
    alive "app$n" && return 0
    log "Starting app node $n on 127.0.0.1:$(app_port "$n")"
    mkdir -p "$DIR/app$n"
    (cd "$DIR/app$n" && SPRING_PROFILES_ACTIVE=production DB_URL=$(db_url) DB_USER=portal DB_PASSWORD=$(db_password) \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT PORT=$(app_port "$n") BASE_URL=http://127.0.0.1:$PORT \
        DEMO_DATA=$([ "$n" = 1 ] && echo true || echo false) \
        exec "$JAVA" -Xmx"$APP_HEAP" -Dkundenportal.node=app$n -jar "$(app_jar)" >>"$DIR/app$n/app.log" 2>&1) &
    echo $! >"$DIR/app$n.pid"
}

wait_apps() {
    for n in "${APP_NODES[@]}"; do
        wait_until 600 "App node $n ready" ready "$(app_port "$n")"
        log "App node $n is ready"
    done
}

haproxy_cfg() {
    cat >"$DIR/haproxy.cfg" <<EOF
global
    # a limit the open-files limit of an ordinary shell allows (two descriptors per connection)
    maxconn $(( $(ulimit -n) / 2 - 100 ))
    stats socket $DIR/haproxy.sock mode 600 level admin
    pidfile $DIR/haproxy.pid

defaults
    mode http
    # a request to a node that just died (refused, or its kept-alive connection reset) goes to another node
    option redispatch 1
    retries 3
    retry-on conn-failure empty-response response-timeout
    timeout connect 3s
    timeout client 120s
    timeout server 120s
    timeout tunnel 1h
    timeout http-request 15s

frontend portal
    bind 127.0.0.1:$PORT
    default_backend app

# A user stays on the node that holds their Vaadin session (cookie KP_NODE); a node whose readiness probe fails gets
# no new users, and when it is down its users go to another node (redispatch), which sends them to the login.
backend app
    balance leastconn
    cookie KP_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fastinter 500ms downinter 2s fall 2 rise 2 slowstart 10s
$(for n in "${APP_NODES[@]}"; do echo "    server app$n 127.0.0.1:$(app_port "$n") check cookie app$n"; done)

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 2s
EOF
}

start_haproxy() {
    alive haproxy && return 0
    haproxy_cfg
    log "Starting HAProxy on 127.0.0.1:$PORT (statistics on :$STATS_PORT)"
    haproxy -f "$DIR/haproxy.cfg" -D
    wait_until 30 "HAProxy start" test -s "$DIR/haproxy.pid"
}

haproxy_command() {
    python3 - "$DIR/haproxy.sock" "$1" <<'EOF'
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
s.sendall((sys.argv[2] + "\n").encode())
print(s.recv(65536).decode(), end="")
EOF
}

stop_one() {
    local pid
    pid=$(pid_of "$1")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$DIR/$1.pid"
}

kill_one() {
    local pid
    pid=$(pid_of "$1")
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null && log "Killed $1 (pid $pid) with SIGKILL" || log "$1 was not running"
    rm -f "$DIR/$1.pid"
}

status() {
    for name in db1 db2 db3 app1 app2 mail haproxy; do
        if alive "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
    done
    for n in "${DB_NODES[@]}"; do
        if alive "db$n"; then
            echo "db$n: $(sql "$n" "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size')" | tr '\n\t' '  ')"
        fi
    done
    if alive haproxy; then
        haproxy_command "show servers state app" | awk 'NR > 2 && $4 != "" {print "haproxy " $4 ": operational state " $6 ", admin state " $7}'
    fi
}

node_arg() { [[ "${1:-}" =~ ^[0-9]$ ]] || die "Which node? e.g. $0 $2 1"; echo "$1"; }

main() {
    local command=${1:-}
    mkdir -p "$DIR"
    case "$command" in
        start)
            require_tools
            ensure_built
            start_galera
            start_mail
            for n in "${APP_NODES[@]}"; do start_app "$n"; done
            wait_apps
            start_haproxy
            wait_until 60 "Portal via HAProxy" curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/login"
            log "The portal runs on http://127.0.0.1:$PORT (two app nodes, three Galera nodes)"
            ;;
        stop)
            stop_one haproxy
            for n in "${APP_NODES[@]}"; do stop_one "app$n"; done
            stop_one mail
            # the last node down is the one to bootstrap from next time (Galera marks it safe_to_bootstrap)
            for n in 3 2 1; do stop_one "db$n"; done
            ;;
        status) status ;;
        kill-app) kill_one "app$(node_arg "${2:-}" kill-app)" ;;
        start-app) n=$(node_arg "${2:-}" start-app); start_app "$n"; wait_until 600 "App node $n ready" ready "$(app_port "$n")" ;;
        drain-app) haproxy_command "set server app/app$(node_arg "${2:-}" drain-app) state drain" ;;
        ready-app) haproxy_command "set server app/app$(node_arg "${2:-}" ready-app) state ready" ;;
        kill-db) kill_one "db$(node_arg "${2:-}" kill-db)" ;;
        start-db) start_db "$(node_arg "${2:-}" start-db)" ;;
        reset) "$0" stop; rm -rf "$DIR" ;;
        *) sed -n '2,21p' "$0"; [ -z "$command" ] || exit 2 ;;
    esac
}

main "$@"
