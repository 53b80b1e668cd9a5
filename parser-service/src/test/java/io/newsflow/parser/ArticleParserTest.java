package io.newsflow.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.contracts.Article;
import io.newsflow.contracts.Boilerplate;
import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import io.newsflow.parser.language.LanguageDetector;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    static final ArticleParser PARSER = new ArticleParser(
            LanguageDetector.of(LanguageDetector.DEFAULT_LANGUAGES, false), new PageGuard(1_000_000),
            Clock.systemUTC());

    @Test
    void seedArticleComesOutWholeWithoutItsTrailer() throws Exception {
        List<String> seed = DemoPages.seedLines();
        Article article = PARSER.parse(DemoPages.page(DemoPages.SEED_PAGE));

        assertEquals("Azerbaijani, Russian FMs give joint press conference in Baku", article.title());
        assertEquals(seed.subList(1, seed.size() - 1), article.paragraphs());
        assertEquals(13, article.paragraphs().size());
        assertFalse(article.text().contains("Bütün xəbərlər"));
        assertEquals(List.of(new Boilerplate("Bütün xəbərlər Facebook səhifəmizdə", "trailer:social", "az")),
                article.boilerplate());
        assertEquals("en", article.language());
        assertTrue(article.languageConfidence() > 0.5, "confidence " + article.languageConfidence());
        assertEquals(Instant.parse("2022-06-24T10:35:00Z"), article.publishedAt());
        assertEquals("Politics", article.section());
        assertTrue(article.tags().contains("Sergey Lavrov"));
        assertEquals("demo.test", article.site());
        assertEquals("http://demo.test/en/politics/azerbaijani-russian-fms-give-joint-press-conference-in-baku.html",
                article.canonicalUrl());
        assertEquals(String.join("\n\n", article.paragraphs()), article.text());
        assertEquals(Article.ARTICLE, article.pageType());
        assertEquals(16, article.simhash().length());
    }

    @Test
    void aTrailerInTheSiteLanguageIsFoundWithoutAPattern() throws Exception {
        String html = "<article><p>The central bank kept its key rate unchanged on Thursday, citing slowing inflation and"
                + " a stronger currency, and said it would review the decision in March.</p><p>Analysts had expected"
                + " the pause after three increases last year, and markets barely moved on the announcement.</p>"
                + "<p>Ən son xəbərləri saytımızın ana səhifəsində oxuya bilərsiniz</p></article>";

        Article article = PARSER.parse(DemoPages.raw("http://x.test/rates", html));

        assertEquals(2, article.paragraphs().size());
        assertEquals(List.of(new Boilerplate("Ən son xəbərləri saytımızın ana səhifəsində oxuya bilərsiniz",
                "foreign-language", "az")), article.boilerplate());
    }

    @Test
    void sectionPagesAreFlaggedAsListings() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><h1>Politics</h1><ul>");
        for (int i = 0; i < 40; i++) {
            html.append("<li><a href=\"/politics/story-").append(i).append(".html\">Story number ").append(i)
                    .append(" about the border talks</a></li>");
        }
        Article article = PARSER.parse(DemoPages.raw("http://x.test/politics/", html + "</ul></body></html>"));

        assertEquals(Article.LISTING, article.pageType());
    }

    @Test
    void seedArticleStatementsAllHaveTheirSpeaker() throws Exception {
        Article article = PARSER.parse(DemoPages.page(DemoPages.SEED_PAGE));
        List<Statement> statements = article.statements();
        Speaker bayramov = new Speaker("Jeyhun Bayramov", "Minister of Foreign Affairs", "Azerbaijan");
        Speaker lavrov = new Speaker("Sergey Lavrov", "Minister of Foreign Affairs", "Russia");

        assertEquals(27, statements.size());
        assertEquals(4, statements.stream().filter(s -> s.kind().equals(Statement.DIRECT)).count());
        for (Statement s : statements) {
            assertEquals(s.paragraph() <= 5 ? bayramov : lavrov, s.speaker(), s.text());
            assertEquals(s.text(), article.text().substring(s.start(), s.end()));
        }
        assertEquals("there is positive dynamics in all the directions between the two countries",
                statements.get(1).text());
        assertEquals("stressing", statements.get(1).cue());
        assertTrue(statements.stream().anyMatch(s -> s.kind().equals(Statement.DIRECT)
                && s.text().startsWith("Azerbaijan supports peace") && s.text().endsWith("opening of communications")));
        assertTrue(statements.stream().noneMatch(s -> s.paragraph() == 12), "the ministers responded: no statement");
    }

    @Test
    void russianPageKeepsItsQuoteAndDropsTheTelegramPrompt() throws Exception {
        Article article = PARSER.parse(DemoPages.page("ru/ekonomika-kaspiy.html"));

        assertEquals("ru", article.language());
        assertEquals("Каспийский транзит растёт третий год подряд", article.title());
        assertEquals(5, article.paragraphs().size());
        assertTrue(article.paragraphs().get(2).startsWith("«Мы видим устойчивый спрос"));
        assertEquals("trailer:social", article.boilerplate().get(0).reason());
        assertEquals("ru", article.boilerplate().get(0).language());
        assertEquals(List.of("Ирина Соколова"), article.authors());
        assertEquals(Instant.parse("2023-03-14T06:10:00Z"), article.publishedAt());
    }

    @Test
    void lineBreakSeparatedTextBecomesParagraphsAndJsonLdGivesTheMetadata() throws Exception {
        Article article = PARSER.parse(DemoPages.page("tech/quantum-sensors-harbour.html"));

        assertEquals("Quantum sensors map a harbour floor in a single night", article.title());
        assertEquals(List.of("Maya Lindqvist"), article.authors());
        assertEquals(Instant.parse("2024-02-08T18:45:00Z"), article.publishedAt());
        assertEquals(Instant.parse("2024-02-09T07:00:00Z"), article.modifiedAt());
        assertEquals(Article.ARTICLE, article.pageType());
        assertEquals("Technology", article.section());
        assertEquals(List.of(
                "A survey ship carrying atom-interferometer gravity sensors charted the floor of a busy harbour in "
                        + "eight hours, a job that usually takes sonar crews most of a week.",
                "The sensors measure tiny changes in gravity caused by the density of the rock and sediment below "
                        + "the keel. Because they do not rely on sound, they are not confused by the noise of passing "
                        + "ferries or by the bubbles churned up by propellers.",
                "Why it matters",
                "“We expected the instrument to survive the trip, not to beat the sonar,” said Tomas Berg, the "
                        + "project’s lead engineer. “By three in the morning we had a complete map.”",
                "Port authorities say faster surveys could cut the time that dredging projects spend waiting for "
                        + "approval. The team said that a second ship will carry the sensors along the coast this spring.",
                "“It is the first time a quantum instrument has done routine survey work at sea,” the port’s chief "
                        + "hydrographer, Anna Holm, told reporters."), article.paragraphs());
    }

    @Test
    void languageComesFromTheTextNotFromHtmlLang() throws Exception {
        Article article = PARSER.parse(DemoPages.page("world/bahnstreik.html"));

        assertEquals("de", article.language());
        assertEquals(4, article.paragraphs().size());
        assertEquals(Instant.parse("2024-01-10T05:30:00Z"), article.publishedAt());
    }

    @Test
    void binaryAndEmptyBodiesAreRejectedWithAReason() {
        String binary = "\u0000\u0001\u0002PNG\u0000\u0000".repeat(100);

        assertEquals("empty body", assertThrows(UnparseablePageException.class,
                () -> PARSER.parse(DemoPages.raw("http://x.test/", " "))).getMessage());
        assertTrue(assertThrows(UnparseablePageException.class,
                () -> PARSER.parse(DemoPages.raw("http://x.test/", binary))).getMessage().startsWith("not HTML"));
    }

    @Test
    void brokenMarkupStillYieldsAnArticle() throws Exception {
        String html = "<html><body><div><p>Unclosed paragraph with enough words to count as article text, surely."
                + "<p>Second one <b>bold <i>nested</b> badly</i> and it goes on for a while longer.</div></span>";

        Article article = PARSER.parse(DemoPages.raw("http://x.test/a", html));

        assertEquals(2, article.paragraphs().size());
        assertEquals("Second one bold nested badly and it goes on for a while longer.", article.paragraphs().get(1));
    }
}
