#!/usr/bin/env bash
# Loads the demo data through the gateway, as an admin would: the units of the seed reports'
# provinces (Bình Định, Quảng Ngãi, Đồng Nai) with their 2025 merges, then reports for 2021-2024
# imported in bulk, submitted, and accepted (2024 stays submitted, awaiting review). Safe to re-run.
# The data files are made by deploy/local/demo/generate.py.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DEMO_DIR=$REPO_DIR/deploy/local/demo
TOKEN=""

token_of() {
  curl -fsS -d grant_type=password -d client_id=dti-cli -d username="$1" -d password="$1" \
    "$KEYCLOAK_URL/realms/dti/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# api METHOD PATH [BODY [CONTENT-TYPE]]: prints the HTTP status, the body goes to $RUN_DIR/last-response.json.
# A BODY of @file sends that file.
api() {
  local args=(-sS -o "$RUN_DIR/last-response.json" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN")
  [[ $# -ge 3 ]] && args+=(-H "Content-Type: ${4:-application/json}" --data-binary "$3")
  curl "${args[@]}" "$GATEWAY_URL$2"
}

load_units() {
  local created=0 kept=0 status
  while IFS= read -r unit; do
    status=$(api POST /api/v1/units "$unit")
    case $status in
      201) created=$((created + 1)) ;;
      409) kept=$((kept + 1)) ;;
      *) fail "creating unit $unit answered HTTP $status: $(cat "$RUN_DIR/last-response.json")" ;;
    esac
  done <"$DEMO_DIR/units.jsonl"
  info "units: $created created, $kept already present"
}

merge_units() {
  local merged=0 status unit body
  while IFS= read -r line; do
    unit=$(sed -E 's/.*"unit": "([^"]+)".*/\1/' <<<"$line")
    body=$(sed -E 's/"unit": "[^"]+", //' <<<"$line")
    status=$(api POST "/api/v1/units/$unit/merge" "$body")
    case $status in
      200) merged=$((merged + 1)) ;;
      409) ;;
      *) fail "merging $unit answered HTTP $status: $(cat "$RUN_DIR/last-response.json")" ;;
    esac
  done <"$DEMO_DIR/merges.jsonl"
  info "2025 merges applied: $merged"
}

import_values() {
  local file status
  for file in "$DEMO_DIR"/values-*.csv; do
    status=$(api POST /api/v1/data-value-sets "@$file" text/csv)
    [[ $status == 200 ]] && grep -q '"status":"SUCCESS"' "$RUN_DIR/last-response.json" \
      || fail "importing $(basename "$file") answered HTTP $status: $(head -c 600 "$RUN_DIR/last-response.json")"
    info "$(basename "$file"): $(grep -o '"imported":[0-9]*' "$RUN_DIR/last-response.json"), $(grep -o '"reportsCreated":[0-9]*' "$RUN_DIR/last-response.json")"
  done
}

report_ids() {
  api GET "/api/v1/reports?period=$1&status=$2&size=500" >/dev/null
  grep -o '"id":"[0-9a-f-]*"' "$RUN_DIR/last-response.json" | cut -d'"' -f4
}

# for_each_report PERIOD STATUS ACTION BODY: runs the action on every such report, four at a time.
for_each_report() {
  report_ids "$1" "$2" | xargs -r -P 4 -I{} curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "$4" "$GATEWAY_URL/api/v1/reports/{}/$3" \
    || fail "could not $3 the $1 demo reports"
}

review_reports() {
  local period
  for period in 2021-9M 2021 2022 2023 2024; do
    for_each_report "$period" DRAFT submit '{}'
    [[ $period == 2024 ]] && continue
    for_each_report "$period" SUBMITTED review '{"decision":"ACCEPT","comment":"Dữ liệu mẫu / demo data"}'
  done
  info "reports 2021-2023 accepted, 2024 submitted for review"
}

say "Loading demo data through the gateway"
TOKEN=$(token_of admin) || fail "could not get an admin token from Keycloak"
load_units
merge_units
api GET "/api/v1/reports?unit=BDI.SNGV&period=2023" >/dev/null
if grep -q '"total":0' "$RUN_DIR/last-response.json"; then
  import_values
  review_reports
else
  info "demo reports already loaded"
fi
