package io.newsflow.parser.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about itself, from JSON-LD, meta tags and visible markup.
 *
 * @param declaresArticle whether the page calls itself an article (og:type or a JSON-LD article type)
 * @param links           how many links the page has, a sign of a listing page when its text is short
 */
public record PageMetadata(String title, String description, List<String> authors, Instant publishedAt,
                           Instant modifiedAt, String section, List<String> tags, String canonicalUrl,
                           String image, boolean declaresArticle, int links) {
}
