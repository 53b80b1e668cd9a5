package io.newsflow.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.indexer.index.LanguageAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kibana saved objects in {@code deploy/kibana/} against the index mappings: every field a data view,
 * visualization or saved search names exists, aggregations use aggregatable fields, and every reference resolves.
 */
class KibanaSavedObjectsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAVED_OBJECTS = Path.of("../deploy/kibana/newsflow.ndjson");
    private static final Map<String, JsonNode> MAPPINGS = Map.of(
            "news-articles", LanguageAnalysis.index("/elasticsearch/news-articles.json", false).at("/mappings"),
            "news-statements", LanguageAnalysis.index("/elasticsearch/news-statements.json", false).at("/mappings"));
    private static final Map<String, JsonNode> objects = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        for (String line : Files.readAllLines(SAVED_OBJECTS)) {
            JsonNode object = JSON.readTree(line);
            objects.put(object.get("id").asText(), object);
        }
    }

    @Test
    void everyReferenceResolvesToAnObjectOfItsType() {
        for (JsonNode object : objects.values()) {
            for (JsonNode reference : object.get("references")) {
                JsonNode target = objects.get(reference.get("id").asText());
                assertTrue(target != null, object.get("id") + " refers to missing " + reference.get("id"));
                assertEquals(reference.get("type").asText(), target.get("type").asText());
            }
        }
    }

    @Test
    void dataViewsAreTheAliasesWithADateTimeField() {
        for (JsonNode view : ofType("index-pattern")) {
            JsonNode mapping = MAPPINGS.get(view.at("/attributes/title").asText());
            assertTrue(mapping != null, "data view over an unknown index: " + view.at("/attributes/title"));
            assertEquals("date", field(mapping, view.at("/attributes/timeFieldName").asText()).get("type").asText());
        }
    }

    @Test
    void visualizationsAggregateOnAggregatableFieldsThatExist() throws Exception {
        List<JsonNode> visualizations = ofType("visualization");
        assertFalse(visualizations.isEmpty());
        for (JsonNode visualization : visualizations) {
            JsonNode mapping = mappingOf(visualization);
            for (JsonNode agg : JSON.readTree(visualization.at("/attributes/visState").asText()).get("aggs")) {
                if (agg.at("/params/field").isTextual()) {
                    String type = field(mapping, agg.at("/params/field").asText()).get("type").asText();
                    assertTrue(List.of("keyword", "date", "integer", "float", "long").contains(type),
                            visualization.get("id") + " aggregates on " + agg.at("/params/field") + " of type " + type);
                }
            }
        }
    }

    @Test
    void savedSearchesShowAndSortByFieldsThatExist() {
        for (JsonNode search : ofType("search")) {
            JsonNode mapping = mappingOf(search);
            search.at("/attributes/columns").forEach(column -> field(mapping, column.asText()));
            search.at("/attributes/sort").forEach(sort -> field(mapping, sort.get(0).asText()));
        }
    }

    @Test
    void theDashboardHasAPanelForEveryVisualizationAndSearch() throws Exception {
        JsonNode dashboard = ofType("dashboard").get(0);
        JsonNode panels = JSON.readTree(dashboard.at("/attributes/panelsJSON").asText());

        assertEquals(ofType("visualization").size() + ofType("search").size(), panels.size());
        for (JsonNode panel : panels) {
            String ref = panel.get("panelRefName").asText();
            assertTrue(dashboard.get("references").findValuesAsText("name").contains(ref), ref);
        }
    }

    private static List<JsonNode> ofType(String type) {
        List<JsonNode> found = new ArrayList<>();
        objects.values().stream().filter(o -> o.get("type").asText().equals(type)).forEach(found::add);
        return found;
    }

    private static JsonNode mappingOf(JsonNode object) {
        String viewId = object.at("/references/0/id").asText();
        return MAPPINGS.get(objects.get(viewId).at("/attributes/title").asText());
    }

    /** A field's mapping by its dotted name, through object properties and multi-field sub-fields. */
    private static JsonNode field(JsonNode mapping, String dotted) {
        JsonNode node = mapping;
        for (String part : dotted.split("\\.")) {
            JsonNode next = node.path("properties").path(part);
            node = next.isMissingNode() ? node.path("fields").path(part) : next;
            assertFalse(node.isMissingNode(), "no field " + dotted + " in the mapping");
        }
        return node;
    }
}
