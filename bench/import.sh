#!/usr/bin/env bash
# Benchmark: bulk import of generated records from CSV through the gateway into the local stack (deploy/local),
# timing the request and sampling the owning service's heap while it runs. Run by hand, not part of the build.
#   bench/import.sh RESOURCE [ROWS ...]      e.g. bench/import.sh students 10000 100000
# RESOURCE: students, staff, income, internships. Each size goes into a school of its own (bench-<resource>-<rows>).
# Before each size it waits until the stack is quiet (the events of earlier imports relayed and replicated; see
# QUIET_TIMEOUT), since that work competes for the same cores and the same MongoDB. Besides the wall time it reports
# the CPU seconds the owning service and the infrastructure process (MongoDB wire server and Kafka) spent during the
# request: the import itself is mostly the infrastructure's work, and the CPU seconds of the whole stack (stack_cpu_s,
# the relay and the report service's replication included) and how idle the machine was (idle_pct) while it ran.
# Before the measured sizes it imports WARMUP_ROWS rows (default 10000; 0: none) into a school of their own
# (bench-<resource>-warmup), unmeasured, as the other benchmarks warm the stack up first: a first import after up.sh
# runs on cold JITs, and the baseline below would run on a server the import warmed. An import into a MongoDB file
# grown by earlier runs takes longer too (delete deploy/local/run/data to start clean).
#
# The baseline: after each import, once the stack is quiet again, RawInsertBaseline inserts copies of the documents
# the import stored (with the event each carried when written) into a scratch database on the same MongoDB server,
# whose collection has the same indexes, with the plain driver's insertMany in batches of 1,000, and drops it.
# raw_seconds is that time; ratio is raw_seconds / seconds, the import's throughput as a percentage of raw
# insertMany (target: at least 40%). The import also validates every row, checks the referenced majors and writes
# an event per entity; the baseline does none of that.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
resource=${1:?usage: bench/import.sh RESOURCE [ROWS ...]}
shift
sizes=("${@:-10000}")
GATEWAY=http://localhost:8080
case $resource in
  students) service=student-service role=registrar generator=GenerateStudents collection=students ;;
  staff) service=faculty-service role=hr generator=GenerateStaff collection=staff ;;
  income) service=finance-service role=finance generator=GenerateIncome collection=income ;;
  internships) service=training-service role=training generator=GenerateInternships collection=internships ;;
  *) echo "unknown resource $resource" >&2; exit 2 ;;
esac
bench_classpath
curl -sf "$GATEWAY/actuator/health" >/dev/null || deploy/local/up.sh >/dev/null
pid=$(cat "deploy/local/run/pids/$service.pid")
infra_pid=$(cat deploy/local/run/pids/local-infrastructure.pid)
QUIET_TIMEOUT=${QUIET_TIMEOUT:-600}
WARMUP_ROWS=${WARMUP_ROWS:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# what a resource needs to exist before its rows can refer to it
prepare() {
  local school=$1 token=$2
  case $resource in
    students)
      for major in 0101 0102 0301 0306 0201 0601 0602 1101; do
        curl -sf -o /dev/null -X PUT "$GATEWAY/api/v1/schools/$school/majors/$major" -H "Authorization: Bearer $token" \
          -H 'Content-Type: application/json' -d "{\"name\":\"major $major\",\"openedOn\":\"2005-09-01\"}"
      done ;;
    internships)
      java bench/GenerateInternships.java partners | curl -sf -o /dev/null -X POST \
        "$GATEWAY/api/v1/schools/$school/partners:import" -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        --data-binary @- ;;
  esac
}

# CPU seconds (user + system) a process has used so far
cpu_seconds() {
  awk -v tick="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / tick}' "/proc/$1/stat"
}

