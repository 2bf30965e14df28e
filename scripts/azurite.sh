#!/usr/bin/env bash
# Starts, stops and reports the local Azure Storage emulator (Azurite) used by the integration tests.
#   scripts/azurite.sh start    reuse an emulator already answering on the table port, else start ours
#   scripts/azurite.sh stop     stop only the emulator this script started (by its pid file)
#   scripts/azurite.sh status   say whether blob, queue and table ports answer
# AZURITE_LOCATION=DIR keeps data on disk in DIR instead of in memory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$ROOT/.azurite"
PID_FILE="$STATE_DIR/azurite.pid"
LOG_FILE="$STATE_DIR/azurite.log"
HOST=127.0.0.1
BLOB_PORT=10000
QUEUE_PORT=10001
TABLE_PORT=10002
WAIT_SECONDS=60

answers() {
    # A TCP connect is enough: every Azurite service listens only once it is ready to serve.
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

all_answer() {
    answers "$BLOB_PORT" && answers "$QUEUE_PORT" && answers "$TABLE_PORT"
}

our_pid() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid
    pid="$(cat "$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
    if answers "$TABLE_PORT"; then
        echo "azurite: already answering on $HOST:$TABLE_PORT, reusing it"
        return 0
    fi

    if [[ ! -x "$ROOT/node_modules/.bin/azurite" ]]; then
        echo "azurite: installing the pinned emulator (npm ci)"
        (cd "$ROOT" && npm ci --no-audit --no-fund)
    fi

    mkdir -p "$STATE_DIR"
    local storage=(--inMemoryPersistence)
    if [[ -n "${AZURITE_LOCATION:-}" ]]; then
        mkdir -p "$AZURITE_LOCATION"
        storage=(--location "$AZURITE_LOCATION")
    fi

    # setsid detaches the emulator from this shell so it outlives the caller; its own pid is recorded.
    setsid "$ROOT/node_modules/.bin/azurite" \
        --blobHost "$HOST" --blobPort "$BLOB_PORT" \
        --queueHost "$HOST" --queuePort "$QUEUE_PORT" \
        --tableHost "$HOST" --tablePort "$TABLE_PORT" \
        "${storage[@]}" --skipApiVersionCheck --silent \
        >"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"

    local waited=0
    until all_answer; do
        if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
            echo "azurite: exited during start; log follows" >&2
            cat "$LOG_FILE" >&2 || true
            rm -f "$PID_FILE"
            return 1
        fi
        if ((waited >= WAIT_SECONDS)); then
            echo "azurite: ports did not answer within ${WAIT_SECONDS}s; see $LOG_FILE" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "azurite: started (pid $(cat "$PID_FILE")) on $HOST:$BLOB_PORT/$QUEUE_PORT/$TABLE_PORT"
}

stop() {
    local pid
    if ! pid="$(our_pid)"; then
        echo "azurite: none started by this script is running"
        rm -f "$PID_FILE"
        return 0
    fi
    kill "$pid"
    local waited=0
    while kill -0 "$pid" 2>/dev/null && ((waited < 20)); do
        sleep 0.5
        waited=$((waited + 1))
    done
    # An in-memory emulator holding much data can take longer to shut down than a caller should wait: end it.
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        waited=0
        while kill -0 "$pid" 2>/dev/null && ((waited < 10)); do
            sleep 0.5
            waited=$((waited + 1))
        done
    fi
    rm -f "$PID_FILE"
    echo "azurite: stopped (pid $pid)"
}

status() {
    local name port state
    for pair in "blob:$BLOB_PORT" "queue:$QUEUE_PORT" "table:$TABLE_PORT"; do
        name="${pair%%:*}"
        port="${pair##*:}"
        if answers "$port"; then state=up; else state=down; fi
        echo "$name $HOST:$port $state"
    done
    local pid
    if pid="$(our_pid)"; then
        echo "started here: pid $pid"
    else
        echo "started here: no"
    fi
    all_answer
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *)
        echo "usage: $(basename "$0") start|stop|status" >&2
        exit 2
        ;;
esac
