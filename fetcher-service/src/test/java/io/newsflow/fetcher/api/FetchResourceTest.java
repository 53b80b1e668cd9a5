package io.newsflow.fetcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The running fetcher's REST API: state changes need the API key, reads do not, bad input gets a clear 4xx. */
@QuarkusTest
@TestProfile(FetchResourceTest.WithApiKey.class)
class FetchResourceTest {

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.fetcher.api-key", "s3cret");
        }
    }

    @Test
    void submittingUrlsNeedsTheKey() {
        given().contentType("application/json").body("[\"https://example.com/a\"]")
                .when().post("/api/fetch").then().statusCode(401).body(containsString("API key"));
        given().contentType("application/json").header("X-Api-Key", "wrong").body("[\"https://example.com/a\"]")
                .when().post("/api/fetch").then().statusCode(401);
    }

    @Test
    void invalidUrlsAreRejectedOneByOne() {
        given().contentType("application/json").header("Authorization", "Bearer s3cret")
                .body("[\"ftp://example.com/file\", \"not a url\"]")
                .when().post("/api/fetch")
                .then().statusCode(202).body("accepted", hasSize(0)).body("rejected", hasSize(2))
                .body("rejected[0].error", containsString("only http and https"));
    }

    @Test
    void malformedBodiesGetA400() {
        given().contentType("application/json").header("X-Api-Key", "s3cret").body("[]")
                .when().post("/api/fetch").then().statusCode(400);
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
