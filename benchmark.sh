#!/usr/bin/env bash
# Builds the system and runs the benchmark against it (flags: ./benchmark.sh --help).
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -DskipTests package
jar() { ls "$1"/target/*-exec.jar | head -n 1; }
KEYCLOAK_HOME=.identity/keycloak-26.7.3
if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
  mvn -q -B -N dependency:unpack -Dartifact=org.keycloak:keycloak-quarkus-dist:26.7.3:zip -DoutputDirectory=.identity
fi
exec java -Xmx2g -jar "$(jar benchmark)" \
  --store-jar "$(jar embedded-store)" --command-jar "$(jar command-service)" --query-jar "$(jar query-service)" \
  --keycloak-home "$KEYCLOAK_HOME" "$@"
