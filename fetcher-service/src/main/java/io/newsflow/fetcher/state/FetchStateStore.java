package io.newsflow.fetcher.state;

import io.newsflow.fetcher.FetcherConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What has been fetched, kept in a compacted Kafka topic (key: page id, value: when) so that it survives restarts
 * and is shared by every fetcher replica: a restarted fetcher reads the topic back before it crawls and does not
 * fetch again what it already has.
 */
@ApplicationScoped
public class FetchStateStore {
    private static final Logger LOG = Logger.getLogger(FetchStateStore.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);
    private static final int PARTITIONS = 6;

    private final String bootstrap;
    private final String topic;
    private final Set<String> fetched = ConcurrentHashMap.newKeySet();
    private KafkaProducer<String, String> producer;

    FetchStateStore(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, FetcherConfig config) {
        this.bootstrap = bootstrap;
        this.topic = config.stateTopic();
    }

    /** Runs before the sources crawl starts (lower priority value = earlier). */
    void onStart(@Observes @Priority(1000) StartupEvent event) throws Exception {
        ensureTopic();
        load();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    public boolean fetched(String id) {
        return fetched.contains(id);
    }

    /** Records a page as fetched; blocks until Kafka has it, so that a crash right after does not forget it. */
    public void record(String id, Instant fetchedAt) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(topic, id, fetchedAt.toString())).get();
        fetched.add(id);
    }

    private void ensureTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            NewTopic newTopic = new NewTopic(topic, PARTITIONS, (short) -1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(newTopic)).all().get(LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            LOG.infof("created the compacted state topic %s", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private void load() throws TimeoutException {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
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
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        fetched.remove(record.key());
                    } else {
                        fetched.add(record.key());
                    }
                }
            }
        }
        LOG.infof("%d pages already fetched, read from %s", fetched.size(), topic);
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
