package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds who said what in an article's paragraphs: direct quotes with their attribution before, after or in the
 * middle, reported speech ("X said that …", "…, he said.", "According to X, …", "Stressing that A, X said B",
 * "As X noted, …"), posts embedded with their author's signature, and contributions signed below ("Donna Abood,
 * principal and managing director, Avison Young"). Offsets are into the article text, the
 * paragraphs joined by a blank line. Plain Java and thread-safe; each call keeps its own state.
 */
public final class StatementExtractor {
    /** "…,” Hege said." after a paragraph's last quote: the most text that may follow it. */
    private static final int MAX_TAIL_AFTER_QUOTE = 60;
    private static final String PARAGRAPH_SEPARATOR = "\n\n";
    private static final Pattern MISTYPED_APOSTROPHE = Pattern.compile("(?<=\\p{L})‘(?=\\p{L})");
    /** A block quoted after "…said:" is a sentence at least. */
    private static final int MIN_BLOCK_WORDS = 4;

    /** Statements of the article, in text order; none for languages without a cue lexicon. */
    public List<Statement> extract(List<String> article, String language) {
        CueLexicon lexicon = CueLexicon.of(language);
        if (lexicon == null || article.isEmpty()) {
            return List.of();
        }
        // "Travis Kelce‘s mom", "Swift‘s new album": an opening mark typed for an apostrophe opens no quote (the
        // same length, so offsets hold)
        List<String> paragraphs = article.stream()
                .map(p -> p.indexOf('‘') < 0 ? p : MISTYPED_APOSTROPHE.matcher(p).replaceAll("’")).toList();
        int[] offsets = new int[paragraphs.size()];
        People people = new People(lexicon);
        for (int i = 0, offset = 0; i < paragraphs.size(); i++) {
            offsets[i] = offset;
            people.scan(paragraphs.get(i), offset);
            offset += paragraphs.get(i).length() + PARAGRAPH_SEPARATOR.length();
        }
        SpeakerResolver speakers = new SpeakerResolver(lexicon, people, new Abbreviations(paragraphs, offsets),
                new Publishers(lexicon, paragraphs, offsets));
        Subjects subjects = new Subjects(lexicon, speakers);
        Clauses clauses = new Clauses(lexicon);
        Attribution attribution = new Attribution(lexicon, speakers, subjects, clauses);
        QuoteSpeakers quoteSpeakers = new QuoteSpeakers(lexicon, speakers, subjects, clauses);
        List<Statement> statements = new ArrayList<>();
        boolean runsOn = false;
        Speaker runOnSpeaker = null;
        Speaker lastQuoteSpeaker = null;
        QuoteSpeakers.Speech block = null;
        boolean inList = false;
        int unnamedFrom = 0;
        VoicedBlocks voicedBlocks = new VoicedBlocks(lexicon);
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            List<Quote> quotes = QuoteFinder.find(paragraph, runsOn);
            ParagraphStatements found = new ParagraphStatements(paragraph, i, offsets[i], quotes, attribution,
                    quoteSpeakers);
            // "“Essentially, …”" and then a paragraph that only signs it: "Michael Shadlen, Ph.D."
            Speaker signedBelow = i + 1 < paragraphs.size()
                    ? quoteSpeakers.signature(paragraphs.get(i + 1), offsets[i + 1]) : null;
            boolean continues = runsOn;
            runOnSpeaker = found.collect(runOnSpeaker, signedBelow != null ? signedBelow : lastQuoteSpeaker);
            if (continues) {
                // "“I got confirmation … ¶ “So, she was invited …,” he said.": a quote over several paragraphs is
                // attributed where it ends, and that speaker said its first paragraphs too
                nameRunOn(statements, unnamedFrom, found.statements());
            }
            unnamedFrom = continues ? unnamedFrom : statements.size();
            statements.addAll(found.statements());
            Statement quoted = block != null && quotes.isEmpty() && found.statements().isEmpty()
                    && (!inList || isListItem(paragraph)) ? blockQuote(paragraph, i, offsets[i], block) : null;
            if (quoted != null) {
                // "Google confirmed this in a statement…" and then the statement, set off without quote marks
                statements.add(quoted);
            }
            voicedBlocks.read(paragraph, i, offsets[i], quotes, quoted == null ? found.statements() : List.of(quoted));
            // "President Obama also said:" and a list of what he said, one item a paragraph without a full stop
            inList = quoted != null && isListItem(paragraph);
            block = inList ? block : quoteSpeakers.introducing(paragraph, offsets[i]);
            lastQuoteSpeaker = endsWithQuote(found.statements(), paragraph, offsets[i]);
            runsOn = !quotes.isEmpty() && quotes.get(quotes.size() - 1).runsOn(paragraph);
            if (!runsOn) {
                runOnSpeaker = null;
            }
        }
        // "…, Zuckerberg said at the trial." and then his words in a paragraph of their own, in the first person
        statements.addAll(voicedBlocks.blocks());
        for (Statement signed : new SignedBlocks(lexicon, speakers).find(paragraphs, offsets)) {
            // a quote inside a signed answer is the signer's, unless the answer names whose it is
            boolean othersNamed = statements.stream().anyMatch(s -> overlap(s, signed) && s.speaker().name() != null);
            if (!othersNamed) {
                statements.removeIf(s -> overlap(s, signed));
                statements.add(signed);
            }
        }
        for (Statement post : EmbeddedPosts.find(paragraphs, offsets, people::authorOf)) {
            // a post is its author's statement whole, and what it reports others said stays theirs ("The @NYPDnews
            // just told @BuzzFeedNews they don't know …"); the post's own words found as an unnamed quote, or a claim
            // that runs on into its signature, give way
            statements.removeIf(s -> overlap(s, post) && (s.speaker().name() == null && s.speaker().title() == null
                    || s.end() > post.end() && s.paragraph() == post.paragraph()));
            if (statements.stream().noneMatch(s -> s.start() == post.start() && s.end() == post.end())) {
                statements.add(post);
            }
        }
        statements.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(statements);
    }

    private static boolean overlap(Statement a, Statement b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * Gives the unnamed quotes of a run-on quote, from {@code from} on, the speaker its continuation names, if the
     * continuation's first statement is a quote with a named speaker.
     */
    private static void nameRunOn(List<Statement> statements, int from, List<Statement> continuation) {
        Speaker speaker = continuation.isEmpty() || !Statement.DIRECT.equals(continuation.get(0).kind())
                ? null : continuation.get(0).speaker();
        if (speaker == null || speaker.name() == null) {
            return;
        }
        for (int i = from; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (Statement.DIRECT.equals(s.kind()) && s.speaker().name() == null && s.speaker().title() == null) {
                statements.set(i, new Statement(speaker, s.text(), s.kind(), s.cue(), s.paragraph(), s.start(), s.end()));
            }
        }
    }

    /** A paragraph of a few words at least, whole, as what the speaker introducing it said; null if too short. */
    private static Statement blockQuote(String paragraph, int index, int offset, QuoteSpeakers.Speech speech) {
        int start = paragraph.length() - paragraph.stripLeading().length();
        int end = paragraph.stripTrailing().length();
        if (Words.of(paragraph).size() < MIN_BLOCK_WORDS) {
            return null;
        }
        return new Statement(speech.speaker(), paragraph.substring(start, end), Statement.DIRECT, speech.cue(), index,
                offset + start, offset + end);
    }

    /** A paragraph that does not end a sentence: an item of a list. */
    private static boolean isListItem(String paragraph) {
        String text = paragraph.stripTrailing();
        return !text.isEmpty() && ".!?”\"’»:…".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * "…,” said Philip Luther, Research and Advocacy Director at Amnesty International.": after the quote, only the
     * rest of its sentence, however long the speaker's title.
     */
    private static boolean attributionOnly(String tail) {
        String text = tail.strip();
        int end = text.length() - 1;
        while (end >= 0 && ".!?”\"’»".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (".!?".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The named speaker of the paragraph's last statement when it ends the paragraph: a quote ("…,” Hege said.",
     * its attribution being the rest of its sentence) or reported speech that runs to the end ("Pompeo said the release “gives us hope …").
     */
    private static Speaker endsWithQuote(List<Statement> found, String paragraph, int offset) {
        if (found.isEmpty()) {
            return null;
        }
        Statement last = found.stream().max((a, b) -> Integer.compare(a.end(), b.end())).orElseThrow();
        int tail = paragraph.length() - (last.end() - offset);
        boolean ends = Statement.DIRECT.equals(last.kind())
                ? tail <= MAX_TAIL_AFTER_QUOTE || attributionOnly(paragraph.substring(last.end() - offset))
                : tail <= 2;
        return ends && last.speaker().name() != null ? last.speaker() : null;
    }
}
