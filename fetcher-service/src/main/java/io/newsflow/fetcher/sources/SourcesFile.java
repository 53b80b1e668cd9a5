package io.newsflow.fetcher.sources;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.fetcher.fetch.UrlNormaliser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates the YAML sources file; every problem is reported with the source and seed it is in. */
public final class SourcesFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Document(List<Source> sources) {
    }

    private SourcesFile() {
    }

    /** @throws IllegalArgumentException naming the file and what is wrong in it */
    public static List<Source> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("sources file " + file + " is missing or unreadable");
        }
        Document doc;
        try {
            doc = YAML.readValue(file.toFile(), Document.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("sources file " + file + " is not valid: " + e.getMessage(), e);
        }
        List<Source> sources = doc == null || doc.sources() == null ? List.of() : doc.sources();
        for (int i = 0; i < sources.size(); i++) {
            validate(file + ": sources[" + i + "]", sources.get(i));
        }
        if (sources.stream().map(Source::name).distinct().count() < sources.size()) {
            throw new IllegalArgumentException("sources file " + file + " names a source twice");
        }
        return sources;
    }

    /** @throws IllegalArgumentException starting with {@code where}, saying what is wrong with the source */
    public static void validate(String where, Source source) {
        if (source.name() == null || source.name().isBlank()) {
            throw new IllegalArgumentException(where + " has no name");
        }
        try {
            source.repollInterval(Duration.ofMinutes(1));
            source.recrawlInterval();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < source.seeds().size(); i++) {
            Seed seed = source.seeds().get(i);
            String at = where + ".seeds[" + i + "]";
            if (!Seed.KINDS.contains(seed.kind())) {
                throw new IllegalArgumentException(at + ": kind must be url, listing, feed or sitemap, not " + seed.kind());
            }
            try {
                UrlNormaliser.normalise(seed.url());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
            for (String regex : concat(seed.allow(), seed.deny())) {
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(at + ": bad pattern " + regex + ": " + e.getDescription(), e);
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
