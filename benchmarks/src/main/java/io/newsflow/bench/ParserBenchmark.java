package io.newsflow.bench;

import io.newsflow.bench.BenchmarkPages.Page;
import io.newsflow.contracts.Article;
import io.newsflow.parser.ArticleParser;
import io.newsflow.parser.PageGuard;
import io.newsflow.parser.language.LanguageDetector;
import io.newsflow.parser.statements.StatementExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ./newsflow bench parser [DATASET] [--pairs N] [--rounds N] [--memory PAGES]}: scores the parser's article
 * bodies against the article-extraction benchmark's ground truth (precision, recall, F1, accuracy, the ten worst
 * pages) and measures parsing speed next to Jsoup parsing alone on the same pages ({@link ParseSpeed}).
 */
public final class ParserBenchmark {
    private record Scored(Page page, ShingleScore score) {
    }

    public static void main(String[] args) throws Exception {
        int pairs = BenchmarkPages.option(args, "--pairs", 3);
        int rounds = BenchmarkPages.option(args, "--rounds", 8);
        int memoryPages = BenchmarkPages.option(args, "--memory", 0);
        Path dataset = BenchmarkPages.dataset(args);
        List<Page> pages = BenchmarkPages.load(dataset);
        ArticleParser parser = new ArticleParser(LanguageDetector.of(LanguageDetector.DEFAULT_LANGUAGES, false),
                new PageGuard(50_000_000), Clock.systemUTC());
        if (memoryPages > 0) {
            memory(parser, pages, memoryPages);
            return;
        }
        quality(parser, pages);
        if (pairs > 0) {
            speed(dataset, parser, pages, pairs, rounds);
        }
    }

    /**
     * Parses {@code count} pages (the dataset over and over, each time under new URLs of new sites, so that the
     * per-site memory fills and must forget) and prints the heap after a full GC ten times along the way: a
     * steady figure means no growth with the number of pages.
     */
    private static void memory(ArticleParser parser, List<Page> pages, int count) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%nHeap after GC while parsing %d pages:%n", count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Page page = pages.get(i % pages.size());
            String url = "https://site-" + (i % 5000) + ".example/" + i + "/" + page.id();
            parse(parser, new Page(page.id(), url, page.html(), page.gold()));
            if ((i + 1) % (count / 10) == 0) {
                System.gc();
                System.out.printf("  %,8d pages  %5d MB  (%.0f pages/s)%n", i + 1,
                        (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000, (i + 1) / ((System.nanoTime() - start) / 1e9));
            }
        }
    }

    private static void quality(ArticleParser parser, List<Page> pages) {
        List<Scored> scored = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Page page : pages) {
            String predicted;
            try {
                predicted = parser.parse(page.raw()).text();
            } catch (Exception e) {
                predicted = "";
                failures.add(page.id().substring(0, 12) + "  " + e);
            }
            scored.add(new Scored(page, ShingleScore.of(page.gold(), predicted)));
        }
        double precision = scored.stream().map(s -> s.score().precision()).filter(p -> p != null)
                .mapToDouble(Double::doubleValue).average().orElse(0);
        double recall = scored.stream().mapToDouble(s -> s.score().recall()).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = scored.stream().filter(s -> s.score().exact()).count() / (double) scored.size();
        System.out.printf("%nMain text on %d pages: precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f%n",
                scored.size(), precision, recall, f1, accuracy);
        // a page that throws scores 0 like a page read badly, but is a bug: name it
        System.out.printf("Pages that failed to parse: %d%n", failures.size());
        failures.forEach(failure -> System.out.println("  " + failure));
        System.out.println("Ten worst pages (F1, precision, recall, id, url):");
        scored.stream().sorted(Comparator.comparingDouble(s -> s.score().f1())).limit(10).forEach(s ->
                System.out.printf("  %.3f  %s  %.3f  %s  %s%n", s.score().f1(),
                        s.score().precision() == null ? "  -  " : String.format("%.3f", s.score().precision()),
                        s.score().recall(), s.page().id().substring(0, 12), s.page().url()));
    }

    private static void speed(Path dataset, ArticleParser parser, List<Page> pages, int pairs, int rounds)
            throws Exception {
        long bytes = pages.stream().mapToLong(p -> p.html().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%nSpeed: %d pairs of JVMs (Jsoup alone, full parse) taking turns, %d rounds of one pass over"
                + " %d pages (%.1f MB) each:%n", pairs, rounds, pages.size(), bytes / 1e6);
        ParseSpeed.Rates rates = ParseSpeed.measure(dataset, pairs, rounds);
        System.out.printf("  Jsoup parse only : %7.1f pages/s  %6.2f MB/s%n", rates.jsoupPagesPerSecond(),
                rates.jsoupMbPerSecond());
        System.out.printf("  full parse       : %7.1f pages/s  %6.2f MB/s%n", rates.fullPagesPerSecond(),
                rates.fullMbPerSecond());
        System.out.printf("  ratio full/Jsoup : %.2f, the median round's (quartiles %s; target >= 0.5)%n",
                rates.ratio(), quartiles(rates.roundRatios()));
        statementsShare(parser, pages);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("  heap after GC    : %d MB%n", (rt.totalMemory() - rt.freeMemory()) / 1_000_000);
    }

    private static String quartiles(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format("%.2f–%.2f", sorted.get(sorted.size() / 4), sorted.get(sorted.size() * 3 / 4));
    }

    /** Statement extraction timed on its own over the same articles, as a share of full parsing in this JVM. */
    private static void statementsShare(ArticleParser parser, List<Page> pages) {
        List<Article> articles = new ArrayList<>();
        long fullNanos = 0;
        for (int pass = 0; pass < 3; pass++) {
            articles.clear();
            long start = System.nanoTime();
            for (Page page : pages) {
                try {
                    articles.add(parser.parse(page.raw()));
                } catch (Exception ignored) {
                    // pages that do not parse have no statements to time
                }
            }
            fullNanos = System.nanoTime() - start;
        }
        StatementExtractor extractor = new StatementExtractor();
        long start = System.nanoTime();
        int found = 0;
        for (Article article : articles) {
            found += extractor.extract(article.paragraphs(), article.language()).size();
        }
        long nanos = System.nanoTime() - start;
        System.out.printf("  statements alone : %.1f%% of full parsing time (%d statements; target <= 50%%)%n",
                100.0 * nanos / fullNanos, found);
    }

    private static void parse(ArticleParser parser, Page page) {
        try {
            parser.parse(page.raw());
        } catch (Exception ignored) {
            // counted in the quality pass; speed covers failures too
        }
    }
}
