#!/usr/bin/env bash
# Benchmark: the local stack's footprint (deploy/local). Run by hand, not part of the build. Stops the stack if it
# runs, times deploy/local/up.sh until everything is ready (target <= 60 s), then prints the resident memory (VmRSS)
# of each process of the stack and their total at rest (after IDLE seconds without requests) and again after
# bench/import.sh students ROWS (target: <= 3 GB in all). Leaves the stack running, as up.sh does.
#   bench/footprint.sh                    ROWS="10000 100000" IDLE=10
#   FRESH=1 ROWS=10000 bench/footprint.sh  FRESH=1 deletes deploy/local/run/data first, for an empty database
# up.sh's own figure ("Platform ready in Ns") counts whole seconds from its start; the script's own measurement
# includes the shell around it. Both are printed. The JVMs' options are up.sh's defaults (JAVA_OPTS and
# INFRA_JAVA_OPTS are passed on if set).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-10000 100000}
IDLE=${IDLE:-10}
FRESH=${FRESH:-0}
# shellcheck source=../deploy/local/services.sh
source deploy/local/services.sh

# VmRSS of each process of the stack in MB, and the total
rss_table() {
  local when=$1 total=0 entry name kb
  for entry in "${STACK[@]}"; do
    read -r name _ _ <<< "$entry"
    if pid_alive "$RUN_DIR/pids/$name.pid"; then
      kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$(cat "$RUN_DIR/pids/$name.pid")/status")
      total=$(( total + kb ))
      printf '%-12s %-22s %s\n' "$when" "$name" "$(( kb / 1024 ))"
    else
      printf '%-12s %-22s %s\n' "$when" "$name" "not running"
    fi
  done
  printf '%-12s %-22s %s\n' "$when" total "$(( total / 1024 ))"
}

echo "# $(date -u +%FT%TZ) $(uname -m), $(nproc) cores, $(awk '/^MemTotal:/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)," \
  "load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "# command: FRESH=$FRESH ROWS=\"$ROWS\" IDLE=$IDLE $0"
deploy/local/down.sh >/dev/null
if [[ $FRESH == 1 ]]; then
  rm -rf "$RUN_DIR/data"
fi
started=$(date +%s.%N)
up_output=$(deploy/local/up.sh)
ready=$(echo "$(date +%s.%N) - $started" | bc)
printf 'up.sh: %s measured here: %.1f s\n' "$(grep -o 'Platform ready in [0-9]*s' <<< "$up_output")" "$ready"
sleep "$IDLE"
printf '%-12s %-22s %s\n' when process rss_MB
rss_table at-rest
# shellcheck disable=SC2086
bench/import.sh students $ROWS | sed 's/^/# import: /'
rss_table after-ingest
