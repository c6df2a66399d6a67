#!/usr/bin/env bash
# Starts the whole suite on this machine: PostgreSQL, a Kafka broker (KRaft), Keycloak with realm
# "dti", the three services and the gateway, all as local processes on loopback; then loads the
# demo data. Re-running is safe: what already runs is left alone. Stop with deploy/local/down.sh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_HOME=$DIST_DIR/postgres-$PG_VERSION
KAFKA_HOME=$DIST_DIR/kafka-$KAFKA_VERSION
KEYCLOAK_HOME=$DIST_DIR/keycloak-$KEYCLOAK_VERSION
PG_DATA=$RUN_DIR/postgres/data
KAFKA_DATA=$RUN_DIR/kafka/data
DATABASES=(report indicator ranking)

check_prerequisites() {
  say "Checking prerequisites"
  command -v java >/dev/null || fail "no 'java' on PATH: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)"
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  (( ${major%%.*} >= 17 )) || fail "Java $major found; Java 17 or newer is required"
  for tool in curl tar xz; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing: apt-get install $tool"
  done
  info "java $major, curl, tar, xz"
  mkdir -p "$DIST_DIR" "$LOG_DIR" "$PID_DIR"
}

fetch_infrastructure() {
  if [[ -x $PG_HOME/bin/postgres && -d $KAFKA_HOME/libs && -x $KEYCLOAK_HOME/bin/kc.sh ]]; then
    return
  fi
  say "Downloading PostgreSQL $PG_VERSION, Kafka $KAFKA_VERSION and Keycloak $KEYCLOAK_VERSION from Maven Central (~300 MB, once)"
  local arch=amd64
  [[ $(uname -m) == aarch64 ]] && arch=arm64v8
  "$REPO_DIR/mvnw" -B -ntp -f "$REPO_DIR/deploy/local/infra/pom.xml" package \
      -Ddti.dist.dir="$DIST_DIR" -Dpostgres.arch="$arch" >"$LOG_DIR/fetch.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/fetch.log" >&2; fail "download failed (log: $LOG_DIR/fetch.log)"; }
  mkdir -p "$PG_HOME"
  tar -xJf "$DIST_DIR/postgres-$PG_VERSION-bundle"/postgres-linux-*.txz -C "$PG_HOME" \
    || fail "unpacking PostgreSQL failed (log: $LOG_DIR/fetch.log)"
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] || fail "Keycloak was not unpacked into $KEYCLOAK_HOME (log: $LOG_DIR/fetch.log)"
  chmod +x "$KEYCLOAK_HOME/bin/kc.sh"
  info "unpacked into $DIST_DIR"
}

