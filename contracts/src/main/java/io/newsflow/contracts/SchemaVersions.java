package io.newsflow.contracts;

/**
 * Versions of the topic payloads, sent in the {@value #HEADER} header of every record. A consumer may rely on
 * a major version: within it fields are only ever added, never removed, renamed or retyped.
 */
public final class SchemaVersions {
    public static final String HEADER = "newsflow-schema";
    public static final String RAW_PAGE = "raw-page/1";
    public static final String ARTICLE = "article/1";

    private SchemaVersions() {
    }
}
