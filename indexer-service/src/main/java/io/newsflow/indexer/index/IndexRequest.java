package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One document to write or delete, with a handle on where it came from so that a failure can be traced back.
 *
 * @param index    the alias or index to write to
 * @param id       the document id
 * @param document the document's source; null to delete the document
 * @param version  an external version: the write applies only if no newer version is stored; null for none
 * @param origin   the caller's reference to the input record
 * @param <T>      the caller's type for that reference
 */
public record IndexRequest<T>(String index, String id, ObjectNode document, Long version, T origin) {

    public static <T> IndexRequest<T> delete(String index, String id, T origin) {
        return new IndexRequest<>(index, id, null, null, origin);
    }
}
