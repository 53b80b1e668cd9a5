package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.Statement;
import io.newsflow.parser.statements.StatementExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./newsflow bench statements [DEVSET]}: statement detection against hand labels. A found statement
 * matches a labelled one when their words overlap by at least {@value #MIN_OVERLAP} of the longer (the loose
 * overlap GenderGapTracker reports at); each label matches at most once, the closest pairs first. Prints
 * precision, recall, F1, the share of matches with the right speaker, and every miss and false positive.
 */
public final class StatementBenchmark {
    static final double MIN_OVERLAP = 0.3;

    private record Label(String speaker, String kind, String text) {
    }

    public static void main(String[] args) throws IOException {
        Path devset = Path.of(args.length > 0 ? args[0] : "statements-devset");
        StatementExtractor extractor = new StatementExtractor();
        ObjectMapper json = new ObjectMapper();
        int labels = 0;
        int found = 0;
        int matched = 0;
        int rightSpeaker = 0;
        List<String> report = new ArrayList<>();
        try (Stream<Path> files = Files.list(devset)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode article = json.readTree(file.toFile());
                List<String> paragraphs = new ArrayList<>();
                article.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
                List<Label> gold = new ArrayList<>();
                article.path("statements").forEach(s -> gold.add(new Label(
                        s.path("speaker").isNull() ? null : s.path("speaker").asText(), s.path("kind").asText(),
                        s.path("text").asText())));
                List<Statement> predicted = extractor.extract(paragraphs, article.path("language").asText());
                labels += gold.size();
                found += predicted.size();
                int[] labelOf = match(predicted, gold);
                Set<Integer> used = new HashSet<>();
                for (int k = 0; k < predicted.size(); k++) {
                    Statement p = predicted.get(k);
                    int best = labelOf[k];
                    if (best < 0) {
                        report.add("  false positive  " + file.getFileName() + ": [" + p.speaker().name() + "] " + p.text());
                        continue;
                    }
                    used.add(best);
                    matched++;
                    if (sameSpeaker(gold.get(best).speaker(), p.speaker().name())) {
                        rightSpeaker++;
                    } else {
                        report.add("  wrong speaker   " + file.getFileName() + ": [" + p.speaker().name() + " ≠ "
                                + gold.get(best).speaker() + "] " + p.text());
                    }
                }
                for (int i = 0; i < gold.size(); i++) {
                    if (!used.contains(i)) {
                        report.add("  missed          " + file.getFileName() + ": [" + gold.get(i).speaker() + "] "
                                + gold.get(i).text());
                    }
                }
            }
        }
        double precision = found == 0 ? 0 : (double) matched / found;
        double recall = labels == 0 ? 0 : (double) matched / labels;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("%nStatements: %d labelled, %d found, %d matched (overlap >= %.1f)%n", labels, found,
                matched, MIN_OVERLAP);
        System.out.printf("  precision %.3f  recall %.3f  F1 %.3f  speaker attribution %.3f%n", precision, recall,
                f1, matched == 0 ? 0 : (double) rightSpeaker / matched);
        report.forEach(System.out::println);
    }

    /**
     * Pairs each found statement with a label, the closest pairs first, each label at most once, so that a false
     * statement that happens to share words with a label cannot take it from the statement that matches it best.
     * The label index of each found statement, or -1.
     */
    private static int[] match(List<Statement> predicted, List<Label> gold) {
        List<double[]> pairs = new ArrayList<>();
        for (int k = 0; k < predicted.size(); k++) {
            for (int i = 0; i < gold.size(); i++) {
                double overlap = overlap(predicted.get(k).text(), gold.get(i).text());
                if (overlap >= MIN_OVERLAP) {
                    pairs.add(new double[] {overlap, k, i});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] labelOf = new int[predicted.size()];
        Arrays.fill(labelOf, -1);
        Set<Integer> taken = new HashSet<>();
        for (double[] pair : pairs) {
            int k = (int) pair[1];
            int i = (int) pair[2];
            if (labelOf[k] < 0 && taken.add(i)) {
                labelOf[k] = i;
            }
        }
        return labelOf;
    }

    static double overlap(String a, String b) {
        List<String> wordsA = ShingleScore.tokens(a.toLowerCase(Locale.ROOT));
        List<String> wordsB = ShingleScore.tokens(b.toLowerCase(Locale.ROOT));
        Set<String> shared = new HashSet<>(wordsA);
        shared.retainAll(new HashSet<>(wordsB));
        int longer = Math.max(new HashSet<>(wordsA).size(), new HashSet<>(wordsB).size());
        return longer == 0 ? 0 : (double) shared.size() / longer;
    }

    private static boolean sameSpeaker(String gold, String predicted) {
        return gold == null ? predicted == null
                : predicted != null && Objects.equals(gold.toLowerCase(Locale.ROOT), predicted.toLowerCase(Locale.ROOT));
    }
}
