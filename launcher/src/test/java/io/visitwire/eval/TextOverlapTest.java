package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextOverlapTest {

    @Test
    void jaccardOfFoldedWordSets() {
        assertEquals(1.0, TextOverlap.tokenJaccard("Gates said so.", "gates SAID so"));
        assertEquals(0.5, TextOverlap.tokenJaccard("a b c", "a b d"), 1e-9);
        assertEquals(0.0, TextOverlap.tokenJaccard("", "a b"));
        assertEquals(0.0, TextOverlap.tokenJaccard(null, "a b"));
    }

    @Test
    void sameSentenceCutDifferentlyStillCounts() {
        String gold = "He promised to relay the message to Secretary of State Hillary Rodham Clinton.";
        String predicted = "Gates said he promised to relay the message to Secretary of State Clinton";
        assertTrue(TextOverlap.sameSentence(gold, predicted));
        assertFalse(TextOverlap.sameSentence(gold, "The secretary delivered a letter to Aliyev from President Obama."));
    }

    @Test
    void contentWordsLeaveOutStopWords() {
        assertTrue(TextOverlap.contentWords("to the of").isEmpty());
        assertEquals(List.of("relay", "message", "hillary", "rodham", "clinton"),
                List.copyOf(TextOverlap.contentWords("relay the message to Hillary Rodham Clinton")));
    }

    @Test
    void halfOfTheGoldContentWordsIsEnough() {
        // content words: relay, message, hillary, rodham, clinton; three of five present
        assertTrue(TextOverlap.coversHalfOfContentWords("relay the message to Hillary Rodham Clinton",
                "pass on the message to Clinton, he said, and relay it"));
        // two of five
        assertFalse(TextOverlap.coversHalfOfContentWords("relay the message to Hillary Rodham Clinton",
                "send a message to Clinton"));
        assertFalse(TextOverlap.coversHalfOfContentWords("to the", "to the"));
    }
}
