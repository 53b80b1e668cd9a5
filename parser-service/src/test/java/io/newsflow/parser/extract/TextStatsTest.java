package io.newsflow.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.parser.DemoPages;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextStatsTest {
    @ParameterizedTest
    @ValueSource(strings = {DemoPages.SEED_PAGE, "world/bahnstreik.html", "ru/ekonomika-kaspiy.html",
            "tech/quantum-sensors-harbour.html", "index.html"})
    void countsAfterCleaningAreThoseOfAFreshCount(String path) {
        Document doc = Jsoup.parse(DemoPages.page(path).html(), "http://demo.test/");
        TextStats refreshed = DocumentCleaner.clean(doc);
        TextStats fresh = TextStats.collect(doc.body());
        for (Element element : doc.body().getAllElements()) {
            assertEquals(summary(fresh.of(element)), summary(refreshed.of(element)), element.cssSelector());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>Ten words of text here, <a href=x>two linked</a> <span>and more</span></p>",
            "<div><a href=x><span>inside a link</span><button>drop</button> still linked</a></div>",
            "<div>Bare text long enough to count as prose in a div without any paragraph tags at all, really."
                    + "<figure>caption</figure><p>A paragraph.</p></div>"})
    void removingASubtreeUpdatesItsAncestors(String html) {
        Document doc = Jsoup.parse("<body>" + html + "</body>");
        TextStats stats = TextStats.collect(doc.body());
        List<Element> removed = doc.select("button, figure");
        List<Element> parents = removed.stream().map(Element::parent).toList();
        removed.forEach(Element::remove);
        stats.refresh(parents, doc.body());
        TextStats fresh = TextStats.collect(doc.body());
        for (Element element : doc.body().getAllElements()) {
            assertEquals(summary(fresh.of(element)), summary(stats.of(element)), element.cssSelector());
        }
    }

    private static List<Integer> summary(TextStats.Counts c) {
        return List.of(c.text, c.links, c.paragraphs, c.prose, c.ownText, c.ownCommas);
    }
}
