package io.newsflow.parser.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the language of text with Lingua, over a configured set of languages. Only the text decides: a page's
 * {@code <html lang>} is too often a site-wide default to be trusted.
 */
public final class LanguageDetector {
    /** The languages detected when none are configured: those of the sites Newsflow is built for, and their neighbours. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en", "ru", "az", "tr", "uk", "de", "fr", "es",
            "it", "pt", "pl", "nl", "id", "ar", "fa", "ka", "hy", "kk", "zh", "ja", "ko");
    /**
     * Lingua's cost grows with the text (every n-gram is looked up in every candidate language's model), so a
     * text is judged on a short sample first and on longer ones only while the runner-up stays close: sixty
     * characters of running prose settle most paragraphs (measured on 449 long news paragraphs: 84 % settled,
     * none differently from a 400-character sample); names, numbers and loanwords call for more. Lingua's
     * low-accuracy mode is documented as nearly as accurate as its high-accuracy one from 120 characters on.
     */
    private static final int[] SAMPLE_CHARS = {60, 120, 360};
    /** The confidence that settles the language at each sample length; the last sample always decides. */
    private static final double[] SETTLED = {1.0, 0.5, 0};
    /** The runner-up's shortfall in Lingua's relative score that counts as certain. */
    private static final double CERTAIN_LEAD = 0.1;
    /** Foreign lines at a body's edges are short; one sample of this length judges them. */
    private static final int LINE_SAMPLE_CHARS = 120;
    private static final int MIN_LETTERS = 12;
    /** Relative confidence (the best language is 1) below which the expected language is ruled out. */
    private static final double MAX_FOREIGN_EXPECTED_CONFIDENCE = 0.75;

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;

    private LanguageDetector(com.github.pemistahl.lingua.api.LanguageDetector detector) {
        this.detector = detector;
    }

    /**
     * @param isoCodes     ISO 639-1 codes of the languages to tell apart (at least two)
     * @param highAccuracy Lingua's high-accuracy mode: better on short text, but the models take far more memory
     * @throws IllegalArgumentException naming the code Lingua does not know
     */
    public static LanguageDetector of(List<String> isoCodes, boolean highAccuracy) {
        if (isoCodes.size() < 2) {
            throw new IllegalArgumentException("language detection needs at least two languages, got " + isoCodes);
        }
        Language[] languages = isoCodes.stream().map(LanguageDetector::language).toArray(Language[]::new);
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages);
        return new LanguageDetector((highAccuracy ? builder : builder.withLowAccuracyMode()).build());
    }

    private static Language language(String code) {
        try {
            return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown language code '" + code + "' (expected ISO 639-1, e.g. en)", e);
        }
    }

    /**
     * The language of a body, judged on its longest paragraph: datelines, bylines and captions are short, so the
     * longest paragraph is the surest sample of the article's own prose.
     */
    public Detection detectBody(List<String> paragraphs) {
        String longest = "";
        for (String paragraph : paragraphs) {
            if (paragraph.length() > longest.length()) {
                longest = paragraph;
            }
        }
        return detect(longest);
    }

    /** The most likely language of the text, or {@link Detection#UNKNOWN} when there is too little to tell. */
    public Detection detect(String text) {
        if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Detection.UNKNOWN;
        }
        Detection detection = Detection.UNKNOWN;
        for (int step = 0; step < SAMPLE_CHARS.length; step++) {
            String sample = sample(text, SAMPLE_CHARS[step]);
            detection = detectSample(sample);
            if (detection.confidence() >= SETTLED[step] || sample.length() == text.length()) {
                break;
            }
        }
        return detection;
    }

    /**
     * Lingua rates the best language 1 and every other by its log-likelihood relative to the best; the
     * runner-up's shortfall is the lead. A lead of {@value #CERTAIN_LEAD} or more counts as certain (the median
     * lead on a clean paragraph of news is about twice that); misdetections we measured had leads under 0.02.
     */
    private Detection detectSample(String sample) {
        SortedMap<Language, Double> relative = detector.computeLanguageConfidenceValues(sample);
        Language best = null;
        double bestValue = 0;
        double runnerUp = 0;
        for (Map.Entry<Language, Double> entry : relative.entrySet()) {
            if (entry.getValue() > bestValue) {
                runnerUp = bestValue;
                best = entry.getKey();
                bestValue = entry.getValue();
            } else if (entry.getValue() > runnerUp) {
                runnerUp = entry.getValue();
            }
        }
        if (best == null || best == Language.UNKNOWN) {
            return Detection.UNKNOWN;
        }
        double confidence = Math.min(1, (bestValue - runnerUp) / CERTAIN_LEAD);
        return new Detection(best.getIsoCode639_1().name().toLowerCase(Locale.ROOT), confidence);
    }

    /**
     * The language of a short text when it is clearly not {@code expected}, else null. Short texts full of names
     * ("Colombia had lost to Belgium") fool a detector's first choice, but leave the expected language close
     * behind it; a real foreign line leaves it far behind.
     */
    public String foreignLanguage(String text, String expected) {
        if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return null;
        }
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(sample(text, LINE_SAMPLE_CHARS));
        Language best = null;
        double bestConfidence = 0;
        double expectedConfidence = 0;
        for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
            String code = entry.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
            if (code.equals(expected)) {
                expectedConfidence = entry.getValue();
            }
            if (entry.getValue() > bestConfidence) {
                best = entry.getKey();
                bestConfidence = entry.getValue();
            }
        }
        if (best == null || best == Language.UNKNOWN || expectedConfidence > MAX_FOREIGN_EXPECTED_CONFIDENCE) {
            return null;
        }
        String code = best.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        return code.equals(expected) ? null : code;
    }

    /** The first {@code chars} characters or so, cut at a word boundary. */
    private static String sample(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int end = text.indexOf(' ', chars);
        return end < 0 || end > chars * 2 ? text.substring(0, chars) : text.substring(0, end);
    }

    /**
     * @param language   ISO 639-1 code, or null when unknown
     * @param confidence 0 to 1: the language's lead over the runner-up, 1 when it leads by a tenth of the
     *                   log-likelihood or more (usual for a clean paragraph), near 0 when two languages tie
     */
    public record Detection(String language, double confidence) {
        public static final Detection UNKNOWN = new Detection(null, 0);
    }
}
