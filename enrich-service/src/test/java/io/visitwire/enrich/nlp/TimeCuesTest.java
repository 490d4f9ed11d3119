package io.visitwire.enrich.nlp;

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

    @Test
    void calendarWordsNumbersShapedLikeDatesAndClockTimesAreCues() {
        assertTrue(TimeCues.mayHoldTime(words("The minister arrived yesterday .")));
        assertTrue(TimeCues.mayHoldTime(words("Talks resume next week .")));
        assertTrue(TimeCues.mayHoldTime(words("She will visit Lagos on Feb. 15 .")));
        assertTrue(TimeCues.mayHoldTime(words("The accord of 1994 still holds .")));
        assertTrue(TimeCues.mayHoldTime(words("They met Dec. 8-9 in Tokyo .")));
        assertTrue(TimeCues.mayHoldTime(words("The session opens at 10:30 .")));
        assertTrue(TimeCues.mayHoldTime(words("It was the 15th round of talks .")));
    }

    @Test
    void aTemporalTagFromTheFirstStepIsACue() {
        List<CoreLabel> tokens = words("Talks resumed on Bastille Day");
        tokens.get(4).setNER("DATE");
        assertTrue(TimeCues.mayHoldTime(tokens));
    }

    @Test
    void aSentenceWithoutAnyIsNotSentToSutime() {
        assertFalse(TimeCues.mayHoldTime(words("The delegation met the governor of the province .")));
        assertFalse(TimeCues.mayHoldTime(words("He promised to relay the message to the president .")));
    }
}
