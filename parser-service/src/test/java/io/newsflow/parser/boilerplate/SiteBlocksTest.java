package io.newsflow.parser.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Learning a site's recurring blocks from its pages, and sharing what was learned. */
class SiteBlocksTest {
    private static final String PROMO = "Haber Merkezi muhabirleri bölgedeki gelişmeleri sizin için 7/24 takip ediyor.";

    private final List<SiteBlocks.Sighting> shared = new ArrayList<>();
    private final SiteBlocks blocks = new SiteBlocks(shared::add);

    @Test
    void aBlockOnFivePagesIsRemovedFromTheSixthAndReported() {
        for (int page = 0; page < SiteBlocks.MIN_PAGES; page++) {
            SiteBlocks.Result result = blocks.apply("haber.example", page(page));
            assertEquals(3, result.paragraphs().size(), "page " + page + " keeps everything while learning");
        }

        SiteBlocks.Result sixth = blocks.apply("haber.example", page(5));

        assertEquals(List.of(lead(5), body(5)), sixth.paragraphs());
        assertEquals(PROMO, sixth.removed().get(0).text());
        assertEquals("site:recurring", sixth.removed().get(0).reason());
    }

    @Test
    void otherSitesAndRepeatsOfOnePageTeachNothing() {
        for (int i = 0; i < 10; i++) {
            blocks.apply("haber.example", page(0));
        }
        for (int page = 1; page < 10; page++) {
            blocks.apply("other.example", page(page));
        }

        assertTrue(blocks.apply("haber.example", page(20)).removed().isEmpty());
    }

    @Test
    void aLeadThatOnlyResemblesOthersIsKept() {
        for (int page = 0; page < 8; page++) {
            blocks.apply("haber.example", List.of("Officials said on Monday that talks on trade number " + page
                    + " would continue.", body(page)));
        }

        SiteBlocks.Result result = blocks.apply("haber.example",
                List.of("Officials said on Monday that talks on trade number 9 would continue.", body(9)));

        assertTrue(result.removed().isEmpty());
    }

    @Test
    void whatOneReplicaLearnsAnotherUses() {
        for (int page = 0; page < SiteBlocks.MIN_PAGES; page++) {
            blocks.apply("haber.example", page(page));
        }
        SiteBlocks replica = new SiteBlocks(sighting -> { });
        shared.forEach(replica::merge);

        assertEquals(PROMO, replica.apply("haber.example", page(7)).removed().get(0).text());
    }

    @Test
    void neverRemovesMostOfAnArticle() {
        for (int page = 0; page < 8; page++) {
            blocks.apply("haber.example", List.of("Short story.", "Same second line.", "Distinct " + page));
        }

        SiteBlocks.Result result = blocks.apply("haber.example", List.of("Short story.", "Same second line.", "New"));

        assertTrue(result.paragraphs().size() >= 2, result.toString());
    }

    private static List<String> page(int n) {
        return List.of(lead(n), PROMO, body(n));
    }

    private static String lead(int n) {
        return "Story " + n + ": the regional council approved a new budget for the harbour district on Tuesday.";
    }

    private static String body(int n) {
        return "The vote in story " + n + " followed weeks of debate over the cost of dredging and new quay walls, "
                + "which the mayor called the largest investment in the port for a generation.";
    }
}
