package io.newsflow.contracts;

/**
 * Headers carried by every record on {@link Topics#DLQ}. The record's key and value are the original ones,
 * byte for byte, so a dead letter can be replayed once its cause is fixed.
 */
public final class DeadLetterHeaders {
    /** Why the record was rejected, for a person to read. */
    public static final String REASON = "dead-letter-reason";
    /** The message of the underlying error, when there was one. */
    public static final String CAUSE = "dead-letter-cause";
    /** The class of the error that rejected the record. */
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    /** The topic the record came from. */
    public static final String TOPIC = "dead-letter-topic";
    /** The partition the record came from. */
    public static final String PARTITION = "dead-letter-partition";
    /** The offset of the record in its partition. */
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
