#!/usr/bin/env bash
# Builds the image of every service and the gateway from the jars of this checkout and tags it with the Maven
# project version: ${REGISTRY}/<service>:<version>. Builds the jars first when one is missing.
#
# Environment: REGISTRY (default vetreport), VERSION (default the project version of pom.xml), PUSH=1 to push.
# Needs Docker with BuildKit (the default since Docker 23).
set -euo pipefail
cd "$(dirname "$0")/../.."

REGISTRY=${REGISTRY:-vetreport}
VERSION=${VERSION:-$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)}
# module and HTTP port (server.port of its application.yml)
SERVICES=("student-service 8081" "faculty-service 8082" "finance-service 8083" "training-service 8084"
          "report-service 8085" "gateway 8080")

for entry in "${SERVICES[@]}"; do
  read -r service _ <<< "$entry"
  if [[ ! -f $service/target/$service-$VERSION-exec.jar ]]; then
    ./mvnw -B -q -DskipTests package
    break
  fi
done

for entry in "${SERVICES[@]}"; do
  read -r service port <<< "$entry"
  image="$REGISTRY/$service:$VERSION"
  docker build -f deploy/docker/Dockerfile --build-arg SERVICE="$service" --build-arg VERSION="$VERSION" \
      --build-arg PORT="$port" -t "$image" .
  if [[ ${PUSH:-0} == 1 ]]; then docker push "$image"; fi
done
echo "Built ${#SERVICES[@]} images tagged $VERSION"
