#!/usr/bin/env bash
# Loads the demo data through the gateway, as an admin would: the units of the seed reports'
# provinces (Bình Định, Quảng Ngãi, Đồng Nai) with their 2025 merges, then reports for 2021-2024
# imported in bulk, submitted, and accepted (2024 stays submitted, awaiting review, except Bình
# Định's departments "Sở ...", accepted so that a draft 2024 ranking awaits publication). The
# 2021-2023 rankings are published by decision, and Bình Định has two reporting campaigns (one
# answered late, one not yet answered). Safe to re-run. The data files are made by
# deploy/local/demo/generate.py.
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

# The 2024 reports of Bình Định's departments ("BDI.S..."), accepted: a draft ranking to review.
accept_draft_reports() {
  api GET "/api/v1/reports?period=2024&status=SUBMITTED&size=500" >/dev/null
  { grep -o '"id":"[0-9a-f-]*","unitCode":"BDI\.S[^"]*"' "$RUN_DIR/last-response.json" || true; } | cut -d'"' -f4 \
    | xargs -r -P 4 -I{} curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      --data-binary '{"decision":"ACCEPT","comment":"Dữ liệu mẫu / demo data"}' "$GATEWAY_URL/api/v1/reports/{}/review" \
    || fail "could not accept the 2024 demo reports of BDI"
}

# ranking_state PROVINCE GROUP PERIOD: prints "STATUS ENTRIES SCORED ID" of the current ranking.
ranking_state() {
  local scored=0 status=NONE entries=0 id=-
  api GET "/api/v1/scores?province=$1&group=$2&period=$3&stage=FINAL&size=1" >/dev/null
  scored=$(grep -o '"total":[0-9]*' "$RUN_DIR/last-response.json" | cut -d: -f2)
  if [[ $(api GET "/api/v1/rankings?province=$1&group=$2&period=$3") == 200 ]]; then
    status=$(grep -o '"status":"[A-Z]*"' "$RUN_DIR/last-response.json" | head -n 1 | cut -d'"' -f4)
    entries=$(grep -o '"unitCode"' "$RUN_DIR/last-response.json" | wc -l)
    id=$(grep -o '"id":"[0-9a-f-]*"' "$RUN_DIR/last-response.json" | head -n 1 | cut -d'"' -f4)
  fi
  echo "$status $entries ${scored:-0} $id"
}

# Publishes a draft once it ranks every unit scored for the period (scores and drafts follow
# the accepted reports through events, so this waits for them). A draft that changes meanwhile
# (409, e.g. its movements after the previous period's publication) is read again.
publish_ranking() {
  local province=$1 group=$2 period=$3 decision=$4 date=$5 status entries scored id code tries=0
  api GET "/api/v1/units?province=$province&group=$group&size=1" >/dev/null
  grep -q '"total":0' "$RUN_DIR/last-response.json" && return 0
  while :; do
    (( ++tries > 90 )) && fail "the $period ranking of $group in $province could not be published: $(cat "$RUN_DIR/last-response.json")"
    read -r status entries scored id <<<"$(ranking_state "$province" "$group" "$period")"
    [[ $status == PUBLISHED ]] && (( entries == scored )) && return 0
    if [[ $status == DRAFT ]] && (( entries == scored && scored > 0 )); then
      code=$(api POST "/api/v1/rankings/$id/publish" \
        "{\"decisionNo\":\"$decision\",\"decisionDate\":\"$date\",\"signer\":\"Chủ tịch UBND tỉnh / Chairman of the Provincial People's Committee\"}")
      if [[ $code == 200 ]]; then
        PUBLISHED=$((PUBLISHED + 1))
        return 0
      fi
      [[ $code == 409 ]] || fail "publishing the $period ranking of $group in $province failed: $(cat "$RUN_DIR/last-response.json")"
    fi
    sleep 2
  done
}

publish_rankings() {
  local number=0 province group year
  PUBLISHED=0
  for province in BDI QNG DNA; do
    for year in 2021 2022 2023; do
      for group in so-ban-nganh huyen; do
        number=$((number + 1))
        publish_ranking "$province" "$group" "$year" "$((1200 + number * 37))/QĐ-UBND" "$((year + 1))-0$((3 + number % 4))-1$((number % 10))"
      done
    done
  done
  info "rankings 2021-2023 published by decision: $PUBLISHED newly published"
}

open_campaigns() {
  api GET "/api/v1/campaigns?province=BDI" >/dev/null
  if grep -q '"id"' "$RUN_DIR/last-response.json"; then
    info "reporting campaigns already open"
    return
  fi
  local period deadline status
  for campaign in "2024 2025-01-15T17:00:00+07:00" "2025 2026-01-15T17:00:00+07:00"; do
    read -r period deadline <<<"$campaign"
    status=$(api POST /api/v1/campaigns "{\"title\":\"Báo cáo chuyển đổi số năm $period / Digital transformation report $period\",\"legalReference\":\"Kế hoạch thực hiện chuyển đổi số năm $period\",\"province\":\"BDI\",\"period\":\"$period\",\"deadline\":\"$deadline\",\"groups\":[\"so-ban-nganh\"]}")
    [[ $status == 200 || $status == 201 ]] || fail "opening the $period campaign answered HTTP $status: $(cat "$RUN_DIR/last-response.json")"
  done
  info "reporting campaigns of BDI opened: 2024 (answered late), 2025 (not yet answered)"
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
accept_draft_reports
publish_rankings
open_campaigns
