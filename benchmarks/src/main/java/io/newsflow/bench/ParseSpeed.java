package io.newsflow.bench;

import io.newsflow.bench.BenchmarkPages.Page;
import io.newsflow.parser.ArticleParser;
import io.newsflow.parser.PageGuard;
import io.newsflow.parser.language.LanguageDetector;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Full parsing next to Jsoup parsing alone, each in JVMs of its own, forked in alternation as JMH does. In one
 * JVM the two sides share the JIT's compiled Jsoup code, and how C2 happened to compile the tokeniser for the mix
 * of both swung Jsoup's rate between about 700 and 1 100 pages/s from run to run; alone, Jsoup runs at one speed.
 * Alternating forks keep the machine's drifting speed (other tenants, CPU frequency) from favouring either side.
 */
final class ParseSpeed {
    private static final String RESULT = "RATE ";
    private static final int WARM_UP_PASSES = 2;

    /**
     * @param forkRatios full-parse rate over Jsoup-only rate for each pair of forks
     */
    record Rates(double jsoupPagesPerSecond, double jsoupMbPerSecond, double fullPagesPerSecond,
                 double fullMbPerSecond, List<Double> forkRatios) {
        double ratio() {
            return Median.of(forkRatios);
        }
    }

    private ParseSpeed() {
    }

    /** Forks {@code forks} pairs of JVMs, each timing {@code passes} passes over the dataset after a warm-up. */
    static Rates measure(Path dataset, int forks, int passes) throws IOException, InterruptedException {
        double[] jsoup = new double[2];
        double[] full = new double[2];
        List<Double> ratios = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            double[] j;
            double[] f;
            if (fork % 2 == 0) {
                j = fork(dataset, "jsoup", passes);
                f = fork(dataset, "full", passes);
            } else {
                f = fork(dataset, "full", passes);
                j = fork(dataset, "jsoup", passes);
            }
            System.out.printf("  fork pair %d: Jsoup alone %6.1f pages/s, full parse %6.1f pages/s, ratio %.2f%n",
                    fork + 1, j[0], f[0], f[0] / j[0]);
            ratios.add(f[0] / j[0]);
            for (int i = 0; i < 2; i++) {
                jsoup[i] += j[i] / forks;
                full[i] += f[i] / forks;
            }
        }
        return new Rates(jsoup[0], jsoup[1], full[0], full[1], ratios);
    }

    private static double[] fork(Path dataset, String side, int passes) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ParseSpeed.class.getName(), dataset.toAbsolutePath().toString(), side, String.valueOf(passes))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IOException("the " + side + " speed fork failed (exit " + process.exitValue() + ")"
                    + " on the classpath " + System.getProperty("java.class.path").split(File.pathSeparator).length
                    + " entries long");
        }
        String[] figures = result.split(" ");
        return new double[] {Double.parseDouble(figures[0]), Double.parseDouble(figures[1])};
    }

    /** A fork: {@code DATASET jsoup|full PASSES}; prints "RATE pages/s MB/s". */
    public static void main(String[] args) throws Exception {
        List<Page> pages = BenchmarkPages.load(Path.of(args[0]));
        boolean full = args[1].equals("full");
        int passes = Integer.parseInt(args[2]);
        ArticleParser parser = full ? new ArticleParser(LanguageDetector.of(LanguageDetector.DEFAULT_LANGUAGES, false),
                new PageGuard(50_000_000), Clock.systemUTC()) : null;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            run(pages, parser);
        }
        long bytes = pages.stream().mapToLong(p -> p.html().getBytes(StandardCharsets.UTF_8).length).sum();
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            run(pages, parser);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(RESULT + pages.size() * passes / seconds + " " + bytes * passes / 1e6 / seconds);
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
