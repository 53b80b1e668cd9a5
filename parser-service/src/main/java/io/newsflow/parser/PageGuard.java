package io.newsflow.parser;

import io.newsflow.contracts.RawPage;

/** Rejects pages that must not reach the DOM parser: missing, oversized, or binary bodies. */
public final class PageGuard {
    /** Share of control characters above which a body is taken for binary data, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int SNIFF_CHARS = 8_192;

    private final int maxChars;

    /** @param maxChars the largest body, in characters, that is parsed */
    public PageGuard(int maxChars) {
        this.maxChars = maxChars;
    }

    void check(RawPage page) throws UnparseablePageException {
        String html = page.html();
        if (html == null || html.isBlank()) {
            throw new UnparseablePageException("empty body");
        }
        if (html.length() > maxChars) {
            throw new UnparseablePageException("body of " + html.length() + " characters exceeds the limit of "
                    + maxChars + " (newsflow.parser.max-page-chars)");
        }
        int sniff = Math.min(html.length(), SNIFF_CHARS);
        int control = 0;
        for (int i = 0; i < sniff; i++) {
            char c = html.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        if (control > sniff * MAX_CONTROL_SHARE) {
            throw new UnparseablePageException("not HTML: " + control + " control or undecodable characters in the first "
                    + sniff);
        }
    }
}
