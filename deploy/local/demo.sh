#!/usr/bin/env bash
# The demo school (浙江科技工程学校 / 嘉兴技师学院, code jxtc) on the local stack, in one command:
#   deploy/local/demo.sh
# starts the stack if it is not running (deploy/local/up.sh), generates the school's 2019 and 2020 records
# (deploy/demo/Generate.java, the same every run), writes the school's profile and sends every file through the
# gateway's bulk imports with development tokens (a second run changes nothing), writes the seed's narrative
# (deploy/demo/narrative) into the 2020 report's sections, waits until the report service
# has replicated every record, and writes the 2020 indicators, checks and report (DOCX, HTML, PDF, JSON, Markdown)
# to out/. Needs Java 17 and curl; the PDF also a font with Chinese glyphs (see report.render.pdf.font).
#
# Environment: GATEWAY (default http://localhost:8080), SCHOOL (jxtc), YEAR (2020), OUT (out),
# DEMO_TIMEOUT (seconds to wait for the replica, default 300).
set -euo pipefail
cd "$(dirname "$0")/../.."
GATEWAY=${GATEWAY:-http://localhost:8080}
SCHOOL=${SCHOOL:-jxtc}
YEAR=${YEAR:-2020}
OUT=${OUT:-out}
DEMO_TIMEOUT=${DEMO_TIMEOUT:-300}
started_at=$(date +%s)

data="$OUT/demo/$SCHOOL"
echo "Generating the records of $SCHOOL into $data ..."
# while the stack starts, if it has to
java deploy/demo/Generate.java "$data" &
generator=$!
if ! curl -sf "$GATEWAY/actuator/health" >/dev/null 2>&1; then
  deploy/local/up.sh
fi
wait "$generator"

# the role that may write a resource, and the service that owns it (its topic is <service>.<resource>.v1)
# a top-level number of a JSON answer, e.g. field rows '{"rows":12,...}' → 12
field() {
  sed -nE "s/.*\"$1\":([0-9]+).*/\1/p" <<< "$2"
}

owner() {
  case $1 in
    majors|students|assessments|certificates|awards|surveys|destinations|activities) echo "registrar student" ;;
    staff|teacher-trainings|honours|research-outputs|electives) echo "hr faculty" ;;
    income|aid-programmes|aid-awards|assets) echo "finance finance" ;;
    *) echo "training training" ;;
  esac
}
declare -A tokens
for role in report-editor registrar hr finance training viewer; do
  tokens[$role]=$(deploy/local/token.sh "$role" "$SCHOOL")
done

echo "Loading $SCHOOL through $GATEWAY ..."
status=$(curl -s -o "$OUT/demo/school-response.json" -w '%{http_code}' -X PUT "$GATEWAY/api/v1/schools/$SCHOOL" \
  -H "Authorization: Bearer ${tokens[report-editor]}" -H 'Content-Type: application/json' --data-binary @"$data/school.json")
case $status in
  201) echo "  school profile: created" ;;
  200) echo "  school profile: already there" ;;
  *) echo "PUT /api/v1/schools/$SCHOOL failed with $status: $(cat "$OUT/demo/school-response.json")" >&2; exit 1 ;;
esac

