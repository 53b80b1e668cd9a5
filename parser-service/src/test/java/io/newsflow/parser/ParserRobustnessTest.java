package io.newsflow.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.contracts.Article;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any input gives an article or a clear rejection: never another exception, a stack overflow or a hang. */
class ParserRobustnessTest {
    private static final ArticleParser PARSER = ArticleParserTest.PARSER;
    private static final List<String> PAGES = List.of(DemoPages.SEED_PAGE, "ru/ekonomika-kaspiy.html",
            "tech/quantum-sensors-harbour.html", "world/bahnstreik.html");

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() throws Exception {
        String html = "<div>".repeat(100_000) + "<p>Deep inside, the minister said that the talks went well.</p>";

        Article article = PARSER.parse(DemoPages.raw("http://x.test/deep", html));

        assertNotNull(article);
    }

    @Test
    void elementsWithThousandsOfAttributesAreParsed() throws Exception {
        StringBuilder html = new StringBuilder("<div");
        for (int i = 0; i < 20_000; i++) {
            html.append(" data-a").append(i).append("=\"x\"");
        }
        html.append("><p>The council said that the new bridge will open in spring, after two years of works.</p></div>");

        assertTrue(PARSER.parse(DemoPages.raw("http://x.test/attrs", html.toString())).text().contains("bridge"));
    }

    @Test
    void aPageOverTheSizeLimitIsRejectedWithTheLimitNamed() {
        String huge = "<p>" + "word ".repeat(4_000_000) + "</p>";

        UnparseablePageException e = assertThrows(UnparseablePageException.class,
                () -> PARSER.parse(DemoPages.raw("http://x.test/huge", huge)));

        assertTrue(e.getMessage().contains("newsflow.parser.max-page-chars"), e.getMessage());
    }

    @Test
    void regexHostileTextIsHandled() throws Exception {
        String text = "a".repeat(200_000) + " " + ",".repeat(100_000) + " Follow us on " + "x ".repeat(50_000);
        String html = "<p>" + text + "</p><p>" + "“".repeat(10_000) + "he said" + "”".repeat(10_000) + "</p>";

        assertNotNull(PARSER.parse(DemoPages.raw("http://x.test/hostile", html)));
    }

    @Test
    void randomMutationsOfRealPagesNeverThrowAnythingElse() {
        Random random = new Random(20261126);
        int parsed = 0;
        for (int round = 0; round < 400; round++) {
            String page = DemoPages.page(PAGES.get(round % PAGES.size())).html();
            String mutant = mutate(page, random);
            try {
                PARSER.parse(DemoPages.raw("http://x.test/m" + round, mutant));
                parsed++;
            } catch (UnparseablePageException rejected) {
                assertNotNull(rejected.getMessage());
            }
        }
        assertTrue(parsed > 300, "most mutants are still pages: " + parsed);
    }

    @Test
    void emptyAndNonArticlePagesGiveEmptyArticles() throws Exception {
        Article article = PARSER.parse(DemoPages.raw("http://x.test/", "<html><body><nav><a href=/a>A</a></nav></body></html>"));

        assertEquals("", article.text());
        assertEquals(List.of(), article.statements());
    }

    private static String mutate(String page, Random random) {
        StringBuilder s = new StringBuilder(page);
        int edits = 1 + random.nextInt(20);
        for (int i = 0; i < edits && s.length() > 10; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + random.nextInt(200)));
                case 1 -> s.insert(at, "<" + "div".repeat(random.nextInt(3)) + ">");
                case 2 -> s.insert(at, (char) random.nextInt(0x3000));
                case 3 -> s.insert(at, s.substring(random.nextInt(s.length() / 2), s.length() / 2));
                case 4 -> s.setLength(at);
                default -> s.insert(at, "“");
            }
        }
        return s.toString();
    }
}
