#!/usr/bin/env bash
# Stops exactly the processes up.sh started (by their pid files), gateway first, infrastructure last (the broker of
# LOCAL_KAFKA=separate before the rest of it).
# Data in deploy/local/run/data is kept; delete that folder for a clean slate.
set -uo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/services.sh

names=()
for (( i=${#STACK[@]}-1; i>=1; i-- )); do
  read -r name _ _ <<< "${STACK[$i]}"
  names+=("$name")
done
read -r name _ _ <<< "${STACK[0]}"
names+=(kafka "$name")

for name in "${names[@]}"; do
  pid_file="$RUN_DIR/pids/$name.pid"
  [[ -f $pid_file ]] || continue
  if pid_is_ours "$pid_file" "$name"; then
    pid=$(cat "$pid_file")
    kill "$pid"
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "  $name (pid $pid) did not stop within 30s; killing it"
      kill -9 "$pid"
    fi
    echo "  stopped $name"
  fi
  rm -f "$pid_file"
done
