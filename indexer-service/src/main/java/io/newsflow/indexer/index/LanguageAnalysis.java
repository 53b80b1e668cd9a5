package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an index's settings and mappings from its bundled JSON, adding language-specific sub-fields
 * ({@code text.en}, {@code title.ru}, …) to the analysed text fields when the cluster has the language analyzers
 * (the {@code analysis-common} module of the official distribution). Azerbaijani has no built-in analyzer; it
 * gets a custom one with Turkish lower-casing, which handles the dotted and dotless i the two languages share.
 */
public final class LanguageAnalysis {
    /** Sub-field name → analyzer, for the languages Elasticsearch analyses without plugins. */
    static final Map<String, String> ANALYZERS = analyzers();
    static final List<String> ANALYSED_FIELDS = List.of("title", "text", "description");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LanguageAnalysis() {
    }

    /**
     * @param resource           the bundled index JSON (settings and mappings)
     * @param languageAnalyzers  whether the cluster has the language analyzers
     */
    public static ObjectNode index(String resource, boolean languageAnalyzers) {
        ObjectNode index;
        try (InputStream in = LanguageAnalysis.class.getResourceAsStream(resource)) {
            index = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!languageAnalyzers) {
            return index;
        }
        ObjectNode analysis = index.withObjectProperty("settings").withObjectProperty("analysis");
        analysis.withObjectProperty("filter").putObject("azerbaijani_lowercase").put("type", "lowercase").put("language", "turkish");
        analysis.withObjectProperty("analyzer").putObject("azerbaijani").put("tokenizer", "standard")
                .putArray("filter").add("apostrophe").add("azerbaijani_lowercase");
        ObjectNode properties = (ObjectNode) index.at("/mappings/properties");
        for (String field : ANALYSED_FIELDS) {
            if (properties.has(field)) {
                ObjectNode fields = ((ObjectNode) properties.get(field)).withObjectProperty("fields");
                ANALYZERS.forEach((name, analyzer) -> fields.putObject(name).put("type", "text").put("analyzer", analyzer));
            }
        }
        return index;
    }

    private static Map<String, String> analyzers() {
        Map<String, String> analyzers = new LinkedHashMap<>();
        analyzers.put("en", "english");
        analyzers.put("ru", "russian");
        analyzers.put("de", "german");
        analyzers.put("fr", "french");
        analyzers.put("es", "spanish");
        analyzers.put("it", "italian");
        analyzers.put("pt", "portuguese");
        analyzers.put("tr", "turkish");
        analyzers.put("az", "azerbaijani");
        return Map.copyOf(analyzers);
    }
}
