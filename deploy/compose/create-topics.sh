#!/usr/bin/env bash
# Creates Newsflow's topics (idempotent). Partitions bound how many replicas of a service can share the work;
# news.raw is kept long enough to re-parse everything after a parser upgrade; the state topics are compacted.
set -euo pipefail
bootstrap="$1"
partitions="${NEWSFLOW_PARTITIONS:-6}"
replication="${NEWSFLOW_REPLICATION_FACTOR:-1}"
day=86400000
topic() { # name, extra configs…
  local name="$1"; shift
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor "$replication" "$@"
}
topic news.raw --config retention.ms=$((30 * day)) --config max.message.bytes=12582912 --config compression.type=producer
topic news.articles --config retention.ms=$((30 * day)) --config max.message.bytes=12582912
topic news.dlq --config retention.ms=$((90 * day)) --config max.message.bytes=12582912
topic news.frontier --config retention.ms=$((7 * day))
topic news.fetch-state --config cleanup.policy=compact --config min.compaction.lag.ms=3600000
topic news.site-blocks --config cleanup.policy=compact
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list
