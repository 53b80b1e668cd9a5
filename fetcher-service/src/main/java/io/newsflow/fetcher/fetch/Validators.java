package io.newsflow.fetcher.fetch;

/**
 * What a server said identifies a version of a document, sent back on the next poll so that an unchanged feed,
 * listing or sitemap costs a {@code 304} instead of its whole body.
 *
 * @param etag         the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
