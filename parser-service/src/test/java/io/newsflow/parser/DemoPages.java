package io.newsflow.parser;

import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.RawPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The bundled demo site's pages and the seed article's text, read from the repository. */
public final class DemoPages {
    public static final Path SITE = Path.of("..", "demo-site");
    public static final String SEED_PAGE = "en/politics/azerbaijani-russian-fms-give-joint-press-conference-in-baku.html";

    private DemoPages() {
    }

    public static RawPage page(String path) {
        return raw("http://demo.test/" + path, read(SITE.resolve(path)));
    }

    public static RawPage raw(String url, String html) {
        return new RawPage(ArticleIds.fromUrl(url), url, url, 200, "text/html", "UTF-8", Instant.EPOCH, "test",
                false, html);
    }

    /** The seed article as published: title, then the body's paragraphs, then the site's trailer. */
    public static List<String> seedLines() {
        return Arrays.stream(read(Path.of("..", "testdata", "seed-article.txt")).split("\n"))
                .filter(line -> !line.isBlank()).toList();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