declare -A expected
for file in "$data"/[0-9][0-9]-*.ndjson; do
  resource=$(basename "$file" .ndjson)
  resource=${resource#[0-9][0-9]-}
  read -r _ service <<< "$(owner "$resource")"
  expected["$service.$resource.v1"]=$(grep -c . "$file")
done

# in name order: majors before students before their destinations, partners before internships
for file in "$data"/[0-9][0-9]-*.ndjson; do
  resource=$(basename "$file" .ndjson)
  resource=${resource#[0-9][0-9]-}
  read -r role _ <<< "$(owner "$resource")"
  t0=$(date +%s%N)
  status=$(curl -s -o "$OUT/demo/import-response.json" -w '%{http_code}' -X POST \
    "$GATEWAY/api/v1/schools/$SCHOOL/$resource:import" -H "Authorization: Bearer ${tokens[$role]}" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$file")
  if [[ $status != 200 ]]; then
    echo "Import of $resource failed with $status:" >&2
    head -c 2000 "$OUT/demo/import-response.json" >&2; echo >&2
    exit 1
  fi
  millis=$(( ($(date +%s%N) - t0) / 1000000 ))
  report=$(cat "$OUT/demo/import-response.json")
  printf '  %s: %s rows, %s created, %s updated, %s unchanged (%d.%03ds)\n' "$resource" "$(field rows "$report")" \
    "$(field created "$report")" "$(field updated "$report")" "$(field unchanged "$report")" $((millis / 1000)) $((millis % 1000))
done

# The seed's prose, one file per section of the 2016 outline, with {{indicator.id}} where an indicator computes the
# figure (deploy/demo/README.md); the same text again keeps the section's version
echo "Writing the narrative of $YEAR from deploy/demo/narrative ..."
t0=$(date +%s%N)
written=0
unchanged=0
for file in deploy/demo/narrative/*.md; do
  section=$(basename "$file" .md)
  url="$GATEWAY/api/v1/schools/$SCHOOL/reports/$YEAR/sections/$section"
  before=$(field version "$(curl -s "$url" -H "Authorization: Bearer ${tokens[report-editor]}")")
  status=$(curl -s -o "$OUT/demo/narrative-response.json" -w '%{http_code}' -X PUT "$url" \
    -H "Authorization: Bearer ${tokens[report-editor]}" -H 'Content-Type: text/markdown; charset=UTF-8' \
    --data-binary @"$file")
  if [[ $status != 200 ]]; then
    echo "PUT of section $section failed with $status: $(head -c 2000 "$OUT/demo/narrative-response.json")" >&2
    exit 1
  fi
  if [[ $(field version "$(cat "$OUT/demo/narrative-response.json")") == "$before" ]]; then
    unchanged=$((unchanged + 1))
  else
    written=$((written + 1))
  fi
done
millis=$(( ($(date +%s%N) - t0) / 1000000 ))
printf '  narrative: %d sections, %d written, %d unchanged (%d.%03ds)\n' $((written + unchanged)) "$written" \
  "$unchanged" $((millis / 1000)) $((millis % 1000))

# Caught up when every topic the indicators read holds, for this school, as many records as were imported: the
# outbox relays publish after the imports answer, so a zero consumer lag alone could come too early.
echo "Waiting for the report service to replicate every record ..."
waiting_since=$(date +%s)
indicators="$GATEWAY/api/v1/schools/$SCHOOL/indicators?year=$YEAR"
# one indicator reading each topic: computing all of them at every poll would slow the replica down
probe="$indicators&ids=majors.count,students.enrolled,students.culturalPassRate,certificates.students,awards.students"
probe+=",satisfaction.teaching,employment.employed,activities.clubs,faculty.fullTimeTeachers,teacherTraining.municipal"
probe+=",faculty.honours,research.papers,electives.courses,finance.income.total,aid.nationalGrant.students"
probe+=",school.landArea,facilities.workstations,partners.count,apprenticeship.students,internships.students"
probe+=",training.headcount,contests.hosted"
viewer=${tokens[viewer]}
deadline=$(( $(date +%s) + DEMO_TIMEOUT ))
while :; do
  counts=$(curl -s "$probe" -H "Authorization: Bearer $viewer" \
    | grep -o '"topic":"[^"]*","records":[0-9]*' | sort -u | sed -E 's/"topic":"([^"]*)","records":([0-9]*)/\1 \2/' || true)
  missing=0
  for topic in "${!expected[@]}"; do
    have=$(awk -v t="$topic" '$1 == t {print $2}' <<< "$counts")
    [[ $have == "${expected[$topic]}" ]] || missing=$((missing + 1))
  done
  (( missing == 0 )) && break
  if (( $(date +%s) > deadline )); then
    echo "The replica has not caught up after ${DEMO_TIMEOUT}s ($missing topics short):" >&2
    for topic in "${!expected[@]}"; do
      echo "  $topic: expected ${expected[$topic]}, replicated $(awk -v t="$topic" '$1 == t {print $2}' <<< "$counts")" >&2
    done
    exit 1
  fi
  sleep 3
done
echo "  replicated $(IFS=+; echo "$(( ${expected[*]} ))") records in $(( $(date +%s) - waiting_since ))s after the last import"

curl -sf "$indicators" -H "Authorization: Bearer $viewer" > "$OUT/$SCHOOL-$YEAR-indicators.json"
curl -sf "$GATEWAY/api/v1/schools/$SCHOOL/checks?year=$YEAR" -H "Authorization: Bearer ${tokens[report-editor]}" \
  > "$OUT/$SCHOOL-$YEAR-checks.json"

# the live draft of the 2020 report in every format; a PDF needs a font with Chinese glyphs on this machine
reports=()
for format in docx html pdf json md; do
  file="$OUT/$SCHOOL-$YEAR.$format"
  status=$(curl -s -o "$file" -w '%{http_code}' "$GATEWAY/api/v1/schools/$SCHOOL/reports/$YEAR.$format" \
    -H "Authorization: Bearer $viewer")
  if [[ $status == 200 ]]; then
    reports+=("$file")
  else
    echo "  the $format report was not written ($status): $(head -c 400 "$file")" >&2
    rm -f "$file"
  fi
done

cat <<TEXT
Demo school $SCHOOL loaded in $(( $(date +%s) - started_at ))s.
  Indicators  $OUT/$SCHOOL-$YEAR-indicators.json   ($(grep -o '"nameZh":' "$OUT/$SCHOOL-$YEAR-indicators.json" | wc -l) figures of $YEAR with $((YEAR - 1)) beside them)
  Checks      $OUT/$SCHOOL-$YEAR-checks.json
  Report      ${reports[*]:-none}
  Records     $data   (generated by deploy/demo/Generate.java)
  Gateway     $GATEWAY   e.g. curl -H "Authorization: Bearer \$(deploy/local/token.sh viewer $SCHOOL)" "$indicators"
  Swagger UI  $GATEWAY/swagger-ui.html
TEXT
