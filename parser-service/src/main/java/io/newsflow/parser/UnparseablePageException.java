package io.newsflow.parser;

/** The page cannot become an article; the message says why, for the dead-letter record. */
public class UnparseablePageException extends Exception {
    public UnparseablePageException(String reason) {
        super(reason);
    }
}
