package io.newsflow.parser.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String STORY = String.join(" ", List.of(
            "Russian Foreign Minister Sergey Lavrov said that Russia and Azerbaijan are united by multi-century ties.",
            "The visit by Azerbaijani President Ilham Aliyev to Russia in February this year opened a new page in the",
            "relations between the two countries. Speaking about the activities of the intergovernmental commission,",
            "the Russian minister said that work is underway for the delimitation of the borders after the war.",
            "Sergey Lavrov also said that Russia is ready to participate in the restoration of the territories."));

    @Test
    void syndicatedCopiesAreAFewBitsApart() {
        String copy = STORY.replace("The visit by", "The recent visit by") + " Follow us on Telegram.";

        assertTrue(SimHash.distance(SimHash.of(STORY), SimHash.of(copy)) <= 10);
    }

    @Test
    void differentStoriesAreFarApart() {
        String other = "Quantum sensors mapped the floor of a busy harbour in eight hours, a job that usually takes"
                + " sonar crews most of a week, and port authorities hope faster surveys will speed up dredging.";

        assertTrue(SimHash.distance(SimHash.of(STORY), SimHash.of(other)) > 16);
    }

    @Test
    void isStableAndCaseBlind() {
        assertEquals(SimHash.of(STORY), SimHash.of(STORY.toUpperCase()));
        assertEquals(16, SimHash.of("").length());
    }
}
