package io.newsflow.indexer.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The naming of the indices behind an alias: {@code <alias>-v<N>}, N counting reindexes from 1. */
public final class VersionedIndex {
    private VersionedIndex() {
    }

    public static String name(String alias, int version) {
        return alias + "-v" + version;
    }

    /** The version of an index behind the alias; 0 for an index named otherwise (e.g. created by hand). */
    public static int version(String alias, String index) {
        Matcher matcher = Pattern.compile(Pattern.quote(alias) + "-v(\\d{1,6})").matcher(index);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
