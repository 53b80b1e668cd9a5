package io.newsflow.parser.extract;

import java.time.Clock;
import java.util.List;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;

/** The DOM stage of parsing: reads a page's metadata, then strips its furniture and finds the body's blocks. */
public final class HtmlExtractor {
    private final MetadataExtractor metadata;

    public HtmlExtractor(Clock clock) {
        this.metadata = new MetadataExtractor(clock);
    }

    /** Parses {@code html} as found at {@code url} (the base for relative links). */
    public Extraction extract(String html, String url) {
        Document doc = Parser.htmlParser().parseInput(NonContentStripper.strip(html), url);
        PageMetadata meta = metadata.extract(doc, url);
        TextStats stats = DocumentCleaner.clean(doc);
        return new Extraction(meta, ContentExtractor.extract(doc, stats));
    }

    /**
     * @param metadata what the page says about itself
     * @param blocks   the main content's text blocks, in order, boilerplate not yet removed
     */
    public record Extraction(PageMetadata metadata, List<Block> blocks) {
    }
}
