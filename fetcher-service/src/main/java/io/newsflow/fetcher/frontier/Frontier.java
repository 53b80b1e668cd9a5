package io.newsflow.fetcher.frontier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.fetcher.FetcherConfig;
import io.newsflow.fetcher.state.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The crawl frontier, a Kafka topic keyed by host: every URL to fetch and every seed to read goes through it, so
 * all the work for one host lands on one partition and therefore on one fetcher replica, which alone keeps that
 * host's politeness. Replicas share one consumer group; when one joins or dies, Kafka moves hosts between them.
 * An offset is committed only once every record before it is finished, so a crash hands unfinished work on.
 */
@ApplicationScoped
public class Frontier {
    private static final Logger LOG = Logger.getLogger(Frontier.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final long COMMIT_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    /** Receives the frontier's records; must call {@link Ticket#done()} once for each, when its work is over. */
    public interface Worker {
        void take(FrontierEntry entry, Ticket ticket);
    }

    /** One frontier record being worked on. */
    public final class Ticket {
        private final TopicPartition partition;
        private final long offset;

        private Ticket(TopicPartition partition, long offset) {
            this.partition = partition;
            this.offset = offset;
        }

        /** False once the host has moved to another replica, which will do the work instead. */
        public boolean current() {
            return tracker.owns(partition);
        }

        public void done() {
            tracker.finished(partition, offset);
        }
    }

    private final Map<String, Object> kafka;
    private final FetcherConfig config;
    private final ObjectMapper json;
    private final OffsetTracker tracker = new OffsetTracker();
    /** Per partition of this replica, the records waiting in Kafka when the consumer last looked. */
    private final Map<TopicPartition, Long> lags = new ConcurrentHashMap<>();
    /** Per partition of this replica, the consumer's position when it last looked. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    /** Per partition, the offset after the last record this replica offered: its own work it may not have seen. */
    private final Map<TopicPartition, Long> offeredEnd = new ConcurrentHashMap<>();
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private Thread thread;
    private volatile boolean running;
    private volatile boolean joined;

    Frontier(@Identifier("default-kafka-broker") Map<String, Object> kafka, FetcherConfig config, ObjectMapper json) {
        this.kafka = kafka;
        this.config = config;
        this.json = json;
    }

    /** Creates the topic if missing and starts handing its records to {@code worker}. */
    public void start(Worker worker) throws Exception {
        Topics.ensure(kafka, config.frontierTopic(), config.frontierPartitions(), Map.of());
        Map<String, Object> producerProps = new HashMap<>(kafka);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerProps.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
        Map<String, Object> consumerProps = new HashMap<>(kafka);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, config.group());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 15_000);
        consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer());
        running = true;
        thread = new Thread(() -> run(worker), "frontier");
        thread.start();
    }

    /** Queues an entry on its host's partition; {@link #flush()} waits until Kafka has everything queued. */
    public void offer(FrontierEntry entry) {
        try {
            producer.send(new ProducerRecord<>(config.frontierTopic(), hostOf(entry.url()), json.writeValueAsString(entry)),
                    (metadata, error) -> {
                        if (error != null) {
                            LOG.errorf("could not queue %s on the frontier: %s", entry.url(), error.getMessage());
                        } else {
                            offeredEnd.merge(new TopicPartition(metadata.topic(), metadata.partition()),
                                    metadata.offset() + 1, Math::max);
                        }
                    });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void flush() {
        producer.flush();
    }

    /** Records of this replica's hosts not finished yet: waiting in Kafka or being worked on. */
    public long pending() {
        long waiting = 0;
        for (Map.Entry<TopicPartition, Long> position : positions.entrySet()) {
            long offeredAhead = offeredEnd.getOrDefault(position.getKey(), 0L) - position.getValue();
            waiting += Math.max(lags.getOrDefault(position.getKey(), 0L), offeredAhead);
        }
        return waiting + tracker.unfinished();
    }

    /** Whether this replica has joined the fetchers' group and so knows which hosts are its own. */
    public boolean joined() {
        return joined;
    }

    /** The host alone, not the port: one replica per host whatever the port, the politest reading. */
    static String hostOf(String url) {
        return URI.create(url).getHost();
    }

    private void run(Worker worker) {
        consumer.subscribe(java.util.List.of(config.frontierTopic()), new Rebalance());
        long lastCommit = System.nanoTime();
        try {
            while (running) {
                boolean full = tracker.unfinished() >= config.frontierMaxInFlight();
                if (full) {
                    consumer.pause(consumer.assignment());
                } else {
                    consumer.resume(consumer.paused());
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    handOver(worker, record);
                }
                for (TopicPartition partition : consumer.assignment()) {
                    lags.put(partition, consumer.currentLag(partition).orElse(0));
                    positions.put(partition, consumer.position(partition));
                }
                if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                    consumer.commitAsync(tracker.committable(), null);
                    lastCommit = System.nanoTime();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("the frontier consumer stopped", e);
        } finally {
            try {
                consumer.commitSync(tracker.committable());
            } catch (RuntimeException e) {
                LOG.warnf("could not commit the frontier offsets at stop: %s", e.getMessage());
            }
            consumer.close();
        }
    }

    private void handOver(Worker worker, ConsumerRecord<String, String> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        tracker.started(partition, record.offset());
        Ticket ticket = new Ticket(partition, record.offset());
        try {
            worker.take(json.readValue(record.value(), FrontierEntry.class), ticket);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf("skipping frontier record %s-%d@%d that is not an entry: %s", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            ticket.done();
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> offsets = tracker.committable();
            offsets.keySet().retainAll(partitions);
            try {
                consumer.commitSync(offsets);
            } catch (RuntimeException e) {
                LOG.warnf("could not commit the offsets of revoked frontier partitions: %s", e.getMessage());
            }
            partitions.forEach(tracker::revoked);
            partitions.forEach(positions::remove);
            LOG.infof("frontier partitions moved away: %s", partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            joined = true;
            partitions.forEach(tracker::assigned);
            if (!partitions.isEmpty()) {
                LOG.infof("frontier partitions now fetched here: %s", partitions);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(tracker::revoked);
            partitions.forEach(positions::remove);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
