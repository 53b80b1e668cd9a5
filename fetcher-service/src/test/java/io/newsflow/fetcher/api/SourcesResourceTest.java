package io.newsflow.fetcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Listing, adding and removing sources through the running fetcher's API. */
@QuarkusTest
@TestProfile(FetchResourceTest.WithApiKey.class)
class SourcesResourceTest {
    private static final String SOURCE = """
            {"name": "wire", "repoll": "10m",
             "seeds": [{"kind": "feed", "url": "http://127.0.0.1:9/feed.xml"}]}""";

    @Test
    void aSourceIsAddedListedAndRemoved() {
        given().contentType("application/json").body(SOURCE).when().post("/api/sources").then().statusCode(401);
        given().contentType("application/json").header("X-Api-Key", "s3cret").body(SOURCE)
                .when().post("/api/sources").then().statusCode(201).body("origin", containsString("API"));
        given().when().get("/api/sources").then().statusCode(200).body("source.name", hasItem("wire"));
        given().contentType("application/json").header("X-Api-Key", "s3cret").body(SOURCE)
                .when().post("/api/sources").then().statusCode(409);

        given().header("X-Api-Key", "s3cret").when().delete("/api/sources/wire").then().statusCode(204);
        given().when().get("/api/sources").then().body("source.name", not(hasItem("wire")));
        given().header("X-Api-Key", "s3cret").when().delete("/api/sources/wire").then().statusCode(404);
    }

    @Test
    void anInvalidSourceGetsA400WithTheReason() {
        given().contentType("application/json").header("X-Api-Key", "s3cret")
                .body("{\"name\": \"bad\", \"seeds\": [{\"kind\": \"rss\", \"url\": \"https://example.com/rss\"}]}")
                .when().post("/api/sources").then().statusCode(400).body("error", containsString("kind must be"));
        given().contentType("application/json").header("X-Api-Key", "s3cret")
                .body("{\"name\": \"fast\", \"repoll\": \"5s\", \"seeds\": []}")
                .when().post("/api/sources").then().statusCode(400).body("error", containsString("at least 1m"));
    }
}
