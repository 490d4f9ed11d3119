package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCuesTest {

    private static List<CoreLabel> words(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            label.setNER("O");
            return label;
        }).toList();
    }

    private static boolean holdsTime(List<CoreLabel> tokens) {
        return !TimeCues.windows(tokens, 0).isEmpty();
    }

    @Test
    void calendarWordsNumbersShapedLikeDatesAndClockTimesAreCues() {
        assertTrue(holdsTime(words("The minister arrived yesterday .")));
        assertTrue(holdsTime(words("Talks resume next week .")));
        assertTrue(holdsTime(words("She will visit Lagos on Feb. 15 .")));
        assertTrue(holdsTime(words("The accord of 1994 still holds .")));
        assertTrue(holdsTime(words("They met Dec. 8-9 in Tokyo .")));
        assertTrue(holdsTime(words("The session opens at 10:30 .")));
        assertTrue(holdsTime(words("It was the 15th round of talks .")));
    }

    @Test
    void aTemporalTagFromTheFirstStepIsACue() {
        List<CoreLabel> tokens = words("Talks resumed on Bastille Day");
        tokens.get(4).setNER("DATE");
        assertTrue(holdsTime(tokens));
    }

    @Test
    void aSentenceWithoutAnyIsNotSentToSutime() {
        assertFalse(holdsTime(words("The delegation met the governor of the province .")));
        assertFalse(holdsTime(words("He promised to relay the message to the president .")));
    }

    @Test
    void hyphenatedCalendarWordsAreCues() {
        assertTrue(holdsTime(words("He began a two-day tour .")));
        assertTrue(holdsTime(words("Elections are due by mid-March .")));
    }

    @Test
    void windowsReachAroundEachCueAndJoinWhereTheyMeet() {
        List<CoreLabel> tokens = words("On Monday the minister , who had flown in from the capital , met the envoy on Tuesday .");
        assertArrayEquals(new int[] {0, 4}, TimeCues.windows(tokens, 2).get(0));
        assertArrayEquals(new int[] {15, 19}, TimeCues.windows(tokens, 2).get(1));
        assertEquals(1, TimeCues.windows(tokens, 8).size(), "stretches that overlap are one");
        assertEquals(List.of(), TimeCues.windows(words("The delegation met the governor ."), 4));
    }
}
