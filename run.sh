#!/usr/bin/env bash
# Builds and starts the whole system on the embedded store: the store, the command service and the
# query service, with the demo data of municipality Renkum loaded once. Data is kept in ./data,
# logs in ./logs (the previous run's in ./logs/previous). Ctrl-C stops everything; so does
# `kill -TERM <pid of run.sh>` when it runs in the background.
set -euo pipefail
cd "$(dirname "$0")"

STORE_PORT=${STORE_PORT:-27017}
COMMAND_PORT=${COMMAND_PORT:-8081}
QUERY_PORT=${QUERY_PORT:-8082}
DATA=${DATA:-data/netwerkregie.mv}

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
java -jar "$(jar embedded-store)" --port "$STORE_PORT" --data "$DATA" > logs/embedded-store.log 2>&1 &
pids+=($!)
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$STORE_PORT") 2>/dev/null && break; sleep 0.2; done

export MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT"
PORT=$COMMAND_PORT java -jar "$(jar command-service)" --netwerkregie.demo.enabled=true > logs/command-service.log 2>&1 &
pids+=($!)
PORT=$QUERY_PORT java -jar "$(jar query-service)" > logs/query-service.log 2>&1 &
pids+=($!)

echo "Starting services (logs in ./logs) ..."
for port in "$COMMAND_PORT" "$QUERY_PORT"; do
  for _ in $(seq 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a process stopped; see ./logs"; stop; }; done
    sleep 1
  done
done

cat <<MSG

Netwerkregie is running on the embedded store (data in $DATA).
  Command service  http://localhost:$COMMAND_PORT/v1/swagger-ui.html   (OpenAPI: /v1/openapi.json)
  Query service    http://localhost:$QUERY_PORT/v1/swagger-ui.html   (OpenAPI: /v1/openapi.json)

Try:
  curl -s http://localhost:$QUERY_PORT/v1/municipalities/GM0274/themes
  curl -s "http://localhost:$QUERY_PORT/v1/municipalities/GM0274/themes/<themeId>/network?date=2024-06-01"
  curl -s -X POST http://localhost:$COMMAND_PORT/v1/municipalities/GM0274/themes \\
       -H 'Content-Type: application/json' -H 'X-Recorded-By: regievoerder-1' \\
       -d '{"name":"Ontdek de ruimte","story":"Samen de openbare ruimte verkennen","buurten":["BU02740101"],
            "developmentPeriod":{"start":"2026-01-01","end":"2028-12-31"}}'

Ctrl-C stops everything (in the background: kill -TERM $$).
MSG
wait
