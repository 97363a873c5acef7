#!/usr/bin/env bash
# Benchmark: the indicator API over a replica of seed-sized schools (see IndicatorBenchmark). Run by hand, not
# part of the build; needs nothing running (the report service starts in-process on embedded infrastructure).
#   bench/indicators.sh [SCHOOLS] [STUDENTS]      default: 100 schools of 6,324 students
set -euo pipefail
cd "$(dirname "$0")/.."
# one invocation, so the classpath names the jars this build made, not older ones from the local repository
./mvnw -B -q -o package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/classpath.txt -pl bench -am
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
echo "# command: $0 $*"
exec java -Xmx${BENCH_HEAP:-4g} -cp "$classpath" org.vetreport.bench.IndicatorBenchmark "$@"
