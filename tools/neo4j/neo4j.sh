#!/usr/bin/env bash
# Local Neo4j Community server for tiangraph: the tests' database, and a database
# for users who have no Neo4j of their own.
#
#   tools/neo4j/neo4j.sh build              download the jars (Maven, first time only) and compile the launcher
#   tools/neo4j/neo4j.sh start DIR [PORT]   start in the background with its files in DIR; prints the bolt URI
#   tools/neo4j/neo4j.sh stop DIR           stop the server started in DIR (SIGTERM, SIGKILL after 30 s)
#   tools/neo4j/neo4j.sh run [PORT]         run in the foreground (Ctrl-C stops it); data in tools/neo4j/data
#
# The server listens on 127.0.0.1 only (Bolt; HTTP only with NEO4J_HTTP_PORT).
# User: neo4j. Password: $NEO4J_PASSWORD, else the local test default below.
#
# Environment:
#   NEO4J_PASSWORD        password of user neo4j, at least 8 characters
#                         (default: tiangraph-test, the local test default; not a secret)
#   NEO4J_HEAP            Java heap, default 512m
#   NEO4J_PAGE_CACHE      page cache, default 64m
#   NEO4J_HTTP_PORT       also serve HTTP on this port (default: no HTTP)
#   NEO4J_JAVA_OPTS       extra JVM options (default: -XX:TieredStopAtLevel=1, a faster start;
#                         set it empty for the JVM's full JIT on long, heavy loads)
#   NEO4J_DATA            data directory of `run` (default: tools/neo4j/data)
#   NEO4J_START_TIMEOUT   seconds `start` waits for the server, default 120
#   NEO4J_STOP_TIMEOUT    seconds `stop` waits after SIGTERM before SIGKILL, default 30
#   JAVA, MVN             java and mvn commands (default: java, mvn); Java 17 or newer
#
# Files in DIR after `start`: pid, port, server.log (launcher output); Neo4j's own
# store and logs go to DIR/data and DIR/logs.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAVA="${JAVA:-java}"
MVN="${MVN:-mvn}"
MAIN_CLASS="tiangraph.neo4j.TiangraphNeo4j"
CLASS_FILE="$HERE/target/classes/tiangraph/neo4j/TiangraphNeo4j.class"
SOURCE_FILE="$HERE/src/main/java/tiangraph/neo4j/TiangraphNeo4j.java"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-tiangraph-test}"   # local test default
NEO4J_HEAP="${NEO4J_HEAP:-512m}"
NEO4J_PAGE_CACHE="${NEO4J_PAGE_CACHE:-64m}"
# C1 only: about half the CPU to start, and faster on the first loads; unset by NEO4J_JAVA_OPTS="".
EXTRA_JVM_OPTS="${NEO4J_JAVA_OPTS--XX:TieredStopAtLevel=1}"
# What Neo4j's own launcher passes (its neo4j.conf): NIO buffers open to the page cache and
# Netty (else the page cache runs in a slower fallback mode), final fields trusted by the JIT.
NEO4J_JVM_FLAGS=(
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
    -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dlog4j2.disable.jmx=true
)
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-30}"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
}

neo4j_version() {
    sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$HERE/pom.xml"
}

is_built() {
    [[ -f "$CLASS_FILE" && "$CLASS_FILE" -nt "$SOURCE_FILE" && "$CLASS_FILE" -nt "$HERE/pom.xml" \
        && -f "$HERE/target/lib/neo4j-$(neo4j_version).jar" && -f "$HERE/target/lib/.complete" ]]
}

cmd_build() {
    if is_built; then
        return 0
    fi
    command -v "$MVN" >/dev/null 2>&1 || die "Maven ($MVN) is needed to build the server"
    local log
    log="$(mktemp)"
    # Offline first, so a machine whose ~/.m2 already holds the jars needs no network.
    rm -f "$HERE/target/lib/.complete"
    if ! (cd "$HERE" && "$MVN" -B -q -o package) >"$log" 2>&1; then
        echo "neo4j.sh: downloading the Neo4j jars with Maven (first build)" >&2
        if ! (cd "$HERE" && "$MVN" -B -q package) >"$log" 2>&1; then
            tail -n 40 "$log" >&2
            rm -f "$log"
            die "build failed"
        fi
    fi
    rm -f "$log"
    touch "$HERE/target/lib/.complete"
}

check_java() {
    command -v "$JAVA" >/dev/null 2>&1 || die "java ($JAVA) not found; Java 17 or newer is needed"
    local v
    v="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
    [[ -n "$v" && "$v" -ge 17 ]] || die "Java 17 or newer is needed (found: ${v:-unknown})"
}

java_cmd() {  # java_cmd DATA_DIR PORT -> the command line, one word a line
    local -a extra=()
    if [[ -n "$EXTRA_JVM_OPTS" ]]; then
        read -r -a extra <<<"$EXTRA_JVM_OPTS"
    fi
    # Parallel GC: young collections on every core. With Serial GC, collections of the
    # transaction state took a quarter of the server's CPU during a load, on its one thread.
    # -Xms as -Xmx, as Neo4j recommends: no collections while the heap grows.
    printf '%s\n' "$JAVA" "-Xms${NEO4J_HEAP}" "-Xmx${NEO4J_HEAP}" -XX:+UseParallelGC "${NEO4J_JVM_FLAGS[@]}" ${extra[@]+"${extra[@]}"} \
        -cp "$HERE/target/classes:$HERE/target/lib/*" "$MAIN_CLASS" \
        --data "$1" --port "$2" --page-cache "$NEO4J_PAGE_CACHE"
    if [[ -n "${NEO4J_HTTP_PORT:-}" ]]; then
        printf '%s\n' --http-port "$NEO4J_HTTP_PORT"
    fi
}

