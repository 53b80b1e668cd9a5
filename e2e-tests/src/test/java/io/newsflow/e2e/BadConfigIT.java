package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A service given a bad setting refuses to start, and its log names the setting and what is wrong with it. */
class BadConfigIT {

    @ParameterizedTest(name = "{0} with {1}={2}")
    @CsvSource(delimiter = '|', value = {
        "parser-service  | NEWSFLOW_PARSER_LANGUAGES  | en,xx              | unknown language code 'xx'",
        "fetcher-service | NEWSFLOW_FETCHER_TIMEOUT   | soon               | newsflow.fetcher.timeout",
        "indexer-service | ELASTICSEARCH_CA_FILE      | /no/such/ca.crt    | newsflow.indexer.ca-file /no/such/ca.crt"})
    void theServiceRefusesToStartAndNamesTheSetting(String service, String variable, String value, String expected)
            throws Exception {
        ServiceProcess process = ServiceProcess.start(LocalStack.REPO, service, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA, "ELASTICSEARCH_URL", LocalStack.ES, variable, value,
                "NEWSFLOW_TOPIC_SITE_BLOCKS", "news.site-blocks.badconfig", "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state.badconfig",
                "NEWSFLOW_TOPIC_FRONTIER", "news.frontier.badconfig"));
        try {
            OptionalInt exit = process.awaitExit(Duration.ofSeconds(60));
            assertTrue(exit.isPresent(), service + " is still running with " + variable + "=" + value);
            assertNotEquals(0, exit.getAsInt());
            assertTrue(process.log().contains(expected), "the log does not say " + expected + ":\n" + process.log());
        } finally {
            process.close();
        }
    }
}
