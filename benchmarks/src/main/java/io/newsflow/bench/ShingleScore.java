package io.newsflow.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's scoring of one page: both texts become word tokens (runs of letters,
 * digits and underscore), then multisets of 4-word shingles; shared shingles are true positives.
 */
public record ShingleScore(double truePositives, double falsePositives, double falseNegatives, boolean exact) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    public static ShingleScore of(String gold, String predicted) {
        List<String> goldTokens = tokens(gold);
        List<String> predictedTokens = tokens(predicted);
        Map<String, Integer> goldShingles = shingles(goldTokens);
        Map<String, Integer> predictedShingles = shingles(predictedTokens);
        long tp = 0;
        for (Map.Entry<String, Integer> e : predictedShingles.entrySet()) {
            tp += Math.min(e.getValue(), goldShingles.getOrDefault(e.getKey(), 0));
        }
        long fp = count(predictedShingles) - tp;
        long fn = count(goldShingles) - tp;
        double total = tp + fp + fn;
        boolean exact = goldTokens.equals(predictedTokens);
        return total == 0 ? new ShingleScore(0, 0, 0, exact) : new ShingleScore(tp / total, fp / total, fn / total, exact);
    }

    /** Null when nothing was predicted: the benchmark averages precision only over pages with a prediction. */
    public Double precision() {
        if (truePositives + falsePositives == 0) {
            return falseNegatives == 0 ? 1.0 : null;
        }
        return truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        if (truePositives + falseNegatives == 0) {
            return 1.0;
        }
        return truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        Double p = precision();
        double r = recall();
        return p == null || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < N) {
            shingles.put(String.join(" ", tokens), 1);
            return shingles;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            shingles.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return shingles;
    }

    private static long count(Map<String, Integer> multiset) {
        long n = 0;
        for (int c : multiset.values()) {
            n += c;
        }
        return n;
    }
}
