package io.newsflow.bench;

import io.newsflow.bench.BenchmarkPages.Page;
import io.newsflow.parser.ArticleParser;
import io.newsflow.parser.PageGuard;
import io.newsflow.parser.language.LanguageDetector;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Full parsing next to Jsoup parsing alone, each in a JVM of its own: in one JVM the two sides share the JIT's
 * compiled Jsoup code. The two JVMs of a pair stay up side by side and take turns, one pass over the pages each
 * per round, in alternating order: the two passes of a round lie within a second or two, so the machine's
 * drifting speed (other tenants, CPU frequency: ±25 % from one pass to the next here, even with the JIT settled)
 * bears on both alike. How C2 compiles Jsoup's tokeniser differs from JVM to JVM (the same passes ran at 500 or at
 * 1 000 pages/s), so several pairs are started, and the ratio is the median of all their rounds.
 */
final class ParseSpeed {
    private static final String RESULT = "RATE ";
    private static final String PASS = "pass";
    /**
     * The full parse has far more code for the JIT to compile than Jsoup alone: run on its own, its passes climb
     * from ~60 to ~200 pages/s over the first four and settle near 300 from the sixth on, while Jsoup alone settles
     * by the fourth. Fewer warm-up passes (two, before) measured the full parse while it was still being compiled.
     */
    private static final int WARM_UP_PASSES = 6;

    /**
     * @param roundRatios full-parse rate over Jsoup-only rate in each round
     */
    record Rates(double jsoupPagesPerSecond, double jsoupMbPerSecond, double fullPagesPerSecond,
                 double fullMbPerSecond, List<Double> roundRatios) {
        double ratio() {
            return Median.of(roundRatios);
        }
    }

    private ParseSpeed() {
    }

    /**
     * Times {@code rounds} rounds of one pass per side over the dataset in each of {@code pairs} pairs of JVMs,
     * after a warm-up; the rates are the medians of all passes.
     */
    static Rates measure(Path dataset, int pairs, int rounds) throws IOException, InterruptedException {
        List<double[]> jsoupRates = new ArrayList<>();
        List<double[]> fullRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            int first = ratios.size();
            try (Side jsoup = new Side(dataset, "jsoup"); Side full = new Side(dataset, "full")) {
                for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                    jsoup.pass();
                    full.pass();
                }
                for (int round = 0; round < rounds; round++) {
                    double[] j;
                    double[] f;
                    if (round % 2 == 0) {
                        j = jsoup.pass();
                        f = full.pass();
                    } else {
                        f = full.pass();
                        j = jsoup.pass();
                    }
                    jsoupRates.add(j);
                    fullRates.add(f);
                    ratios.add(f[0] / j[0]);
                }
            }
            System.out.printf("  pair %d: Jsoup alone %6.1f pages/s, full parse %6.1f pages/s, ratio %.2f (medians)%n",
                    pair + 1, median(jsoupRates.subList(first, ratios.size()), 0),
                    median(fullRates.subList(first, ratios.size()), 0), Median.of(ratios.subList(first, ratios.size())));
        }
        return new Rates(median(jsoupRates, 0), median(jsoupRates, 1), median(fullRates, 0), median(fullRates, 1),
                ratios);
    }

    private static double median(List<double[]> rates, int figure) {
        return Median.of(rates.stream().map(r -> r[figure]).toList());
    }

    /** One side's JVM, which parses a pass over the pages whenever asked and answers with its rates. */
    private static final class Side implements AutoCloseable {
        private final String name;
        private final Process process;
        private final BufferedWriter commands;
        private final BufferedReader results;

        Side(Path dataset, String name) throws IOException {
            this.name = name;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ParseSpeed.class.getName(), dataset.toAbsolutePath().toString(), name)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            results = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** {pages/s, MB/s} of one pass. */
        double[] pass() throws IOException {
            commands.write(PASS);
            commands.newLine();
            commands.flush();
            for (String line = results.readLine(); line != null; line = results.readLine()) {
                if (line.startsWith(RESULT)) {
                    String[] figures = line.substring(RESULT.length()).split(" ");
                    return new double[] {Double.parseDouble(figures[0]), Double.parseDouble(figures[1])};
                }
            }
            throw new IOException("the " + name + " speed JVM ended without a result");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    /** A side: {@code DATASET jsoup|full}; parses one pass per "pass" line read, printing "RATE pages/s MB/s". */
    public static void main(String[] args) throws Exception {
        List<Page> pages = BenchmarkPages.load(Path.of(args[0]));
        ArticleParser parser = args[1].equals("full")
                ? new ArticleParser(LanguageDetector.of(LanguageDetector.DEFAULT_LANGUAGES, false),
                        new PageGuard(50_000_000), Clock.systemUTC())
                : null;
        long bytes = pages.stream().mapToLong(p -> p.html().getBytes(StandardCharsets.UTF_8).length).sum();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); PASS.equals(line); line = commands.readLine()) {
            long start = System.nanoTime();
            run(pages, parser);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(RESULT + pages.size() / seconds + " " + bytes / 1e6 / seconds);
            System.out.flush();
        }
    }

    private static void run(List<Page> pages, ArticleParser parser) {
        for (Page page : pages) {
            if (parser == null) {
                Jsoup.parse(page.html(), page.url());
                continue;
            }
            try {
                parser.parse(page.raw());
            } catch (Exception counted) {
                // a page that fails costs its time too
            }
        }
    }
}
