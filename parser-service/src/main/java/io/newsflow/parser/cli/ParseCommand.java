package io.newsflow.parser.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.Article;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.ContractJson;
import io.newsflow.contracts.RawPage;
import io.newsflow.parser.ArticleParser;
import io.newsflow.parser.PageGuard;
import io.newsflow.parser.language.LanguageDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code newsflow parse [--url URL] FILE_OR_DIR...}: prints one article per HTML file as JSON Lines, in input
 * order, without Kafka or Elasticsearch. A file that cannot be parsed prints {@code {"source", "error"}} and the
 * command goes on; the exit code is 1 when any file failed.
 */
public final class ParseCommand {
    private static final int MAX_PAGE_CHARS = 10_000_000;

    private final ArticleParser parser;
    private final ObjectMapper mapper = ContractJson.newMapper();
    private final PrintStream out;

    ParseCommand(ArticleParser parser, PrintStream out) {
        this.parser = parser;
        this.out = out;
    }

    public static void main(String[] args) {
        List<String> sources = new ArrayList<>();
        String url = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url") && i + 1 < args.length) {
                url = args[++i];
            } else if (args[i].startsWith("-")) {
                usage("unknown option " + args[i]);
            } else {
                sources.add(args[i]);
            }
        }
        if (sources.isEmpty()) {
            usage("no input files");
        }
        ArticleParser parser = new ArticleParser(LanguageDetector.of(LanguageDetector.DEFAULT_LANGUAGES, false),
                new PageGuard(MAX_PAGE_CHARS), Clock.systemUTC());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        boolean ok = new ParseCommand(parser, out).run(sources, url);
        out.flush();
        System.exit(ok ? 0 : 1);
    }

    private static void usage(String problem) {
        System.err.println("parse: " + problem);
        System.err.println("usage: newsflow parse [--url URL] FILE_OR_DIR...");
        System.exit(2);
    }

    /** Parses every file given or found under the directories given; true when all parsed. */
    boolean run(List<String> sources, String url) {
        boolean ok = true;
        for (String source : sources) {
            for (Path file : files(Path.of(source))) {
                String label = Files.isDirectory(Path.of(source)) ? file.toString() : source;
                ok &= print(label, file, url);
            }
        }
        return ok;
    }

    private boolean print(String label, Path file, String url) {
        ObjectNode line = mapper.createObjectNode().put("source", label);
        boolean ok = true;
        try {
            String pageUrl = url != null ? url : file.toUri().toString();
            RawPage page = new RawPage(ArticleIds.fromUrl(pageUrl), pageUrl, pageUrl, 200, null, null,
                    Instant.now(), "cli", false, PageFiles.read(file));
            Article article = parser.parse(page);
            line.setAll((ObjectNode) mapper.valueToTree(article));
        } catch (Exception e) {
            line.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            ok = false;
        }
        try {
            out.println(mapper.writeValueAsString(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ok;
    }

    private static List<Path> files(Path source) {
        if (!Files.isDirectory(source)) {
            return List.of(source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile).filter(p -> PageFiles.isPage(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
