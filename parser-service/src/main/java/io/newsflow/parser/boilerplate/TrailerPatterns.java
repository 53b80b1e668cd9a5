package io.newsflow.parser.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Curated lines that sites put inside article bodies but that are not the article: social prompts, copyright
 * notices, "read more" teasers, subscription calls. Each pattern knows its language and the reason it removes.
 * Patterns are plain alternations without nested quantifiers, so they run in linear time on any text. They are
 * written in lower case and matched against lower-cased text, which is much cheaper than case-insensitive
 * Unicode matching.
 */
final class TrailerPatterns {
    record Trailer(String reason, String language, List<String> alternatives) {
    }

    private static final String NETWORKS = "(facebook|twitter|x|instagram|telegram|youtube|tiktok|whatsapp|linkedin"
            + "|vk|вконтакте|телеграм|телеграмм|дзен|одноклассниках|google news|threads)";

    static final List<Trailer> ALL = List.of(
            social("en", "(follow|like|join|find) (us|him|her|them|me) on " + NETWORKS,
                    "subscribe to (our|the|\\S+) newsletters?", "all (the )?news (is |are )?on our " + NETWORKS,
                    "subscribe to (our|the) " + NETWORKS + " channel", "share this (article|story|post)",
                    "sign up for (our|the) newsletter", "(download|get) (our|the) app"),
            social("az", "bütün xəbərlər\\b.*\\b" + NETWORKS, "bizi " + NETWORKS + "\\S* izləyin",
                    NETWORKS + "\\S* (kanalımıza|səhifəmizə) abunə olun", "xəbərləri " + NETWORKS + "\\S* izləyin"),
            social("tr", "bizi " + NETWORKS + "\\S* takip edin", "haberler\\b.*\\b" + NETWORKS + "\\S* sayfamızda",
                    NETWORKS + "\\S* kanalımıza abone olun", "abone ol(un)?\\b"),
            social("ru", "подпис\\p{L}* на (наш|наши|нашу) (канал|страниц|групп|паблик)",
                    "читайте (нас|новости|наши новости) (в|во) " + NETWORKS, "все новости\\b.*\\b" + NETWORKS,
                    "присоединяйтесь к нам в " + NETWORKS),
            social("uk", "підпис\\p{L}* на (наш|наші|нашу) (канал|сторінк|груп)", "читайте (нас|новини) (у|в) " + NETWORKS),
            social("de", "folgen sie uns (auf|bei) " + NETWORKS, "abonnieren sie unseren (newsletter|kanal)"),
            social("fr", "suivez-nous sur " + NETWORKS, "abonnez-vous à (notre|la) (newsletter|chaîne)"),
            social("es", "síguenos en " + NETWORKS, "suscríbete a (nuestro|nuestra) (newsletter|boletín|canal)"),
            social("ar", "تابعونا على", "تابعوا\\b.*\\bعلى (فيسبوك|تويتر|تلغرام|تيليغرام|يوتيوب)"),
            trailer("copyright", null, "^(©|\\(c\\)|copyright\\b)", "all rights reserved", "все права защищены",
                    "bütün hüquqlar qorunur", "tüm hakları saklıdır", "alle rechte vorbehalten",
                    "tous droits réservés", "todos los derechos reservados", "при перепечатке", "всі права захищені",
                    "materiallardan istifadə ed\\p{L}* istinad", "جميع الحقوق محفوظة"),
            trailer("read-more", null, "^(read more|read also|also read|see also|more on this|related:|читайте также"
                    + "|также читайте|читайте по теме|həmçinin oxuyun|həmçinin oxu|ayrıca (bakınız|okuyun)"
                    + "|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lea también|leer más|читайте також"
                    + "|اقرأ أيضا)\\b"));

    /** Every alternative of every trailer, to tell cheaply whether any can begin with a character. */
    private static final Pattern ANY = Pattern.compile(ALL.stream().flatMap(t -> t.alternatives().stream())
            .collect(Collectors.joining(")|(", "(", ")")));
    private static final Candidates NONE = new Candidates(null, new int[0]);
    /**
     * Per character a word begins with, the alternation of the alternatives that can begin with it: a word is
     * tried against only those few, in one match attempt, and a word no trailer can start (most words) costs a
     * lookup. Filled as characters are met: a page uses a few dozen of the 65 536.
     */
    private static final Map<Character, Candidates> BY_FIRST_CHAR = new ConcurrentHashMap<>();

    /** An alternation of some trailers' alternatives (null: none); group "t" + k is trailer {@code trailers[k]}. */
    private record Candidates(Pattern pattern, int[] trailers) {
    }

    private TrailerPatterns() {
    }

    /**
     * Which alternative can begin with a character is found by offering it the character alone: a match, or an
     * attempt that ran out of input, means it may start there.
     */
    private static Candidates startingWith(char c) {
        String first = String.valueOf(c);
        if (!canStart(ANY, first)) {
            return NONE;
        }
        StringJoiner alternation = new StringJoiner("|");
        List<Integer> trailers = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            StringJoiner own = new StringJoiner(")|(", "(?<t" + trailers.size() + ">(", "))").setEmptyValue("");
            for (String alternative : ALL.get(i).alternatives()) {
                if (canStart(Pattern.compile(alternative), first)) {
                    own.add(alternative);
                }
            }
            if (own.length() > 0) {
                alternation.add(own.toString());
                trailers.add(i);
            }
        }
        return new Candidates(Pattern.compile(alternation.toString()),
                trailers.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean canStart(Pattern pattern, String first) {
        Matcher matcher = pattern.matcher(first);
        return matcher.lookingAt() || matcher.hitEnd();
    }

    /**
     * The trailer that matches the lower-cased text earliest (the first listed, where two match at the same
     * word). Every alternative begins a word (or is anchored at the start), so matching is tried only where a word
     * begins rather than at every character: the same matches at a fraction of the cost.
     */
    static Trailer find(String lower) {
        for (int start : wordStarts(lower)) {
            Candidates candidates = BY_FIRST_CHAR.computeIfAbsent(lower.charAt(start), TrailerPatterns::startingWith);
            if (candidates == NONE) {
                continue;
            }
            Matcher matcher = candidates.pattern().matcher(lower).useAnchoringBounds(false).useTransparentBounds(true)
                    .region(start, lower.length());
            if (matcher.lookingAt()) {
                for (int k = 0; k < candidates.trailers().length; k++) {
                    if (matcher.start("t" + k) >= 0) {
                        return ALL.get(candidates.trailers()[k]);
                    }
                }
            }
        }
        return null;
    }

    private static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (!inWord || !wordChar) {
                if (wordChar || !Character.isWhitespace(text.charAt(i))) {
                    starts[count++] = i;
                }
            }
            inWord = wordChar;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static Trailer social(String language, String... alternatives) {
        return trailer("social", language, alternatives);
    }

    private static Trailer trailer(String reason, String language, String... alternatives) {
        return new Trailer("trailer:" + reason, language, List.of(alternatives));
    }
}