# CPU seconds of every process of the stack together
stack_cpu_seconds() {
  local total=0 file
  for file in deploy/local/run/pids/*.pid; do
    kill -0 "$(cat "$file")" 2>/dev/null && total=$(echo "$total + $(cpu_seconds "$(cat "$file")")" | bc)
  done
  echo "$total"
}

# waits until the whole stack used less than 5% of one core over 3 seconds, at most QUIET_TIMEOUT seconds
wait_quiet() {
  local deadline=$(( $(date +%s) + QUIET_TIMEOUT )) before after
  while (( $(date +%s) < deadline )); do
    before=$(stack_cpu_seconds)
    sleep 3
    after=$(stack_cpu_seconds)
    (( $(echo "$after - $before < 0.15" | bc) )) && return
  done
  echo "# the stack was still busy after ${QUIET_TIMEOUT}s; measuring anyway" >&2
}

# imports $work/rows.csv through the gateway into school $1 with token $2, the answer into file $3; prints curl's
# --write-out $4
post_rows() {
  curl -s -w "$4" -o "$3" -X POST "$GATEWAY/api/v1/schools/$1/$resource:import" -H "Authorization: Bearer $2" \
    -H 'Content-Type: text/csv' --data-binary @"$work/rows.csv"
}

# idle and total jiffies of the whole machine so far
machine_jiffies() {
  awk '/^cpu / {total = 0; for (i = 2; i <= NF; i++) total += $i; print $5 + $6, total}' /proc/stat
}

machine_facts
echo "# command: WARMUP_ROWS=$WARMUP_ROWS $0 $resource ${sizes[*]}"
if (( WARMUP_ROWS > 0 )); then
  school="bench-$resource-warmup"
  token=$(deploy/local/token.sh "$role" "$school")
  prepare "$school" "$token"
  java "bench/$generator.java" "$WARMUP_ROWS" > "$work/rows.csv"
  warmup=$(post_rows "$school" "$token" /dev/null '%{http_code} %{time_total}')
  echo "# warm-up (not measured): $WARMUP_ROWS rows into $school: HTTP ${warmup% *} in ${warmup#* } s"
fi
printf '%-8s %-8s %-10s %-12s %-14s %-16s %-12s %-12s %-12s %-10s %-12s %-8s %-8s %s\n' rows csv_MB seconds rows_per_s \
  heap_peak_MB oldgen_peak_MB service_cpu_s infra_cpu_s stack_cpu_s idle_pct raw_seconds bson_MB ratio result
for rows in "${sizes[@]}"; do
  school="bench-$resource-$rows"
  token=$(deploy/local/token.sh "$role" "$school")
  prepare "$school" "$token"
  java "bench/$generator.java" "$rows" > "$work/rows.csv"
  wait_quiet
  service_cpu=$(cpu_seconds "$pid")
  infra_cpu=$(cpu_seconds "$infra_pid")
  stack_cpu=$(stack_cpu_seconds)
  read -r idle_before total_before < <(machine_jiffies)
  jstat -gc "$pid" 100 > "$work/jstat.txt" &
  sampler=$!
  started=$(date +%s.%N)
  result=$(post_rows "$school" "$token" "$work/report.json" '%{http_code}')
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  service_cpu=$(echo "$(cpu_seconds "$pid") - $service_cpu" | bc)
  infra_cpu=$(echo "$(cpu_seconds "$infra_pid") - $infra_cpu" | bc)
  stack_cpu=$(echo "$(stack_cpu_seconds) - $stack_cpu" | bc)
  read -r idle_after total_after < <(machine_jiffies)
  idle=$(( 100 * (idle_after - idle_before) / (total_after - total_before) ))
  kill "$sampler"
  # jstat -gc columns: S0U S1U EU OU are fields 3, 4, 6, 8 (KB)
  heap=$(awk 'NR>1 {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$work/jstat.txt")
  old=$(awk 'NR>1 {if ($8>m) m=$8} END {printf "%.0f", m/1024}' "$work/jstat.txt")
  size=$(du -m "$work/rows.csv" | cut -f1)
  summary=$(sed -E 's/.*"rows":([0-9]+).*"created":([0-9]+).*"rejected":([0-9]+).*/rows \1, created \2, rejected \3/' "$work/report.json")
  # the relay and the report service's replication of this import would compete with the baseline
  wait_quiet
  # its last line is the result; the MongoDB driver logs on standard output before it
  raw=$(java -cp "$classpath" org.vetreport.bench.RawInsertBaseline mongodb://localhost:27017 "$service" "$collection" \
    "$school" | tail -n 1)
  read -r raw_seconds raw_documents bson_mb <<< "$raw"
  created=$(sed -E 's/.*"created":([0-9]+).*/\1/' "$work/report.json")
  if [[ $raw_documents != "$created" ]]; then
    echo "# $school: the baseline inserted $raw_documents documents, the import created $created" >&2
  fi
  printf '%-8s %-8s %-10.2f %-12.0f %-14s %-16s %-12s %-12s %-12s %-10s %-12s %-8s %-8s %s\n' "$rows" "$size" \
    "$elapsed" "$(echo "$rows / $elapsed" | bc -l)" "$heap" "$old" "$service_cpu" "$infra_cpu" "$stack_cpu" "$idle" \
    "$raw_seconds" "$bson_mb" \
    "$(printf '%.0f%%' "$(echo "100 * $raw_seconds / $elapsed" | bc -l)")" "HTTP $result, $summary"
done
