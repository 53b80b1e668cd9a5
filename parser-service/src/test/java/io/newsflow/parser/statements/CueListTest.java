package io.newsflow.parser.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueListTest {
    private final CueList verbs = new CueList(List.of("told", "said", "told reporters", "said in a statement", "d'après"));

    @Test
    void looksCuesUpByTheirFirstWordLongestFirst() {
        String lower = "the minister told reporters on monday";
        assertEquals(List.of("told reporters", "told"), verbs.startingAt(lower, lower.indexOf("told")));
        assertEquals(List.of(), verbs.startingAt(lower, lower.indexOf("minister")));
        assertEquals(List.of("d'après"), verbs.startingAt("d'après le ministre", 0));
    }

    @Test
    void keepsOnlyTheCuesATextHolds() {
        assertEquals(List.of("said in a statement", "said"), verbs.in("the bank said in a statement that"));
        assertTrue(verbs.in("the bank posted profits").isEmpty());
    }

    @Test
    void findsTheFirstCueAtWordBoundariesOutsideQuotes() {
        String text = "“It was said,” the unsaid minister told reporters.";
        String lower = text.toLowerCase();
        Cue cue = Cue.first(text, lower, verbs, List.of(new int[] {0, text.indexOf('”')}), 0);
        assertEquals("told reporters", cue.word());
        assertEquals(text.indexOf("told"), cue.start());
        assertNull(Cue.first(text, lower, verbs, List.of(), text.indexOf("reporters")));
    }
}
