package io.newsflow.parser.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The word lists of statement extraction: UTF-8 properties files under {@code /statements/}, lists comma-separated. */
final class WordLists {
    private WordLists() {
    }

    /** The file {@code /statements/<name>.properties}, or null when there is none. */
    static Properties load(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream("/statements/" + name + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comma-separated entries under {@code key}, trimmed; empty when the key is absent. */
    static List<String> list(Properties p, String key) {
        return Arrays.stream(p.getProperty(key, "").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
