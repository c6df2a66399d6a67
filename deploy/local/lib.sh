# Shared settings and helpers of deploy/local/up.sh and down.sh. Every port is on loopback and
# can be changed through the environment; the names are the ones deploy/compose and deploy/k8s use.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${DTI_RUN_DIR:-$REPO_DIR/.run}
DIST_DIR=$RUN_DIR/dist
LOG_DIR=$RUN_DIR/logs
PID_DIR=$RUN_DIR/pids

PG_VERSION=17.6.0
KAFKA_VERSION=4.3.1
KEYCLOAK_VERSION=26.7.3

PG_PORT=${DTI_PG_PORT:-15432}
KAFKA_PORT=${DTI_KAFKA_PORT:-19092}
KAFKA_CONTROLLER_PORT=${DTI_KAFKA_CONTROLLER_PORT:-19093}
KEYCLOAK_PORT=${DTI_KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${DTI_KEYCLOAK_MANAGEMENT_PORT:-9180}
GATEWAY_PORT=${DTI_GATEWAY_PORT:-8080}
REPORT_PORT=${DTI_REPORT_PORT:-8081}
INDICATOR_PORT=${DTI_INDICATOR_PORT:-8082}
RANKING_PORT=${DTI_RANKING_PORT:-8083}

KEYCLOAK_URL=http://localhost:$KEYCLOAK_PORT
GATEWAY_URL=http://localhost:$GATEWAY_PORT
SERVICES=(report-service indicator-service ranking-service gateway)

# PostgreSQL refuses to run as root: when root, its commands run as an unprivileged user.
PG_USER=${DTI_PG_USER:-nobody}
as_pg_user() {
  if (( EUID == 0 )); then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
fail() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

pid_file() { echo "$PID_DIR/$1.pid"; }

is_running() {
  local file; file=$(pid_file "$1")
  [[ -f $file ]] && kill -0 "$(cat "$file")" 2>/dev/null
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

service_port() {
  case $1 in
    report-service) echo "$REPORT_PORT" ;;
    indicator-service) echo "$INDICATOR_PORT" ;;
    ranking-service) echo "$RANKING_PORT" ;;
    gateway) echo "$GATEWAY_PORT" ;;
  esac
}

# wait_until SECONDS DESCRIPTION LOG COMMAND...: polls COMMAND once a second.
wait_until() {
  local seconds=$1 what=$2 log=$3; shift 3
  local started=$SECONDS
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS - started >= seconds )); then
      echo >&2; tail -n 30 "$log" >&2 || true
      fail "$what did not become ready within ${seconds}s (log: $log)"
    fi
    sleep 1
  done
  info "$what ready in $((SECONDS - started))s"
}
