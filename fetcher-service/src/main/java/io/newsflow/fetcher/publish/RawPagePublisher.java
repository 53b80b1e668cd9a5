package io.newsflow.fetcher.publish;

import io.newsflow.contracts.RawPage;
import io.newsflow.contracts.SchemaVersions;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes raw pages to {@code news.raw}, keyed by page id, and waits for the broker's acknowledgement. */
@ApplicationScoped
public class RawPagePublisher {
    private final MutinyEmitter<RawPage> emitter;

    public RawPagePublisher(@Channel("raw") MutinyEmitter<RawPage> emitter) {
        this.emitter = emitter;
    }

    /** Blocks until Kafka has the record; throws when it could not be written. */
    public void publish(RawPage page) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(SchemaVersions.HEADER, SchemaVersions.RAW_PAGE.getBytes(StandardCharsets.UTF_8));
        emitter.sendMessageAndAwait(Message.of(page).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(page.id()).withHeaders(headers).build()));
    }
}
