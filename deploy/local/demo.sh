#!/usr/bin/env bash
# The demo school (浙江科技工程学校 / 嘉兴技师学院, code jxtc) on the local stack: starts the stack if it is not
# running, loads the school's records through the gateway with development tokens (running it again changes
# nothing), waits until the report service has them, and prints the computed indicators.
# Loaded so far: the majors (deploy/demo/jxtc/majors.ndjson); the other records follow the services that own them.
set -euo pipefail
cd "$(dirname "$0")/../.."
GATEWAY=http://localhost:8080
SCHOOL=jxtc
YEAR=2020

if ! curl -sf "$GATEWAY/actuator/health" >/dev/null 2>&1; then
  deploy/local/up.sh
fi

registrar=$(deploy/local/token.sh registrar "$SCHOOL")
viewer=$(deploy/local/token.sh viewer "$SCHOOL")

load() {
  local resource=$1 file=$2 created=0 unchanged=0
  while IFS= read -r line; do
    [[ -z $line ]] && continue
    local key
    key=$(sed -E 's/.*"code":"([^"]+)".*/\1/' <<< "$line")
    local status
    status=$(curl -s -o /tmp/demo-response.json -w '%{http_code}' -X PUT "$GATEWAY/api/v1/schools/$SCHOOL/$resource/$key" \
      -H "Authorization: Bearer $registrar" -H 'Content-Type: application/json' --data-binary "$line")
    case $status in
      201) created=$((created + 1)) ;;
      200) unchanged=$((unchanged + 1)) ;;
      *) echo "PUT $resource/$key failed with $status: $(cat /tmp/demo-response.json)" >&2; exit 1 ;;
    esac
  done < "$file"
  echo "  $resource: $created created, $unchanged already there"
}

echo "Loading $SCHOOL through $GATEWAY ..."
load majors deploy/demo/jxtc/majors.ndjson

# the report service has caught up when its replica holds as many majors as the student service
indicators="$GATEWAY/api/v1/schools/$SCHOOL/indicators?year=$YEAR"
total=$(curl -s "$GATEWAY/api/v1/schools/$SCHOOL/majors?size=1" -H "Authorization: Bearer $registrar" \
  | sed -E 's/.*"total":([0-9]+).*/\1/')
for _ in $(seq 1 60); do
  replicated=$(curl -s "$indicators&ids=majors.count" -H "Authorization: Bearer $viewer" \
    | sed -E 's/.*"provenance":\{[^}]*"records":([0-9]+).*/\1/')
  [[ $replicated == "$total" ]] && break
  sleep 1
done
echo "Indicators of $SCHOOL for $YEAR ($indicators):"
curl -s "$indicators" -H "Authorization: Bearer $viewer"
echo
