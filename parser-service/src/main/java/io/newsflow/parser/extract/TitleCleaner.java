package io.newsflow.parser.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the headline from the page's title candidates and strips the site name that {@code <title>} and
 * og:title often carry ("Headline | Site", "Site - Headline").
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»/]\\s+|\\s+::\\s+");

    private TitleCleaner() {
    }

    /**
     * The visible h1 when the page's metadata titles confirm it, else the first metadata title without the site
     * name, else the h1.
     *
     * @param h1     text of the first h1, or null
     * @param others og:title, JSON-LD headline, twitter:title and {@code <title>}, in that order; nulls allowed
     */
    static String clean(String h1, List<String> others, String siteName) {
        String heading = h1 == null ? "" : TextNormaliser.clean(h1);
        String first = null;
        for (String other : others) {
            String title = other == null ? "" : TextNormaliser.clean(other);
            if (!heading.isEmpty() && contains(title, heading)) {
                return heading;
            }
            if (first == null && !title.isEmpty()) {
                first = title;
            }
        }
        if (first != null) {
            return stripSiteName(first, siteName);
        }
        return heading.isEmpty() ? null : heading;
    }

    private static String stripSiteName(String title, String siteName) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (String part : parts) {
            if (siteName != null && part.equalsIgnoreCase(siteName)) {
                continue;
            }
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest.split(" ").length >= 3 ? longest : title;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
