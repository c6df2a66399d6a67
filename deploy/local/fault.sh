#!/usr/bin/env bash
# Faults for the end-to-end fault tests and for trying recovery by hand, against the stack that
# deploy/local/up.sh started (same DTI_* ports):
#   fault.sh kill SERVICE              kill -9 a service (its partitions return after the session timeout)
#   fault.sh start SERVICE             start it again and wait until it is ready
#   fault.sh start-second SERVICE PORT start a second instance (pid name SERVICE-2) sharing its Kafka group
#   fault.sh stop-second SERVICE       stop that second instance
#   fault.sh stop-postgres | start-postgres
#   fault.sh kill-kafka | start-kafka
DTI_UP_FUNCTIONS_ONLY=1 source "$(dirname "${BASH_SOURCE[0]}")/up.sh"

kill_hard() {
  local file; file=$(pid_file "$1")
  [[ -f $file ]] || fail "$1 is not running (no $file)"
  local pid; pid=$(cat "$file")
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$file"
  info "killed $1 (pid $pid)"
}

start_second() {
  local module=$1 port=$2 name="$1-2"
  if is_running "$name"; then info "$name already running"; return; fi
  require_free_port "$port" "$name"
  local db=${module%-service}
  (
    export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
    export QUARKUS_DATASOURCE_USERNAME=$db QUARKUS_DATASOURCE_PASSWORD=$db
    export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
    export QUARKUS_OIDC_AUTH_SERVER_URL=$KEYCLOAK_URL/realms/dti
    export DTI_GATEWAY_SERVICES_REPORT=http://127.0.0.1:$REPORT_PORT
    cd "$RUN_DIR"
    # DTI_JAVA_OPTS: extra JVM options for the services (a profiler, a JIT setting)
    # shellcheck disable=SC2086
    exec setsid nohup java -Xms64m -Xmx256m ${DTI_JAVA_OPTS:-} -jar "$REPO_DIR/$module/target/quarkus-app/quarkus-run.jar" \
      >"$LOG_DIR/$name.log" 2>&1
  ) &
  echo $! >"$(pid_file "$name")"
  wait_until 120 "$name" "$LOG_DIR/$name.log" service_ready "$port"
}

stop_gently() {
  local file; file=$(pid_file "$1")
  [[ -f $file ]] || return 0
  local pid; pid=$(cat "$file")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$file"
  info "stopped $1"
}

case ${1:-} in
  kill) kill_hard "$2" ;;
  start) start_service "$2"; wait_until 120 "$2" "$LOG_DIR/$2.log" service_ready "$(service_port "$2")" ;;
  start-second) start_second "$2" "$3" ;;
  stop-second) stop_gently "$2-2" ;;
  stop-postgres)
    as_pg_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    rm -f "$(pid_file postgres)"; info "PostgreSQL stopped" ;;
  start-postgres) start_postgres; info "PostgreSQL started" ;;
  kill-kafka) kill_hard kafka ;;
  start-kafka) start_kafka ;;
  *) fail "usage: fault.sh kill|start|start-second|stop-second|stop-postgres|start-postgres|kill-kafka|start-kafka [SERVICE [PORT]]" ;;
esac
