#!/usr/bin/env bash
# Builds and starts the whole system on the embedded store: the event store, the key store, the
# development identity provider (Keycloak, fetched from Maven Central on the first run), the command
# service and the query service, with the demo data of municipality Renkum loaded once. Data is kept in ./data,
# logs in ./logs (the previous run's in ./logs/previous). Ctrl-C stops everything; so does
# `kill -TERM <pid of run.sh>` when it runs in the background.
set -euo pipefail
cd "$(dirname "$0")"

STORE_PORT=${STORE_PORT:-27017}
COMMAND_PORT=${COMMAND_PORT:-8081}
QUERY_PORT=${QUERY_PORT:-8082}
DATA=${DATA:-data/netwerkregie.mv}
KEYS_PORT=${KEYS_PORT:-27018}
KEYS_DATA=${KEYS_DATA:-data/personal-data.mv}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9180}
KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HOME=.identity/keycloak-$KEYCLOAK_VERSION

jar() { ls "$1"/target/*-exec.jar 2>/dev/null | head -n 1; }

# build only when a jar is missing or a source or pom is newer than the oldest jar
needs_build() {
  local oldest=""
  for m in embedded-store command-service query-service; do
    local j; j=$(jar "$m")
    [ -n "$j" ] || return 0
    if [ -z "$oldest" ] || [ "$j" -ot "$oldest" ]; then oldest=$j; fi
  done
  [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$oldest" -type f -print -quit 2>/dev/null)" ]
}
if needs_build; then
  echo "Building (mvn -q -DskipTests package) ..."
  mvn -q -B -DskipTests package
else
  echo "Nothing changed since the last build; starting the jars in */target."
fi
# the development identity provider: Keycloak's distribution from Maven Central, unpacked once into .identity/
if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
  echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (about 180 MB, once) ..."
  mvn -q -B -N dependency:unpack -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip -DoutputDirectory=.identity
fi
mkdir -p "$KEYCLOAK_HOME/data/import"
cp identity/netwerkregie-realm.json "$KEYCLOAK_HOME/data/import/"
# Keycloak's documentation asks for JDK 21 or newer: the machine's Temurin 25 where there is one, else the default java
KEYCLOAK_JAVA=${KEYCLOAK_JAVA_HOME:-}
if [ -z "$KEYCLOAK_JAVA" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then KEYCLOAK_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64; fi

pids=()
stop() {
  echo
  echo "Stopping ..."
  for ((i=${#pids[@]}-1; i>=0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; wait "${pids[$i]}" 2>/dev/null || true; done
  exit 0
}
trap stop INT TERM

mkdir -p "$(dirname "$DATA")" logs
# keep the previous run's logs
if ls logs/*.log >/dev/null 2>&1; then
  rm -rf logs/previous && mkdir -p logs/previous && mv logs/*.log logs/previous/
fi
if [ -n "$KEYCLOAK_JAVA" ]; then export JAVA_HOME="$KEYCLOAK_JAVA"; fi
"$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
  --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --import-realm --db=dev-mem > logs/keycloak.log 2>&1 &
pids+=($!)
unset JAVA_HOME
# the store's collector keeps its pauses short: every client waits while it pauses (docs/operations.md)
STORE_JAVA_OPTS=${STORE_JAVA_OPTS:--XX:MaxGCPauseMillis=20 -XX:+UnlockExperimentalVMOptions -XX:G1NewSizePercent=1}
java $STORE_JAVA_OPTS -jar "$(jar embedded-store)" --port "$STORE_PORT" --data "$DATA" > logs/embedded-store.log 2>&1 &
pids+=($!)
# the per-person keys and the access log: a store of their own, with its own file
java $STORE_JAVA_OPTS -jar "$(jar embedded-store)" --port "$KEYS_PORT" --data "$KEYS_DATA" > logs/personal-data-store.log 2>&1 &
pids+=($!)
for port in "$STORE_PORT" "$KEYS_PORT"; do
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.2; done
done

export MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT"
export PERSONAL_DATA_URI="mongodb://127.0.0.1:$KEYS_PORT"
ISSUER="http://127.0.0.1:$KEYCLOAK_PORT/realms/netwerkregie"
export OIDC_ISSUER_URI="$ISSUER"
# a bounded heap: the collector then keeps the old generation clean (docs/operations.md)
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xmx1g}
PORT=$COMMAND_PORT java $SERVICE_JAVA_OPTS -jar "$(jar command-service)" --netwerkregie.demo.enabled=true \
  > logs/command-service.log 2>&1 &
pids+=($!)
PORT=$QUERY_PORT java $SERVICE_JAVA_OPTS -jar "$(jar query-service)" > logs/query-service.log 2>&1 &
pids+=($!)

echo "Starting services and the identity provider (logs in ./logs) ..."
for _ in $(seq 240); do
  curl -sf "$ISSUER/.well-known/openid-configuration" > /dev/null && break
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a process stopped; see ./logs"; stop; }; done
  sleep 1
done
# another process on one of the ports (an identity provider already running, say) makes ours stop
for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a process stopped (a port in use?); see ./logs"; stop; }; done
for port in "$COMMAND_PORT" "$QUERY_PORT"; do
  for _ in $(seq 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a process stopped; see ./logs"; stop; }; done
    sleep 1
  done
done

cat <<MSG

Netwerkregie is running on the embedded store (data in $DATA, keys in $KEYS_DATA).
  Command service    http://localhost:$COMMAND_PORT/v1/swagger-ui.html   (OpenAPI: /v1/openapi.json)
  Query service      http://localhost:$QUERY_PORT/v1/swagger-ui.html   (OpenAPI: /v1/openapi.json)
  Identity provider  $ISSUER   (realm identity/netwerkregie-realm.json, no admin console account;
                     demo accounts: regievoerder-renkum, auditor-renkum, auditor-names-renkum, researcher-renkum,
                     administrator-renkum, the same for -arnhem (GM0202); password demo)

Sign in (a token lasts 30 minutes) and try:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=netwerkregie-frontend -d username=regievoerder-renkum \\
          -d password=demo $ISSUER/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" http://localhost:$QUERY_PORT/v1/municipalities/GM0274/themes
  curl -s -H "Authorization: Bearer \$TOKEN" "http://localhost:$QUERY_PORT/v1/municipalities/GM0274/themes/<themeId>/network?date=2024-06-01"
  curl -s -X POST http://localhost:$COMMAND_PORT/v1/municipalities/GM0274/themes \\
       -H 'Content-Type: application/json' -H "Authorization: Bearer \$TOKEN" \\
       -d '{"name":"Ontdek de ruimte","story":"Samen de openbare ruimte verkennen","buurten":["BU02740101"],
            "developmentPeriod":{"start":"2026-01-01","end":"2028-12-31"}}'

Ctrl-C stops everything (in the background: kill -TERM $$).
MSG
wait
