package io.visitwire.extraction.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    @Test
    void aListIsReadOnceAndIsAnImmutableSetOfItsEntriesInFileOrder() {
        Lexicon moves = Lexicon.of("travel-verbs");
        assertSame(moves, Lexicon.of("travel-verbs"));
        assertEquals("visit", moves.iterator().next());
        assertTrue(moves.contains("arrive"));
        assertFalse(moves.contains("Arrive"), "entries are matched as written: callers pass lower-case words");
        assertThrows(UnsupportedOperationException.class, () -> moves.add("teleport"));
    }

    @Test
    void phrasesAreMatchedWordByWordTheLongestFirst() {
        Lexicon cancel = Lexicon.of("cancel-verbs");
        assertEquals(2, cancel.phraseAt(words("the visit was call off today"), 3, w -> w));
        assertEquals(1, cancel.phraseAt(words("they cancel it"), 1, w -> w));
        assertEquals(0, cancel.phraseAt(words("a phone call"), 2, w -> w), "\"call\" alone is no cancellation");
        assertEquals(0, cancel.phraseAt(words("call"), 0, w -> w));
        assertTrue(cancel.firstWords().contains("call"));
    }

    @Test
    void anAlternationMatchesAnyEntryLiterally() {
        Pattern cancel = Pattern.compile("(?i)" + Lexicon.of("cancel-verbs").alternation());
        assertTrue(cancel.matcher("Call off").matches());
        assertTrue(cancel.matcher("scrap").matches());
        assertFalse(cancel.matcher("call").matches());
        assertFalse(cancel.matcher("call.off").matches(), "entries are literals, not patterns");
    }

    @Test
    void aUnionHoldsEveryPartsEntriesAndTheTagsTheyShare() {
        Lexicon nouns = Lexicon.union("trip-nouns", "meeting-nouns");
        assertTrue(nouns.containsAll(Lexicon.of("trip-nouns")));
        assertTrue(nouns.containsAll(Lexicon.of("meeting-nouns")));
        assertTrue(nouns.tags().contains(Lexicon.PARSE));
        assertFalse(Lexicon.union("trip-nouns", "topic-verbs").tags().contains(Lexicon.PARSE));
    }

    @Test
    void theParseTaggedListsAreTheIndexesOnes() {
        for (Lexicon l : Lexicon.tagged(Lexicon.PARSE)) {
            assertTrue(Lexicon.index().get(l.name()).contains(Lexicon.PARSE), l.name());
        }
        assertFalse(Lexicon.tagged(Lexicon.PARSE).isEmpty());
    }
}
