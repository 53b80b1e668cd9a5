package io.newsflow.contracts;

/** Default names of the Kafka topics that make up Newsflow's public API. */
public final class Topics {
    /** Raw pages as fetched: key = article id, value = {@link RawPage} JSON. */
    public static final String RAW = "news.raw";
    /** Parsed articles: key = article id, value = {@link Article} JSON. */
    public static final String ARTICLES = "news.articles";
    /** Records that could not be processed, unchanged, with {@link DeadLetterHeaders}. */
    public static final String DLQ = "news.dlq";

    private Topics() {
    }
}
