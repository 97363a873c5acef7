#!/usr/bin/env bash
# Benchmark: the DOCX, HTML and PDF renderers on a document the size of a full yearly report (about 60 pages; see
# RenderBenchmark). Run by hand, not part of the build; needs nothing running. The PDF needs a CJK font
# (-Dreport.render.pdf.font=FILE in BENCH_JAVA_OPTS, or one installed in the usual folders).
#   bench/render.sh [CHAPTERS] [RUNS] [OUTPUT_FOLDER]      default: 9 chapters (about 60 pages), 20 timed runs, no output
set -euo pipefail
cd "$(dirname "$0")/.."
# one invocation, so the classpath names the jars this build made, not older ones from the local repository
./mvnw -B -q -o package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/classpath.txt -pl bench -am
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
echo "# command: $0 $*"
exec java -Xmx${BENCH_HEAP:-2g} ${BENCH_JAVA_OPTS:-} -cp "$classpath" org.vetreport.bench.RenderBenchmark "$@"
