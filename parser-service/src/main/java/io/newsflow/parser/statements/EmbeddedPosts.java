package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts embedded in an article the way X (Twitter) embeds them: the post's text, then its signature "— Name
 * (@handle) November 18, 2019", in the same paragraph or the next. The text is a direct statement of the named
 * author, though it carries no quote marks; its trailing link is no part of it.
 */
final class EmbeddedPosts {
    private static final String CUE = "posted";
    private static final String HANDLE = "(@";
    private static final Pattern SIGNATURE = Pattern.compile(
            "[—–-]{1,2}\\s*([^()\\n]{1,80}?)\\s*\\(@(\\w{1,15})\\)\\s*[^()\\n]{0,30}\\d{4}\\s*$");
    private static final Pattern TRAILING_LINK = Pattern.compile(
            "[\\s:]*(https?://\\S+|pic\\.twitter\\.com/\\S+)\\s*$");
    /**
     * "… 3 were replaced.https://t.co/hcKsDsaEMc@JessKane11 @Jpasch101 pic.twitter.com/6Yc99kYnbZ": a link glued to
     * the last word, and after it only links and handles, which the post addresses, not says.
     */
    private static final Pattern TRAILING_LINKS_AND_HANDLES = Pattern.compile(
            "(?:https?://|pic\\.twitter\\.com/)\\S*(?:\\s+(?:https?://|pic\\.twitter\\.com/|@)\\S*)*\\s*$");
    /** A post that is a quote signed with its speaker's name: "“…!” – Jennifer Lawrence". */
    private static final Pattern QUOTED = Pattern.compile(
            "\\s*[\"“](.+?)[\"”]\\s*[—–-]\\s*(\\p{Lu}[\\p{L}.'’ -]{1,60}?)\\s*");
    /** A post's text is a sentence at least; a bare link or a name is not a statement. */
    private static final int MIN_WORDS = 3;

    private EmbeddedPosts() {
    }

    /**
     * The embedded posts among the paragraphs, as statements with offsets into the article text.
     *
     * @param authors the name the article gives the author of a display name and handle, or null
     */
    static List<Statement> find(List<String> paragraphs, int[] offsets, BiFunction<String, String, String> authors) {
        List<Statement> posts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!paragraphs.get(i).contains(HANDLE)) {
                // most paragraphs sign nothing; the pattern is only tried where a handle is
                continue;
            }
            Matcher signature = SIGNATURE.matcher(paragraphs.get(i));
            if (!signature.find()) {
                continue;
            }
            String author = author(signature.group(1));
            // "— anna or whatever (@annapickard)": a display name that is no name, and a handle of someone named;
            // "— Donald J. Trump (@realDonaldTrump)": the name the article gives him
            String named = authors.apply(author, signature.group(2));
            author = named != null ? named : author;
            boolean alone = paragraphs.get(i).substring(0, signature.start()).isBlank();
            int p = alone ? i - 1 : i;
            if (author.isEmpty() || p < 0) {
                continue;
            }
            String text = alone ? paragraphs.get(p) : paragraphs.get(p).substring(0, signature.start());
            int end = text.stripTrailing().length();
            for (Matcher link = TRAILING_LINK.matcher(text.substring(0, end)); link.find(); link = TRAILING_LINK.matcher(text.substring(0, end))) {
                // "… http://t.co/rE6Li6QWGp pic.twitter.com/zK8QMCzPDf": every link the post ends with
                end = link.start();
            }
            Matcher glued = TRAILING_LINKS_AND_HANDLES.matcher(text.substring(0, end));
            end = glued.find() ? glued.start() : end;
            int start = text.length() - text.stripLeading().length();
            Matcher quoted = QUOTED.matcher(text.substring(0, end));
            if (quoted.matches()) {
                // "“May the odds be ever in Louisville's favor!” – Jennifer Lawrence": the post quotes someone
                author = author(quoted.group(2));
                start = quoted.start(1);
                end = quoted.end(1);
            }
            if (end > start && Words.of(text.substring(start, end)).size() >= MIN_WORDS) {
                posts.add(new Statement(new Speaker(author, null, null), text.substring(start, end), Statement.DIRECT,
                        CUE, p, offsets[p] + start, offsets[p] + end));
            }
        }
        return posts;
    }

    /**
     * The display name without the emoji and symbols people put in it, and without the words in another script than
     * its first ("Tzippy Yarom صِپورة": the same name written twice).
     */
    private static String author(String name) {
        String plain = name.replaceAll("[^\\p{L}\\p{M}\\p{N} .'’-]", " ").replaceAll("\\s+", " ").strip();
        Character.UnicodeScript script = null;
        StringBuilder kept = new StringBuilder();
        for (String word : plain.split(" ")) {
            Character.UnicodeScript own = word.isEmpty() ? null : Character.UnicodeScript.of(word.codePointAt(0));
            script = script == null ? own : script;
            if (own == script || own == Character.UnicodeScript.COMMON) {
                kept.append(kept.length() > 0 ? " " : "").append(word);
            }
        }
        return kept.toString();
    }
}
