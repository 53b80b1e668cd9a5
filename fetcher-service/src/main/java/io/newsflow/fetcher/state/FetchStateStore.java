package io.newsflow.fetcher.state;

import io.newsflow.fetcher.FetcherConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.smallrye.common.annotation.Identifier;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * What has been fetched, kept in a compacted Kafka topic (key: page id, value: when) so that it survives restarts
 * and is shared by every fetcher replica: a fetcher reads the topic back before it crawls, then goes on following
 * it, so that it does not fetch again what it or another replica already has — also when a host moves to it.
 */
@ApplicationScoped
public class FetchStateStore {
    private static final Logger LOG = Logger.getLogger(FetchStateStore.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);
    private static final int PARTITIONS = 6;

    private final Map<String, Object> kafka;
    private final String topic;
    private final FetchedPages fetched = new FetchedPages();
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private Thread follower;
    private volatile boolean running = true;

    FetchStateStore(@Identifier("default-kafka-broker") Map<String, Object> kafka, FetcherConfig config) {
        this.kafka = kafka;
        this.topic = config.stateTopic();
    }

    /** Runs before the frontier and the sources crawl start (lower priority value = earlier). */
    void onStart(@Observes @Priority(1000) StartupEvent event) throws Exception {
        Topics.ensure(kafka, topic, PARTITIONS,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        Map<String, Object> consumerProps = new HashMap<>(kafka);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer());
        load();
        follower = new Thread(this::follow, "fetch-state-follower");
        follower.setDaemon(true);
        follower.start();
        Map<String, Object> producerProps = new HashMap<>(kafka);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
    }

    public boolean fetched(String id) {
        return fetched.get(id) >= 0;
    }

    /**
     * True when the page has never been fetched, or, with a recrawl interval, was last fetched longer ago than
     * that. @param recrawl zero to fetch a page once
     */
    public boolean due(String id, Duration recrawl, Instant now) {
        return fetched.due(id, recrawl, now);
    }

    /** Records a page as fetched; blocks until Kafka has it, so that a crash right after does not forget it. */
    public void record(String id, Instant fetchedAt) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(topic, id, fetchedAt.toString())).get();
        fetched.put(id, fetchedAt.getEpochSecond());
    }

    private void load() throws TimeoutException {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("reading " + topic + " took longer than " + LOAD_TIMEOUT);
            }
            apply(consumer.poll(Duration.ofMillis(500)));
        }
        LOG.infof("%d pages already fetched, read from %s", fetched.size(), topic);
    }

    /** Other replicas' fetches, as they happen. */
    private void follow() {
        try {
            while (running) {
                apply(consumer.poll(Duration.ofSeconds(1)));
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("stopped following the fetch state", e);
            }
        } catch (RuntimeException e) {
            LOG.error("stopped following the fetch state", e);
        } finally {
            consumer.close();
        }
    }

    private void apply(Iterable<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() == null) {
                fetched.remove(record.key());
            } else {
                fetched.put(record.key(), epochSeconds(record.value()));
            }
        }
    }

    /** Records written before the time was kept read as fetched long ago, which is what they are. */
    private static long epochSeconds(String value) {
        try {
            return Instant.parse(value).getEpochSecond();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        if (follower != null) {
            consumer.wakeup();
            follower.join(Duration.ofSeconds(5).toMillis());
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
