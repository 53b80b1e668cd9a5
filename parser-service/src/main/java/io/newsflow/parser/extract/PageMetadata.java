package io.newsflow.parser.extract;

import java.time.Instant;
import java.util.List;

/** What a page says about itself, from JSON-LD, meta tags and visible markup. */
public record PageMetadata(String title, String description, List<String> authors, Instant publishedAt,
                           Instant modifiedAt, String section, List<String> tags, String canonicalUrl,
                           String siteName) {
}
