package io.newsflow.parser.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The schema.org article object a page describes itself with in JSON-LD, if any. */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_SCRIPT_CHARS = 1_000_000;

    private JsonLd() {
    }

    /** The first object whose {@code @type} is an article type, searching arrays and {@code @graph}s. */
    static JsonNode article(List<String> scripts) {
        for (String json : scripts) {
            if (json.length() > MAX_SCRIPT_CHARS || !mentionsArticleType(json)) {
                continue;
            }
            try {
                List<JsonNode> objects = new ArrayList<>();
                flatten(MAPPER.readTree(json), objects);
                for (JsonNode object : objects) {
                    if (isArticle(object.path("@type"))) {
                        return object;
                    }
                }
            } catch (Exception malformed) {
                // Sites ship broken JSON-LD often enough; the page's other metadata still counts.
            }
        }
        return MAPPER.missingNode();
    }

    /** Most JSON-LD on a page describes the organisation or the breadcrumbs: skip those without parsing them. */
    private static boolean mentionsArticleType(String json) {
        return json.contains("rticle") || json.contains("Posting") || json.contains("Report");
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("").toLowerCase(Locale.ROOT);
        return name.endsWith("article") || name.equals("blogposting") || name.equals("report")
                || name.equals("liveblogposting");
    }

    /** Text values of a field that may be a string, an object with {@code name}, or an array of either. */
    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(child -> out.addAll(names(child)));
        } else if (node.isObject()) {
            if (node.hasNonNull("name")) {
                out.addAll(names(node.get("name")));
            }
        } else if (node.isTextual() && !node.asText().isBlank()) {
            out.add(node.asText().trim());
        }
        return out;
    }
}
