package io.newsflow.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The parser's version, stamped on every article so that a newer parse can win over an older one. */
public final class ParserVersion {
    public static final String CURRENT = load();

    private ParserVersion() {
    }

    private static String load() {
        try (InputStream in = ParserVersion.class.getResourceAsStream("/newsflow-parser.properties")) {
            if (in == null) {
                throw new IllegalStateException("newsflow-parser.properties missing from the classpath");
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
