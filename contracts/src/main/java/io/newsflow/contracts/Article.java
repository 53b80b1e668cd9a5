package io.newsflow.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A parsed article: the value of a {@link Topics#ARTICLES} record (schema {@value SchemaVersions#ARTICLE}).
 * Every field is always present; what the parser could not find is {@code null} (scalars) or empty (lists).
 *
 * @param id                 the page id, as on {@link RawPage#id()}
 * @param url                the fetched URL (after redirects)
 * @param canonicalUrl       the page's own canonical URL ({@code <link rel=canonical>} or og:url), else {@code url}
 * @param site               host name of the canonical URL, without a leading {@code www.}
 * @param title              the headline, without the site name
 * @param description        the page's summary (meta description or og:description)
 * @param authors            people's names
 * @param publishedAt        first publication time
 * @param modifiedAt         last modification time
 * @param section            the site's section for the article
 * @param tags               the site's keywords or tags
 * @param language           ISO 639-1 code of the body's language, detected from the text
 * @param languageConfidence the detector's confidence in {@code language}, 0 to 1
 * @param text               the body: {@code paragraphs} joined by a blank line
 * @param paragraphs         the body's paragraphs, in order
 * @param boilerplate        text removed from inside the body, with the reason
 * @param statements         who said what in the body
 * @param wordCount          words in {@code text}
 * @param contentHash        SHA-256 over {@code text}, hex
 * @param parserVersion      version of the parser that made this record
 * @param fetchedAt          when the page was fetched
 * @param pageType           {@code article}, or {@code listing} (a section or home page: links, little text), or
 *                           {@code other} (too little text to be an article: a video page, a gallery, an error page)
 * @param image              the page's main image URL (og:image or JSON-LD), if any
 * @param simhash            64-bit SimHash of the text's word shingles, 16 hex digits: syndicated copies of one
 *                           story differ in few bits (Hamming distance of 3 or less), so they can be grouped
 */
public record Article(String id, String url, String canonicalUrl, String site, String title, String description,
                      List<String> authors, Instant publishedAt, Instant modifiedAt, String section,
                      List<String> tags, String language, double languageConfidence, String text,
                      List<String> paragraphs, List<Boilerplate> boilerplate, List<Statement> statements,
                      int wordCount, String contentHash, String parserVersion, Instant fetchedAt, String pageType,
                      String image, String simhash) {
    public static final String ARTICLE = "article";
    public static final String LISTING = "listing";
    public static final String OTHER = "other";


    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
        boilerplate = List.copyOf(boilerplate);
        statements = List.copyOf(statements);
    }
}
