package io.newsflow.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/** Where the repository and the local Kafka and Elasticsearch are (environment, else the stack script's defaults), and cleanup. */
public final class LocalStack {
    public static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    /** The local broker's SASL listener (PLAIN, user {@code newsflow}, password {@link #KAFKA_SASL_PASSWORD}). */
    public static final String KAFKA_SASL = "127.0.0.1:" + env("NEWSFLOW_KAFKA_SASL_PORT", "9094");
    public static final String KAFKA_SASL_PASSWORD = "newsflow-local-secret";
    public static final String ES = env("ELASTICSEARCH_URL", "http://127.0.0.1:9200");
    /** The repository root, where the packaged services and the demo site are. */
    public static final Path REPO = Path.of(System.getProperty("newsflow.repo", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalStack() {
    }

    /** Deletes a test run's versioned indices and index templates (wildcard deletes are refused by default). */
    public static void deleteIndices(String... aliases) throws Exception {
        for (String alias : aliases) {
            JsonNode indices = JSON.readTree(Http.call("GET", ES + "/_cat/indices/" + alias + "-v*?format=json", null).body());
            for (JsonNode index : indices) {
                Http.call("DELETE", ES + "/" + index.get("index").asText(), null);
            }
            Http.call("DELETE", ES + "/_index_template/" + alias, null);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
