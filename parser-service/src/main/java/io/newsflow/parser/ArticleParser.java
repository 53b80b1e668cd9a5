package io.newsflow.parser;

import io.newsflow.contracts.Article;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.Boilerplate;
import io.newsflow.contracts.RawPage;
import io.newsflow.contracts.Statement;
import io.newsflow.parser.boilerplate.BoilerplateFilter;
import io.newsflow.parser.boilerplate.SiteBlocks;
import io.newsflow.parser.extract.HtmlExtractor;
import io.newsflow.parser.extract.PageMetadata;
import io.newsflow.parser.fingerprint.SimHash;
import io.newsflow.parser.language.LanguageDetector;
import io.newsflow.parser.statements.StatementExtractor;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a raw page into an article: DOM → metadata and body blocks → boilerplate removed → language →
 * the site's recurring blocks removed ({@link SiteBlocks}) → statements.
 * Plain Java, thread-safe, no Kafka or Quarkus needed: the parser service and the {@code parse} CLI both use it.
 */
public final class ArticleParser {
    private static final String PARAGRAPH_SEPARATOR = "\n\n";
    private static final int ARTICLE_WORDS = 150;
    private static final int DECLARED_ARTICLE_WORDS = 30;
    private static final int LISTING_LINKS = 30;
    private static final System.Logger LOG = System.getLogger(ArticleParser.class.getName());

    private final HtmlExtractor html;
    private final BoilerplateFilter boilerplate;
    private final LanguageDetector languages;
    private final PageGuard guard;
    private final SiteBlocks siteBlocks;
    private final StatementExtractor statements = new StatementExtractor();

    /** A parser that learns each site's recurring blocks in memory only. */
    public ArticleParser(LanguageDetector languages, PageGuard guard, Clock clock) {
        this(languages, guard, clock, new SiteBlocks(learned -> { }));
    }

    /** @param siteBlocks what is known of each site's recurring blocks, shared as the caller arranges */
    public ArticleParser(LanguageDetector languages, PageGuard guard, Clock clock, SiteBlocks siteBlocks) {
        this.html = new HtmlExtractor(clock);
        this.boilerplate = new BoilerplateFilter(languages);
        this.languages = languages;
        this.guard = guard;
        this.siteBlocks = siteBlocks;
    }

    /** @throws UnparseablePageException when the page is not HTML, too large, or holds no text */
    public Article parse(RawPage page) throws UnparseablePageException {
        guard.check(page);
        String url = page.finalUrl() != null ? page.finalUrl() : page.url();
        HtmlExtractor.Extraction extraction = html.extract(page.html(), url);
        PageMetadata meta = extraction.metadata();
        BoilerplateFilter.Result candidates = boilerplate.apply(extraction.blocks(), meta.title());
        LanguageDetector.Detection language = languages.detectBody(candidates.paragraphs());
        BoilerplateFilter.Result edges = boilerplate.foreignEdges(candidates, language.language());
        String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
        SiteBlocks.Result body = siteBlocks.apply(site(canonical), edges.paragraphs());
        List<Boilerplate> removed = new ArrayList<>(edges.removed());
        removed.addAll(body.removed());
        String text = String.join(PARAGRAPH_SEPARATOR, body.paragraphs());
        int words = wordCount(text);
        return new Article(page.id() != null ? page.id() : ArticleIds.fromUrl(url), url, canonical, site(canonical),
                meta.title(), meta.description(), meta.authors(), meta.publishedAt(), meta.modifiedAt(),
                meta.section(), meta.tags(), language.language(), language.confidence(), text, body.paragraphs(),
                List.copyOf(removed), statementsOf(body.paragraphs(), language.language(), url), words,
                ArticleIds.contentHash(text), ParserVersion.CURRENT, page.fetchedAt(), pageType(meta, words),
                meta.image(), SimHash.of(text));
    }

    /**
     * Statements are found by rules over whatever prose a page holds: should one of them fail on a sentence nobody
     * foresaw, the article goes on without statements rather than into the dead-letter topic.
     */
    private List<Statement> statementsOf(List<String> paragraphs, String language, String url) {
        try {
            return statements.extract(paragraphs, language);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "statement extraction failed on " + url + ", article kept without statements", e);
            return List.of();
        }
    }

    /**
     * Article when there is an article's worth of text (or a short text on a page that says it is an article);
     * listing when little text sits among many links; other otherwise (video pages, galleries, error pages).
     */
    private static String pageType(PageMetadata meta, int words) {
        if (words >= ARTICLE_WORDS || meta.declaresArticle() && words >= DECLARED_ARTICLE_WORDS) {
            return Article.ARTICLE;
        }
        return meta.links() >= LISTING_LINKS ? Article.LISTING : Article.OTHER;
    }

    private static String site(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Runs of letters, digits and underscores, as the benchmark and most word counters count them. */
    private static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || c == '_';
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }
}
