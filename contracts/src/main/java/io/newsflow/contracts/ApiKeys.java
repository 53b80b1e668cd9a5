package io.newsflow.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * How the services' REST APIs authenticate requests that change state (submitting URLs, editing sources,
 * reindexing): the configured key in {@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>}. Reads (GET,
 * HEAD: search, health, metrics) stay open. Keys are compared in constant time and never echoed.
 */
public final class ApiKeys {
    /** The alternative header to {@code Authorization: Bearer}. */
    public static final String HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";

    private ApiKeys() {
    }

    /**
     * Why a request must be refused, or empty when it may pass.
     *
     * @param expected      the configured key; empty means the API is open
     * @param method        the HTTP method
     * @param apiKeyHeader  the {@value #HEADER} header, or null
     * @param authorization the {@code Authorization} header, or null
     */
    public static Optional<String> refusal(Optional<String> expected, String method, String apiKeyHeader,
                                           String authorization) {
        if (expected.isEmpty() || method.equals("GET") || method.equals("HEAD")) {
            return Optional.empty();
        }
        String presented = apiKeyHeader;
        if (presented == null && authorization != null && authorization.startsWith(BEARER)) {
            presented = authorization.substring(BEARER.length()).trim();
        }
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("missing or wrong API key (Authorization: Bearer <key> or " + HEADER + ")");
        }
        return Optional.empty();
    }
}