free_port() {
    local py
    for py in python3 python; do
        if command -v "$py" >/dev/null 2>&1; then
            "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
            return 0
        fi
    done
    local p i
    for i in $(seq 1 50); do
        p=$((20000 + RANDOM % 40000))
        if ! port_open "$p"; then
            echo "$p"
            return 0
        fi
    done
    die "no free port found"
}

port_open() {  # is something accepting connections on 127.0.0.1:$1?
    if command -v timeout >/dev/null 2>&1; then
        timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
    else
        bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
    fi
}

alive() {  # is $1 a live server process of ours (not a zombie, not a reused pid)?
    local pid="$1"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    if [[ -d "/proc/$pid" ]]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS" || return 1
        ! grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" 2>/dev/null
    else
        ps -o command= -p "$pid" 2>/dev/null | grep -q "$MAIN_CLASS"
    fi
}

running() {  # does process $1 exist (and is it not a zombie)?
    [[ "$1" =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null || return 1
    ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

check_port_arg() {
    [[ "$1" =~ ^[0-9]+$ && "$1" -ge 1 && "$1" -le 65535 ]] || die "not a port: $1"
}

cmd_start() {
    [[ $# -ge 1 && $# -le 2 ]] || die "usage: neo4j.sh start DIR [PORT]"
    local dir port pid
    mkdir -p "$1"
    dir="$(cd "$1" && pwd)"
    if [[ -f "$dir/pid" ]] && alive "$(cat "$dir/pid")"; then
        die "a server is already running in $dir (pid $(cat "$dir/pid"), port $(cat "$dir/port" 2>/dev/null))"
    fi
    rm -f "$dir/pid" "$dir/port"
    if [[ $# -eq 2 ]]; then
        port="$2"
        check_port_arg "$port"
        if port_open "$port"; then
            die "port $port on 127.0.0.1 is already in use"
        fi
    else
        port="$(free_port)"
    fi
    check_java
    cmd_build

    local -a cmd
    mapfile -t cmd < <(java_cmd "$dir" "$port")
    : >"$dir/server.log"
    nohup "${cmd[@]}" </dev/null >>"$dir/server.log" 2>&1 &  # nohup execs: $! is java's pid
    pid=$!
    echo "$pid" >"$dir/pid"
    echo "$port" >"$dir/port"

    local deadline=$((SECONDS + START_TIMEOUT))
    while :; do
        if ! running "$pid"; then
            echo "neo4j.sh: the server exited during start; end of $dir/server.log:" >&2
            tail -n 40 "$dir/server.log" >&2
            rm -f "$dir/pid" "$dir/port"
            exit 1
        fi
        if grep -q "^READY bolt://127.0.0.1:$port\$" "$dir/server.log" && port_open "$port"; then
            break
        fi
        if ((SECONDS >= deadline)); then
            echo "neo4j.sh: the server did not get ready within ${START_TIMEOUT}s; end of $dir/server.log:" >&2
            tail -n 40 "$dir/server.log" >&2
            stop_pid "$pid"
            rm -f "$dir/pid" "$dir/port"
            exit 1
        fi
        sleep 0.2
    done
    echo "bolt://127.0.0.1:$port"
}

stop_pid() {
    local pid="$1" deadline
    running "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while running "$pid"; do
        if ((SECONDS >= deadline)); then
            echo "neo4j.sh: pid $pid still running ${STOP_TIMEOUT}s after SIGTERM; sending SIGKILL" >&2
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
            break
        fi
        sleep 0.2
    done
}

cmd_stop() {
    [[ $# -eq 1 ]] || die "usage: neo4j.sh stop DIR"
    local dir="$1"
    if [[ ! -f "$dir/pid" ]]; then
        echo "neo4j.sh: no server running in $dir" >&2
        return 0
    fi
    local pid
    pid="$(cat "$dir/pid")"
    if alive "$pid"; then
        stop_pid "$pid"
    else
        echo "neo4j.sh: the server of $dir (pid $pid) is not running" >&2
    fi
    rm -f "$dir/pid" "$dir/port"
}

cmd_run() {
    [[ $# -le 1 ]] || die "usage: neo4j.sh run [PORT]"
    local port="${1:-7687}" dir="${NEO4J_DATA:-$HERE/data}"
    check_port_arg "$port"
    check_java
    cmd_build
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    echo "neo4j.sh: data in $dir; user neo4j; Ctrl-C stops the server" >&2
    local -a cmd
    mapfile -t cmd < <(java_cmd "$dir" "$port")
    exec "${cmd[@]}"
}

case "${1:-}" in
    build) shift; [[ $# -eq 0 ]] || die "usage: neo4j.sh build"; cmd_build ;;
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    run) shift; cmd_run "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
esac
