package io.newsflow.fetcher.state;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** Creates the fetcher's own topics at start when the deployment has not (Compose and Strimzi create them ahead). */
public final class Topics {
    private static final Logger LOG = Logger.getLogger(Topics.class);
    private static final long TIMEOUT_SECONDS = 120;

    private Topics() {
    }

    /** Creates {@code topic} with the broker's replication factor unless it exists. */
    public static void ensure(Map<String, Object> kafka, String topic, int partitions, Map<String, String> configs)
            throws Exception {
        try (Admin admin = Admin.create(kafka)) {
            NewTopic newTopic = new NewTopic(topic, partitions, (short) -1).configs(configs);
            admin.createTopics(List.of(newTopic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.infof("created topic %s with %d partitions", topic, partitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
