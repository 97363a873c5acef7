# What the benchmark scripts against the local stack share. Sourced from the repository root.
# shellcheck shell=bash

# Sets $classpath to the bench module's classes and dependencies. Compiles, never packages: packaging would rewrite
# the jars a running stack was started from. One invocation, so the classpath names this build's classes.
bench_classpath() {
  ./mvnw -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -pl bench -am
  classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
}

# Exits 2 with a hint when the local stack's gateway does not answer.
require_stack() {
  if ! curl -sf http://localhost:8080/actuator/health >/dev/null; then
    echo "The local stack does not answer on localhost:8080; start it with deploy/local/up.sh" >&2
    exit 2
  fi
}

# The first line of every result: when, on what machine, under what load, with which Java.
machine_facts() {
  echo "# $(date -u +%FT%TZ) $(uname -m), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
}
