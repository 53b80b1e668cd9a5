package io.newsflow.parser.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.parser.boilerplate.SiteBlocks;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Keeps what the parser replicas learn of each site's recurring blocks ({@link SiteBlocks}) in a compacted topic,
 * keyed by site and block: a replica writes every new sighting, reads the whole topic before it parses its first
 * page (so a restarted or added replica starts with what the others know) and then follows it. Sightings merge by
 * union, so their order and duplicates do not matter.
 */
@ApplicationScoped
public class SiteBlocksLog {
    private static final Logger LOG = Logger.getLogger(SiteBlocksLog.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, Object> kafka;
    private final String topic;
    private final ObjectMapper json = new ObjectMapper();
    private final SiteBlocks blocks = new SiteBlocks(this::publish);
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private Thread follower;

    SiteBlocksLog(@Identifier("default-kafka-broker") Map<String, Object> kafka, ParserConfig config) {
        this.kafka = kafka;
        this.topic = config.siteBlocksTopic();
    }

    /** What is known, kept up to date with the other replicas. */
    public SiteBlocks blocks() {
        return blocks;
    }

    @PostConstruct
    void load() {
        ensureTopic();
        Map<String, Object> producerProps = new HashMap<>(kafka);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 100);
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
        Map<String, Object> consumerProps = new HashMap<>(kafka);
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        int loaded = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
            loaded += merge(consumer.poll(Duration.ofMillis(500)));
        }
        LOG.infof("loaded %d sightings of recurring site blocks from %s", loaded, topic);
        follower = new Thread(this::follow, "site-blocks-follower");
        follower.setDaemon(true);
        follower.start();
    }

    private void follow() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                merge(consumer.poll(Duration.ofSeconds(1)));
            }
        } catch (WakeupException stopping) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private int merge(Iterable<ConsumerRecord<String, String>> records) {
        int merged = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                JsonNode value = json.readTree(record.value());
                long[] pages = new long[value.path("pages").size()];
                for (int i = 0; i < pages.length; i++) {
                    pages[i] = Long.parseUnsignedLong(value.path("pages").get(i).asText(), 16);
                }
                blocks.merge(new SiteBlocks.Sighting(value.path("site").asText(), value.path("block").asText(), pages));
                merged++;
            } catch (Exception e) {
                LOG.warnf("ignoring an unreadable record at %s-%d@%d: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
            }
        }
        return merged;
    }

    private void publish(SiteBlocks.Sighting sighting) {
        ObjectNode value = json.createObjectNode().put("site", sighting.site()).put("block", sighting.block());
        for (long page : sighting.pages()) {
            value.withArray("pages").add(Long.toHexString(page));
        }
        producer.send(new ProducerRecord<>(topic, sighting.site() + " " + sighting.block(), value.toString()));
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(kafka)) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(3), Optional.empty()).configs(Map.of("cleanup.policy", "compact"))))
                    .all().get();
            LOG.infof("created the compacted topic %s", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        }
    }

    @PreDestroy
    void close() {
        if (consumer != null) {
            consumer.wakeup();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
