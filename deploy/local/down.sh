#!/usr/bin/env bash
# Stops everything deploy/local/up.sh started, by the PIDs it recorded, newest first.
# Data stays in the run directory; add --clean to delete it as well (downloads are kept).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop_process() {
  local name=$1 file; file=$(pid_file "$1")
  [[ -f $file ]] || return 0
  local pid; pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    info "stopping $name (pid $pid)"
    # Each process was started in its own session: signal the whole group, children included.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      info "$name did not stop in 30s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$file"
}

stop_postgres() {
  local file; file=$(pid_file postgres)
  [[ -f $file ]] || return 0
  if kill -0 "$(cat "$file")" 2>/dev/null; then
    info "stopping PostgreSQL"
    as_pg_user "$DIST_DIR/postgres-$PG_VERSION/bin/pg_ctl" -D "$RUN_DIR/postgres/data" -m fast -w stop >/dev/null \
      || stop_process postgres
  fi
  rm -f "$file"
}

say "Stopping the DTI suite"
# The services shut down gracefully (Kafka consumers leave their groups): stop them side by side.
for service in "${SERVICES[@]}"; do stop_process "$service" & done
wait
stop_process keycloak
stop_process kafka
stop_postgres

if [[ ${1:-} == --clean ]]; then
  info "deleting data and logs under $RUN_DIR (downloads kept)"
  rm -rf "$(readlink -f "$RUN_DIR/postgres")" "$RUN_DIR/postgres" "$RUN_DIR/kafka" "$LOG_DIR" "$PID_DIR" "$DIST_DIR/keycloak-$KEYCLOAK_VERSION/data"
fi
info "stopped"
