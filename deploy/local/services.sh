# The processes of the local stack, in start order: name, jar (relative to the repository root), HTTP port.
# Sourced by up.sh and down.sh.
# shellcheck shell=bash
STACK=(
  "local-infrastructure deploy/local/target/local-infrastructure-*-exec.jar -"
  "student-service student-service/target/student-service-*-exec.jar 8081"
  "faculty-service faculty-service/target/faculty-service-*-exec.jar 8082"
  "finance-service finance-service/target/finance-service-*-exec.jar 8083"
  "training-service training-service/target/training-service-*-exec.jar 8084"
  "report-service report-service/target/report-service-*-exec.jar 8085"
  "gateway gateway/target/gateway-*-exec.jar 8080"
)
RUN_DIR=deploy/local/run

pid_alive() {
  local pid_file=$1
  [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

# the process of a pid file is ours only if it still runs the jar we started (a pid may be reused)
pid_is_ours() {
  local pid_file=$1 name=$2
  pid_alive "$pid_file" && tr '\0' ' ' < "/proc/$(cat "$pid_file")/cmdline" 2>/dev/null | grep -q -- "$name"
}
