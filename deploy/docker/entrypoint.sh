#!/bin/sh
# Starts the service. The OpenTelemetry agent joins only when an OTLP endpoint is configured, so that a
# deployment without a trace collector does not log failed exports; it then exports traces only (metrics are
# scraped by Prometheus, logs go to standard output as ECS JSON).
set -e
if [ -n "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then
  export JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -javaagent:/opt/opentelemetry/opentelemetry-javaagent.jar"
  export OTEL_SERVICE_NAME="${OTEL_SERVICE_NAME:-$SERVICE_NAME}"
  export OTEL_METRICS_EXPORTER="${OTEL_METRICS_EXPORTER:-none}"
  export OTEL_LOGS_EXPORTER="${OTEL_LOGS_EXPORTER:-none}"
fi
# JAVA_OPTS is split into words on purpose: it holds several options
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar /application/application.jar "$@"
