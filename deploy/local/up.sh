#!/usr/bin/env bash
# Starts the whole platform on this machine: a real Kafka broker (KRaft), a MongoDB wire server (H2 file) with
# their data in deploy/local/run/data, and a development token issuer, then every service and the gateway, each
# as its own process with its log in deploy/local/run/logs. Builds the jars first if any is missing. Waits until
# everything is ready.
#
# Environment: JAVA_OPTS (JVM options of every service), GATEWAY_JAVA_OPTS (of the gateway), INFRA_JAVA_OPTS (of
# the Kafka and MongoDB process), UP_TIMEOUT (seconds to wait, default 180), LOCAL_KAFKA (default "together": the broker runs inside the
# local-infrastructure process; "separate": in a process of its own, pid file run/pids/kafka.pid, log run/logs/kafka.log,
# so that it can be stopped and started alone, e.g. by bench/fault-broker-outage.sh; down.sh stops it too).
#
# Starts only what is not running yet, so after a process was stopped or killed, running it again brings that one
# back (with LOCAL_KAFKA=separate, the broker too).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/services.sh

started_at=$(date +%s)
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xmx384m -XX:+ExitOnOutOfMemoryError}
# every request passes the gateway: it gets the optimising compiler the services go without (C1 only starts faster
# and takes less memory); bench/gateway.sh measured its throughput against direct 31-40% -> 50-74% with it, for
# about 40 MB more resident memory; and one Netty event loop per two cores (Reactor Netty's default is at least 4).
# The gateway's connections to the services are pooled across its loops, so with several loops a request that came in
# on one is often sent on from another, handed between threads; where it shares the cores with six other JVMs, more
# loops only cost CPU. On 2 cores bench/gateway.sh measured, four loops -> two: one-student throughput against direct
# 46-53% -> 54-59%; two -> one: the gateway's CPU per request 0.33 -> 0.27-0.29 ms (interleaved runs, fresh stack each)
GATEWAY_JAVA_OPTS=${GATEWAY_JAVA_OPTS:--XX:+UseSerialGC -Xss512k -Xmx384m -XX:+ExitOnOutOfMemoryError -Dreactor.netty.ioWorkerCount=$(( $(nproc) > 1 ? $(nproc) / 2 : 1 ))}
# the broker and the database server hold the whole platform's data: they get more room than a service
INFRA_JAVA_OPTS=${INFRA_JAVA_OPTS:--XX:+UseSerialGC -Xmx768m -XX:+ExitOnOutOfMemoryError}
UP_TIMEOUT=${UP_TIMEOUT:-180}
LOCAL_KAFKA=${LOCAL_KAFKA:-together}
case $LOCAL_KAFKA in
  together|separate) ;;
  *) echo "LOCAL_KAFKA must be 'together' or 'separate' but is '$LOCAL_KAFKA'" >&2; exit 2 ;;
esac
mkdir -p "$RUN_DIR/logs" "$RUN_DIR/pids" "$RUN_DIR/data"

jar_of() { compgen -G "$1" | head -n 1 || true; }

missing=0
for entry in "${STACK[@]}"; do
  read -r _ pattern _ <<< "$entry"
  [[ -n $(jar_of "$pattern") ]] || missing=1
done
if (( missing )); then
  echo "Building the platform (first run) ..."
  ./mvnw -B -q -DskipTests package
fi

wait_for() {
  local what=$1 check=$2 deadline=$(( $(date +%s) + UP_TIMEOUT ))
  until eval "$check" >/dev/null 2>&1; do
    if (( $(date +%s) > deadline )); then
      echo "Timed out after ${UP_TIMEOUT}s waiting for $what; see $RUN_DIR/logs" >&2
      exit 1
    fi
    sleep 1
  done
}

start() {
  local name=$1 jar=$2 options=$3
  local pid_file="$RUN_DIR/pids/$name.pid"
  if pid_is_ours "$pid_file" "$name"; then
    echo "  $name is already running (pid $(cat "$pid_file"))"
    return
  fi
  # shellcheck disable=SC2086
  nohup java $options -Dlocal.data="$RUN_DIR/data" -jar "$jar" > "$RUN_DIR/logs/$name.log" 2>&1 &
  echo $! > "$pid_file"
  echo "  started $name (pid $!)"
}

echo "Starting the infrastructure ..."
read -r name pattern _ <<< "${STACK[0]}"
if [[ $LOCAL_KAFKA == separate ]]; then
  if pid_is_ours "$RUN_DIR/pids/$name.pid" "$name" && ! pid_is_ours "$RUN_DIR/pids/$name.pid" "local.components=mongodb"; then
    echo "The running $name process has the broker inside; stop the stack (deploy/local/down.sh) first" >&2
    exit 1
  fi
  start kafka "$(jar_of "$pattern")" "$INFRA_JAVA_OPTS -Dlocal.components=kafka"
  wait_for "Kafka on localhost:9092" "grep -q READY $RUN_DIR/logs/kafka.log"
  start "$name" "$(jar_of "$pattern")" "$INFRA_JAVA_OPTS -Dlocal.components=mongodb,issuer"
else
  start "$name" "$(jar_of "$pattern")" "$INFRA_JAVA_OPTS"
  wait_for "Kafka on localhost:9092" "grep -q READY $RUN_DIR/logs/$name.log || (exec 3<>/dev/tcp/localhost/9092)"
fi
wait_for "MongoDB on localhost:27017" "(exec 3<>/dev/tcp/localhost/27017)"
wait_for "the development token issuer" "curl -sf http://localhost:9000/local-development/jwks.json"

# the services trust the local stack's development issuer, which they accept only under the local profile
export SPRING_PROFILES_ACTIVE=local
export SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI=http://localhost:9000/local-development
export SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI=http://localhost:9000/local-development/jwks.json
export SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=vetreport

echo "Starting the services and the gateway ..."
for entry in "${STACK[@]:1}"; do
  read -r name pattern _ <<< "$entry"
  if [[ $name == gateway ]]; then
    start "$name" "$(jar_of "$pattern")" "$GATEWAY_JAVA_OPTS"
  else
    start "$name" "$(jar_of "$pattern")" "$JAVA_OPTS"
  fi
done
for entry in "${STACK[@]:1}"; do
  read -r name _ port <<< "$entry"
  wait_for "$name" "curl -sf http://localhost:$port/actuator/health/readiness"
  pid_alive "$RUN_DIR/pids/$name.pid" || { echo "$name exited; see $RUN_DIR/logs/$name.log" >&2; exit 1; }
done

cat <<TEXT
Platform ready in $(( $(date +%s) - started_at ))s.
  Gateway     http://localhost:8080           (every API: /api/v1/...)
  Swagger UI  http://localhost:8080/swagger-ui.html
  Health      http://localhost:8080/actuator/health
  Kafka       localhost:9092     MongoDB  mongodb://localhost:27017
  Tokens      TOKEN=\$(deploy/local/token.sh registrar jxtc)   then curl -H "Authorization: Bearer \$TOKEN" ...
  Logs        $RUN_DIR/logs      Stop with deploy/local/down.sh
TEXT