# A module is rebuilt when its runnable jar is missing or older than any of its sources.
build_services() {
  local stale=()
  for module in "${SERVICES[@]}"; do
    local jar=$REPO_DIR/$module/target/quarkus-app/quarkus-run.jar
    local sources=("$REPO_DIR/$module/src/main" "$REPO_DIR/$module/pom.xml")
    grep -q '<artifactId>platform</artifactId>' "$REPO_DIR/$module/pom.xml" && sources+=("$REPO_DIR/platform/src/main")
    if [[ ! -f $jar ]] || [[ -n $(find "${sources[@]}" -newer "$jar" -print -quit) ]]; then
      stale+=("$module")
    fi
  done
  (( ${#stale[@]} == 0 )) && return
  say "Building ${stale[*]} (tests skipped; run them with ./mvnw verify)"
  local modules; modules=$(IFS=,; echo "${stale[*]}")
  "$REPO_DIR/mvnw" -B -ntp -f "$REPO_DIR/pom.xml" package -DskipTests -pl "$modules" -am >"$LOG_DIR/build.log" 2>&1 \
    || { tail -n 30 "$LOG_DIR/build.log" >&2; fail "build failed (log: $LOG_DIR/build.log)"; }
  info "built in $SECONDS s since start"
}

require_free_port() {
  port_in_use "$1" && fail "port $1 ($2) is already in use by another program; free it or set the port variable (see deploy/local/lib.sh)"
  return 0
}

# When root, the data directory must be reachable by $PG_USER; a run directory below a private
# home (mode 700) is not, so the data then lives in /var/tmp behind a link in the run directory.
prepare_postgres_dir() {
  local dir=$RUN_DIR/postgres
  [[ -e $dir ]] && return
  if (( EUID == 0 )) && ! runuser -u "$PG_USER" -- test -x "$RUN_DIR"; then
    local outside; outside=/var/tmp/dti-postgres-$(echo "$RUN_DIR" | md5sum | cut -c1-8)
    mkdir -p "$outside"
    ln -s "$outside" "$dir"
    info "$RUN_DIR is not reachable by user $PG_USER: PostgreSQL data kept in $outside"
  else
    mkdir -p "$dir"
  fi
  (( EUID == 0 )) && chown "$PG_USER" "$dir/" || true
}

init_postgres() {
  local dir=$RUN_DIR/postgres
  as_pg_user mkdir -p "$PG_DATA"
  echo postgres | as_pg_user tee "$dir/pwfile" >/dev/null
  as_pg_user "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --no-locale --auth=scram-sha-256 \
      --pwfile="$dir/pwfile" >"$LOG_DIR/postgres-init.log" 2>&1 || fail "initdb failed (log: $LOG_DIR/postgres-init.log)"
  as_pg_user rm -f "$dir/pwfile"
  # One database and one owner per service: services never share a schema.
  for db in "${DATABASES[@]}"; do
    printf "CREATE ROLE %s LOGIN PASSWORD '%s';\nCREATE DATABASE %s OWNER %s;\n" "$db" "$db" "$db" "$db"
  done | as_pg_user "$PG_HOME/bin/postgres" --single -D "$PG_DATA" postgres >>"$LOG_DIR/postgres-init.log" 2>&1 \
    || fail "creating the service databases failed (log: $LOG_DIR/postgres-init.log)"
  info "initialised databases: ${DATABASES[*]}"
}

start_postgres() {
  if is_running postgres; then info "PostgreSQL already running on port $PG_PORT"; return; fi
  require_free_port "$PG_PORT" PostgreSQL
  say "Starting PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT"
  prepare_postgres_dir
  [[ -f $PG_DATA/PG_VERSION ]] || init_postgres
  touch "$LOG_DIR/postgres.log"
  (( EUID == 0 )) && chown "$PG_USER" "$LOG_DIR/postgres.log"
  as_pg_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$LOG_DIR/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -h 127.0.0.1 -k $RUN_DIR/postgres" start >/dev/null \
    || fail "PostgreSQL did not start (log: $LOG_DIR/postgres.log)"
  head -n 1 "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
}

start_kafka() {
  if is_running kafka; then info "Kafka already running on port $KAFKA_PORT"; return; fi
  require_free_port "$KAFKA_PORT" Kafka
  require_free_port "$KAFKA_CONTROLLER_PORT" "Kafka controller"
  say "Starting Kafka (KRaft, single node) on 127.0.0.1:$KAFKA_PORT"
  mkdir -p "$KAFKA_DATA"
  local config=$RUN_DIR/kafka/server.properties
  cat >"$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DATA
# events are keyed by province:group: partitions let several instances share the peer groups
num.partitions=6
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPS
  local kafka_java=(java -Xms128m -Xmx512m -Dlog4j2.configurationFile="$REPO_DIR/deploy/local/kafka/log4j2.properties" -cp "$KAFKA_HOME/libs/*")
  if [[ ! -f $KAFKA_DATA/meta.properties ]]; then
    local cluster_id
    cluster_id=$("${kafka_java[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    "${kafka_java[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >"$LOG_DIR/kafka-format.log" 2>&1 \
      || fail "formatting Kafka storage failed (log: $LOG_DIR/kafka-format.log)"
  fi
  setsid nohup "${kafka_java[@]}" kafka.Kafka "$config" >"$LOG_DIR/kafka.log" 2>&1 &
  echo $! >"$(pid_file kafka)"
  wait_until 60 Kafka "$LOG_DIR/kafka.log" port_in_use "$KAFKA_PORT"
}

keycloak_ready() { curl -fsS "$KEYCLOAK_URL/realms/dti/.well-known/openid-configuration"; }

start_keycloak() {
  if is_running keycloak; then info "Keycloak already running on port $KEYCLOAK_PORT"; return; fi
  require_free_port "$KEYCLOAK_PORT" Keycloak
  require_free_port "$KEYCLOAK_MANAGEMENT_PORT" "Keycloak management"
  say "Starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL (realm dti; the first start takes about a minute)"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  # The dashboard signs in from the gateway's origin: the portal client must accept it (CORS).
  local origins="\"http://localhost:3000\""
  [[ $GATEWAY_PORT != 8080 ]] && origins+=", \"$GATEWAY_URL\", \"http://127.0.0.1:$GATEWAY_PORT\""
  local realm=$KEYCLOAK_HOME/data/import/dti-realm.json stamp=$KEYCLOAK_HOME/data/dti-realm.sha256
  sed "s#\"http://localhost:3000\"#$origins#" "$REPO_DIR/deploy/keycloak/dti-realm.json" >"$realm"
  # --import-realm skips a realm that exists: when the realm file is not the one Keycloak imported
  # (a new client, role or user since), Keycloak's own database is dropped and the realm imported again.
  local sum; sum=$(sha256sum "$realm" | cut -d' ' -f1)
  if [[ -d $KEYCLOAK_HOME/data/h2 && $(cat "$stamp" 2>/dev/null) != "$sum" ]]; then
    info "realm file changed since Keycloak imported it: its data is reset and the realm imported again"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  echo "$sum" >"$stamp"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid nohup "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="$KEYCLOAK_URL" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true \
      --import-realm >"$LOG_DIR/keycloak.log" 2>&1 &
  echo $! >"$(pid_file keycloak)"
}

start_service() {
  local module=$1 port; port=$(service_port "$1")
  if is_running "$module"; then info "$module already running on port $port"; return; fi
  require_free_port "$port" "$module"
  local db=${module%-service}
  info "starting $module on 127.0.0.1:$port"
  (
    export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
    export QUARKUS_DATASOURCE_USERNAME=$db QUARKUS_DATASOURCE_PASSWORD=$db
    export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
    export QUARKUS_OIDC_AUTH_SERVER_URL=$KEYCLOAK_URL/realms/dti
    export DTI_GATEWAY_SERVICES_REPORT=http://127.0.0.1:$REPORT_PORT
    export DTI_GATEWAY_SERVICES_INDICATOR=http://127.0.0.1:$INDICATOR_PORT
    export DTI_GATEWAY_SERVICES_RANKING=http://127.0.0.1:$RANKING_PORT
    cd "$RUN_DIR"
    # DTI_JAVA_OPTS: extra JVM options for the services (a profiler, a JIT setting)
    # shellcheck disable=SC2086
    exec setsid nohup java -Xms64m -Xmx256m ${DTI_JAVA_OPTS:-} -jar "$REPO_DIR/$module/target/quarkus-app/quarkus-run.jar" \
      >"$LOG_DIR/$module.log" 2>&1
  ) &
  echo $! >"$(pid_file "$module")"
}

service_ready() { curl -fsS "http://127.0.0.1:$1/q/health/ready"; }

start_services() {
  say "Starting the services"
  for module in "${SERVICES[@]}"; do start_service "$module"; done
  for module in "${SERVICES[@]}"; do
    wait_until 120 "$module" "$LOG_DIR/$module.log" service_ready "$(service_port "$module")"
  done
}

print_summary() {
  cat <<TXT

The DTI suite is running ($((SECONDS))s). Logs: $LOG_DIR   Stop: deploy/local/down.sh

  Web dashboard                        $GATEWAY_URL/?province=BDI&period=2023&group=so-ban-nganh
  Gateway (API, the only entry point)  $GATEWAY_URL/api/v1
  API docs (Swagger UI)                $GATEWAY_URL/q/swagger-ui
  Health                               $GATEWAY_URL/q/health
  Keycloak (realm dti)                 $KEYCLOAK_URL/realms/dti   (console: $KEYCLOAK_URL, admin / admin)

  Demo users, password = user name:  reporter-sngv-bd (unit BDI.SNGV), reporter-snv-qng (unit QNG.SNV),
    reviewer-bd (province BDI), reviewer-qng (province QNG), council-bd, admin
  Machine client: national-sync / national-sync-secret (client credentials)
  Token for scripts:
    curl -d grant_type=password -d client_id=dti-cli -d username=reporter-sngv-bd -d password=reporter-sngv-bd \\
      $KEYCLOAK_URL/realms/dti/protocol/openid-connect/token
TXT
}

# deploy/local/fault.sh reuses the functions above without starting anything.
[[ ${DTI_UP_FUNCTIONS_ONLY:-} == 1 ]] && return 0

check_prerequisites
fetch_infrastructure
build_services
start_postgres
start_kafka
start_keycloak
# Services read Keycloak's keys at start-up, so they start once its realm answers.
wait_until 240 Keycloak "$LOG_DIR/keycloak.log" keycloak_ready
start_services
bash "$REPO_DIR/deploy/local/load-demo.sh"
print_summary
