package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The composable index template behind an alias: every versioned index {@code <alias>-v<N>} is created from it, so
 * a new mapping reaches the next index of a reindex without any other step.
 */
public final class IndexTemplate {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexTemplate() {
    }

    /** The pattern the versioned indices of an alias match. */
    public static String pattern(String alias) {
        return alias + "-v*";
    }

    /** The {@code _index_template} body for an alias from an index definition (settings and mappings). */
    public static ObjectNode of(String alias, ObjectNode definition) {
        ObjectNode template = JSON.createObjectNode();
        template.putArray("index_patterns").add(pattern(alias));
        template.put("priority", 200);
        ObjectNode body = template.putObject("template");
        body.set("settings", definition.get("settings"));
        body.set("mappings", definition.get("mappings"));
        template.putObject("_meta").put("description", "managed by the Newsflow indexer; reindex to apply changes");
        return template;
    }
}
