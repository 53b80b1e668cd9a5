#!/usr/bin/env bash
# The local stack: a real single-node Kafka (KRaft) and a real Elasticsearch node on loopback,
# resolved from Maven Central and run without Docker. Usage: stack.sh start|stop [kafka|elasticsearch] | status
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

KAFKA_VERSION=4.1.2
ES_VERSION=8.19.21
KAFKA_PORT="${NEWSFLOW_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${NEWSFLOW_KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_SASL_PORT="${NEWSFLOW_KAFKA_SASL_PORT:-9094}"
ES_PORT="${NEWSFLOW_ES_PORT:-9200}"
KAFKA_HEAP="${NEWSFLOW_KAFKA_HEAP:-256m}"
ES_HEAP="${NEWSFLOW_ES_HEAP:-512m}"
READY_TIMEOUT="${NEWSFLOW_READY_TIMEOUT:-120}"

cache="${NEWSFLOW_CACHE:-$HOME/.cache/newsflow}"
# Elasticsearch refuses to run as root, so as root it runs as an unprivileged user, and its
# folders must live where that user can reach them (not under /root).
if [ "$(id -u)" = 0 ]; then
  es_user="${NEWSFLOW_ES_USER:-newsflow}"
  state="${NEWSFLOW_STATE:-/var/lib/newsflow}"
else
  es_user=""
  state="${NEWSFLOW_STATE:-$cache/state}"
fi

log() { printf 'stack: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # name, seconds, log file, command...
  local name="$1" timeout="$2" logfile="$3"; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$name did not become ready within ${timeout}s; last lines of $logfile:"
      tail -n 30 "$logfile" >&2 || true
      exit 1
    fi
    sleep 1
  done
}

java_home() {
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}

# ---------------------------------------------------------------- Kafka

kafka_libs() {
  local libs="$cache/kafka-$KAFKA_VERSION/libs"
  if [ ! -f "$libs/kafka_2.13-$KAFKA_VERSION.jar" ]; then
    log "resolving Kafka $KAFKA_VERSION jars from Maven Central"
    mvn -B -q -Dstyle.color=never -f "$here/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$libs.tmp" -DincludeScope=runtime >&2
    rm -rf "$libs" && mv "$libs.tmp" "$libs"
  fi
  echo "$libs"
}

kafka_start() {
  if port_open "$KAFKA_PORT"; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return; fi
  local libs dir config
  libs="$(kafka_libs)"
  dir="$state/kafka"
  config="$dir/server.properties"
  mkdir -p "$dir/data" "$dir/logs"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" -e "s|@SASL_PORT@|$KAFKA_SASL_PORT|g" \
      -e "s|@DATA_DIR@|$dir/data|g" "$here/kafka/server.properties" > "$config"
  local java=(java -cp "$libs/*" "-Dlog4j2.configurationFile=$here/kafka/log4j2.properties"
              "-Dkafka.logs.dir=$dir/logs")
  if [ ! -f "$dir/data/meta.properties" ]; then
    "${java[@]}" kafka.tools.StorageTool format -t "$(cat /proc/sys/kernel/random/uuid | tr -d - | head -c 22)" \
      -c "$config" --ignore-formatted > "$dir/logs/format.log" 2>&1 || die "Kafka storage format failed: see $dir/logs/format.log"
  fi
  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (data in $dir)"
  nohup "${java[@]}" "-Xmx$KAFKA_HEAP" "-Xms$KAFKA_HEAP" kafka.Kafka "$config" > "$dir/logs/console.log" 2>&1 &
  echo $! > "$dir/pid"
  wait_for Kafka "$READY_TIMEOUT" "$dir/logs/server.log" kafka_ready "$dir"
  log "Kafka ready"
}

kafka_ready() { port_open "$KAFKA_PORT" && grep -q "Kafka Server started" "$1/logs/server.log" 2>/dev/null; }

# ---------------------------------------------------------------- Elasticsearch

