package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One document to write, with a handle on where it came from so that a failure can be traced back.
 *
 * @param id       the document id (the article id)
 * @param document the document's source
 * @param origin   the caller's reference to the input record
 * @param <T>      the caller's type for that reference
 */
public record IndexRequest<T>(String id, ObjectNode document, T origin) {
}
