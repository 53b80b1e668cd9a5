package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The pages of an article-extraction benchmark folder ({@code ground-truth.json} and {@code html/<id>.html.gz}). */
final class BenchmarkPages {
    record Page(String id, String url, String html, String gold) {
        RawPage raw() {
            return new RawPage(ArticleIds.fromUrl(url), url, url, 200, "text/html", "UTF-8", Instant.EPOCH, "bench",
                    false, html);
        }
    }

    private BenchmarkPages() {
    }

    static List<Page> load(Path dataset) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dataset.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path file = dataset.resolve("html").resolve(entry.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                pages.add(new Page(entry.getKey(), entry.getValue().path("url").asText(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        entry.getValue().path("articleBody").asText()));
            }
        }
        return pages;
    }

    static Path dataset(String[] args) {
        return Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0]
                : "../shared/datasets/article-extraction-benchmark");
    }

    static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