es_home() {
  local home="$state/elasticsearch-$ES_VERSION"
  if [ ! -x "$home/bin/elasticsearch" ]; then
    local zip="$cache/downloads/elasticsearch-$ES_VERSION.zip"
    if [ ! -f "$zip" ]; then
      log "resolving Elasticsearch $ES_VERSION from Maven Central"
      mvn -B -q -Dstyle.color=never dependency:copy \
        "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
        "-DoutputDirectory=$cache/downloads" >&2
    fi
    ensure_unzip
    mkdir -p "$state"
    rm -rf "$home.tmp" && mkdir -p "$home.tmp"
    unzip -q "$zip" -d "$home.tmp"
    mv "$home.tmp/elasticsearch-$ES_VERSION" "$home" && rmdir "$home.tmp"
  fi
  echo "$home"
}

ensure_unzip() {
  command -v unzip >/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "unzip is needed to unpack Elasticsearch: install it (apt-get install unzip)"
  log "installing unzip"
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >&2
}

ensure_es_user() {
  [ -n "$es_user" ] || return 0
  id -u "$es_user" >/dev/null 2>&1 && return 0
  log "creating system user '$es_user' to run Elasticsearch (it refuses to run as root)"
  useradd --system --no-create-home --shell /usr/sbin/nologin "$es_user"
}

as_es_user() {
  if [ -n "$es_user" ]; then runuser -u "$es_user" -- "$@"; else "$@"; fi
}

es_url() { echo "http://127.0.0.1:$ES_PORT"; }

es_ready() { curl -fsS -m 5 "$(es_url)/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

es_start() {
  if port_open "$ES_PORT"; then log "Elasticsearch already running on $(es_url)"; return; fi
  local home dir
  home="$(es_home)"
  dir="$state/es"
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  ensure_es_user
  if [ -n "$es_user" ]; then
    chmod 755 "$state"
    chown -R "$es_user" "$home" "$dir"
  fi
  log "starting Elasticsearch $ES_VERSION on $(es_url) (data in $dir)"
  as_es_user env ES_JAVA_HOME="$(java_home)" ES_TMPDIR="$dir/tmp" \
    ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
    "$home/bin/elasticsearch" -d -p "$dir/pid" \
    -Ediscovery.type=single-node -Ehttp.host=127.0.0.1 -Etransport.host=127.0.0.1 \
    -Ehttp.port="$ES_PORT" -Epath.data="$dir/data" -Epath.logs="$dir/logs" \
    -Expack.security.enabled=false -Ecluster.routing.allocation.disk.threshold_enabled=false \
    > "$dir/logs/console.log" 2>&1 || die "Elasticsearch failed to start: see $dir/logs/console.log"
  wait_for Elasticsearch "$READY_TIMEOUT" "$dir/logs/console.log" es_ready
  log "Elasticsearch ready"
}

# ---------------------------------------------------------------- commands

stop_pid() { # name, pid file
  local pidfile="$2"
  [ -f "$pidfile" ] || { log "$1 not running"; return; }
  local pid; pid="$(cat "$pidfile")"
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    log "$1 stopped"
  else
    log "$1 not running"
  fi
  rm -f "$pidfile"
}

status() {
  if port_open "$KAFKA_PORT"; then echo "kafka: up (127.0.0.1:$KAFKA_PORT)"; else echo "kafka: down"; fi
  if es_ready; then echo "elasticsearch: up ($(es_url))"; else echo "elasticsearch: down"; fi
}

# An optional second word limits start/stop to one part: kafka or elasticsearch (fault tests use it).
case "${1:-} ${2:-all}" in
  "start all") kafka_start; es_start ;;
  "start kafka") kafka_start ;;
  "start elasticsearch") es_start ;;
  "stop all") stop_pid Kafka "$state/kafka/pid"; stop_pid Elasticsearch "$state/es/pid" ;;
  "stop kafka") stop_pid Kafka "$state/kafka/pid" ;;
  "stop elasticsearch") stop_pid Elasticsearch "$state/es/pid" ;;
  "status all") status ;;
  *) echo "usage: $(basename "$0") start|stop [kafka|elasticsearch] | status" >&2; exit 2 ;;
esac
