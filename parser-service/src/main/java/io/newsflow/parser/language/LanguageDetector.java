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
     * Lingua's cost grows with the text; a couple of hundred characters of running prose decide the language as
     * well as the whole article does, at a fraction of the cost (its low-accuracy mode is made for 120 and up).
     */
    private static final int SAMPLE_CHARS = 200;
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
        String sample = sample(text);
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Detection.UNKNOWN;
        }
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(sample);
        Language best = null;
        double confidence = 0;
        for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
            if (entry.getValue() > confidence) {
                best = entry.getKey();
                confidence = entry.getValue();
            }
        }
        if (best == null || best == Language.UNKNOWN) {
            return Detection.UNKNOWN;
        }
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
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(sample(text));
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

    /** The first {@value #SAMPLE_CHARS} characters or so, cut at a word boundary. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = text.indexOf(' ', SAMPLE_CHARS);
        return end < 0 || end > SAMPLE_CHARS * 2 ? text.substring(0, SAMPLE_CHARS) : text.substring(0, end);
    }

    /**
     * @param language   ISO 639-1 code, or null when unknown
     * @param confidence 0 to 1
     */
    public record Detection(String language, double confidence) {
        public static final Detection UNKNOWN = new Detection(null, 0);
    }
}
