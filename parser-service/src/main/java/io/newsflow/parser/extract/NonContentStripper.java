package io.newsflow.parser.extract;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Empties scripts (all but JSON-LD), styles, HTML comments and the elements the cleaner removes whole anyway
 * (inline SVG, navigation, footers, asides, figures, media, ...) in raw HTML before it is parsed. They are over
 * half the characters of a modern news page and never article text, and tokenising them is a good share of the
 * DOM's cost. The tags themselves stay, so the document's structure is the one the full page would give.
 * Raw-text elements ({@code <title>}, {@code <textarea>}, ...) are stepped over whole, so that a "&lt;script"
 * written inside them is left as the text it is. An element with an ordinary end tag to find is emptied only
 * when that end tag comes before another such element opens and no JSON-LD sits inside: browsers end an unclosed
 * one early, and what follows it must stay.
 */
final class NonContentStripper {
    /** Elements whose end tag is an ordinary one that may be missing, unlike the raw-text ones that run to theirs. */
    private static final List<String> NESTABLE = List.of("svg", "nav", "footer", "aside", "noscript", "template",
            "figure", "dialog", "video", "audio", "canvas", "object");
    private static final List<String> EMPTIED = Stream.concat(Stream.of("script", "style"), NESTABLE.stream()).toList();
    private static final List<String> STEPPED_OVER = List.of("title", "textarea", "xmp", "iframe", "noembed",
            "noframes");
    /** First letters of the names above and of "plaintext": other tags are passed over at a glance. */
    private static final boolean[] NAME_STARTS = new boolean[128];
    private static final String JSON_LD = "ld+json";
    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";

    static {
        for (char c : "sStTxXiInNpPfFaAdDvVcCoO".toCharArray()) {
            NAME_STARTS[c] = true;
        }
    }

    private NonContentStripper() {
    }

    /** The page with those parts emptied, read from {@code html} itself: no copy of the page is made. */
    static Reader strip(String html) {
        KeptText kept = new KeptText(html);
        // where the next JSON-LD marker stands, found again only once passed: one scan of the page, not one per element
        int jsonLd = html.indexOf(JSON_LD);
        int i = html.indexOf('<');
        while (i >= 0) {
            if (html.startsWith(COMMENT_OPEN, i)) {
                int end = commentEnd(html, i);
                kept.skip(i, end);
                i = html.indexOf('<', end);
                continue;
            }
            if (i + 1 >= html.length() || !isNameStart(html.charAt(i + 1))) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            if (html.regionMatches(true, i, "<plaintext", 0, 10)) {
                break;
            }
            String name = startTag(html, i, EMPTIED);
            String stepped = name == null ? startTag(html, i, STEPPED_OVER) : null;
            if (name == null && stepped == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int tagEnd = tagEnd(html, i);
            if (tagEnd < 0) {
                break;
            }
            int close = closingTag(html, name != null ? name : stepped, tagEnd);
            if (jsonLd >= 0 && jsonLd < tagEnd) {
                jsonLd = html.indexOf(JSON_LD, tagEnd);
            }
            if (name != null && NESTABLE.contains(name) && !surelyClosed(html, name, tagEnd, close, jsonLd)) {
                i = html.indexOf('<', tagEnd);
                continue;
            }
            if (name != null && !isJsonLd(html, i, tagEnd)) {
                kept.skip(tagEnd, close);
            }
            if (close == html.length()) {
                break;
            }
            i = html.indexOf('<', close + 1);
        }
        return kept;
    }

    private static boolean isNameStart(char c) {
        return c < NAME_STARTS.length && NAME_STARTS[c];
    }

    /** Where a comment that opens at {@code start} ends: after "-->", or at once for the empty "<!-->" and "<!--->". */
    private static int commentEnd(String html, int start) {
        int body = start + COMMENT_OPEN.length();
        if (html.startsWith(">", body)) {
            return body + 1;
        }
        if (html.startsWith("->", body)) {
            return body + 2;
        }
        int end = html.indexOf(COMMENT_CLOSE, body);
        return end < 0 ? html.length() : end + COMMENT_CLOSE.length();
    }

    /** The name among {@code names} of the start tag at {@code at}, or null. */
    private static String startTag(String html, int at, List<String> names) {
        char first = Character.toLowerCase(html.charAt(at + 1));
        for (String name : names) {
            if (name.charAt(0) == first && html.regionMatches(true, at + 1, name, 0, name.length())
                    && endsName(html, at + 1 + name.length())) {
                return name;
            }
        }
        return null;
    }

    private static boolean endsName(String html, int at) {
        if (at >= html.length()) {
            return false;
        }
        char c = html.charAt(at);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** The index just past the {@code >} that ends the tag opening at {@code start}, quotes respected; -1 if none. */
    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Where the end tag of raw-text element {@code name} starts, searching from {@code from}; the end if none. */
    private static int closingTag(String html, String name, int from) {
        int i = html.indexOf("</", from);
        while (i >= 0) {
            if (html.regionMatches(true, i + 2, name, 0, name.length()) && endsName(html, i + 2 + name.length())) {
                return i;
            }
            i = html.indexOf("</", i + 2);
        }
        return html.length();
    }

    /** @param jsonLd where the first JSON-LD marker after {@code from} stands, or -1 */
    private static boolean surelyClosed(String html, String name, int from, int close, int jsonLd) {
        return close < html.length() && !opens(html, name, from, close) && (jsonLd < 0 || jsonLd > close);
    }

    /** Whether a start tag {@code name} stands between {@code from} and {@code to}. */
    private static boolean opens(String html, String name, int from, int to) {
        for (int i = html.indexOf('<', from); i >= 0 && i < to; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, name, 0, name.length()) && endsName(html, i + 1 + name.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJsonLd(String html, int start, int end) {
        return html.substring(start, end).toLowerCase(Locale.ROOT).contains(JSON_LD);
    }

    /** The text outside the skipped ranges, read straight from the page. */
    private static final class KeptText extends Reader {
        private final String html;
        private int[] skipped = new int[16];
        private int ranges;
        private int range;
        private int position;

        KeptText(String html) {
            this.html = html;
        }

        /** Skips {@code [from, to)}; ranges come in order and do not overlap. */
        void skip(int from, int to) {
            if (from >= to) {
                return;
            }
            if (ranges * 2 == skipped.length) {
                skipped = Arrays.copyOf(skipped, skipped.length * 2);
            }
            skipped[ranges * 2] = from;
            skipped[ranges * 2 + 1] = to;
            ranges++;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            while (range < ranges && position >= skipped[range * 2]) {
                position = Math.max(position, skipped[range * 2 + 1]);
                range++;
            }
            if (position >= html.length()) {
                return -1;
            }
            int end = Math.min(range < ranges ? skipped[range * 2] : html.length(), position + length);
            html.getChars(position, end, buffer, offset);
            int read = end - position;
            position = end;
            return read;
        }

        @Override
        public void close() {
            // nothing to release: the text is the caller's string
        }
    }
}
