package io.newsflow.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class NonContentStripperTest {

    @Test
    void scriptsAndStylesAreEmptiedButKeepTheirTags() {
        assertEquals("<head><script src=\"a.js\"></script><STYLE></STYLE></head><p>Text</p>",
                stripped("<head><script src=\"a.js\">var a = '<p>x</p>';</script>"
                        + "<STYLE>p { color: red }</STYLE></head><p>Text</p>"));
    }

    @Test
    void jsonLdIsKeptForTheMetadata() {
        String html = "<script type=\"application/ld+json\">{\"headline\": \"A <b>title</b>\"}</script><p>Text</p>";
        assertEquals(html, stripped(html));
    }

    @Test
    void commentsGoIncludingTheEmptyForms() {
        assertEquals("<p>AB</p><p>C</p><p>D</p>",
                stripped("<p>A<!-- note <script> -->B</p><p>C<!--></p><p>D</p><!--->"));
    }

    @Test
    void aScriptTagWrittenInsideATitleIsTheTitleText() {
        String html = "<title>Why <script> tags block</title><p>Body</p><script>x()</script>";
        assertEquals("<title>Why <script> tags block</title><p>Body</p><script></script>",
                stripped(html));
    }

    @Test
    void aGreaterThanSignInAQuotedAttributeDoesNotEndTheTag() {
        assertEquals("<script data-rule=\"a>b\"></script><p>Text</p>",
                stripped("<script data-rule=\"a>b\">run()</script><p>Text</p>"));
    }

    @Test
    void onlyTheRightEndTagClosesAScript() {
        assertEquals("<script></script><p>Text</p>",
                stripped("<script>if (a </scripts) { w('</SCRIPT_') }</script><p>Text</p>"));
    }

    @Test
    void anUnclosedScriptRunsToTheEndAsItWouldInABrowser() {
        assertEquals("<p>Text</p><script>", stripped("<p>Text</p><script>var a = 1; <p>never</p>"));
    }

    @Test
    void inlineSvgImagesAreEmptiedUnlessTheirEndIsInDoubt() {
        assertEquals("<p>A</p><svg viewBox=\"0 0 9 9\"></svg><p>B</p>",
                stripped("<p>A</p><svg viewBox=\"0 0 9 9\"><path d=\"M0 0\"/></svg><p>B</p>"));
        String unclosed = "<svg><path/><p>Article text</p><svg><path/></svg>";
        assertEquals(unclosed.replace("<path/></svg>", "</svg>"), stripped(unclosed));
    }

    @Test
    void navigationAndFootersAreEmptiedButNotTheJsonLdInThem() {
        assertEquals("<nav class=\"top\"></nav><p>Text</p><footer></footer>",
                stripped("<nav class=\"top\"><a href=\"/\">Home</a></nav><p>Text</p><footer>(c) Site</footer>"));
        String withJsonLd = "<footer><script type=\"application/ld+json\">{}</script></footer>";
        assertEquals(withJsonLd, stripped(withJsonLd));
    }

    private static String stripped(String html) {
        try (Reader reader = NonContentStripper.strip(html)) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
