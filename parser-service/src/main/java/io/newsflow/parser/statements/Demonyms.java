package io.newsflow.parser.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** Nationality adjectives and the country they name: "Azerbaijani" gives the affiliation "Azerbaijan". */
final class Demonyms {
    private static final Properties MAP = load();

    private Demonyms() {
    }

    /** The country for the adjective, or null. */
    static String country(String word) {
        return MAP.getProperty(word.toLowerCase(Locale.ROOT));
    }

    private static Properties load() {
        try (InputStream in = Demonyms.class.getResourceAsStream("/statements/demonyms.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
