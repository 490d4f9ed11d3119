package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import io.visitwire.extraction.lexicon.Lexicon;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parse gate is derived from the lexicon: the words of the lists tagged "parse", and only those. */
class SyntaxTriggersTest {

    /** Tokens whose lemmas are the given words. */
    private static List<CoreLabel> lemmas(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            label.setLemma(w);
            return label;
        }).toList();
    }

    @Test
    void theFirstWordOfEveryEntryOfAParseListGatesItsSentence() {
        for (Lexicon list : Lexicon.tagged(Lexicon.PARSE)) {
            for (String w : list.firstWords()) {
                assertTrue(SyntaxTriggers.present(lemmas("the " + w + " .")), w + " of " + list.name());
            }
        }
    }

    @Test
    void wordsOfOtherListsDoNot() {
        assertFalse(SyntaxTriggers.present(lemmas("the economy grow in the third quarter .")));
        assertFalse(SyntaxTriggers.isTrigger("reaffirm"), "reaffirmation-verbs is read on parses, but no rule starts there");
    }

    @Test
    void aSentenceIsParsedForAnyTriggerItHolds() {
        assertTrue(SyntaxTriggers.present(lemmas("the minister arrive in Lima")));
        assertTrue(SyntaxTriggers.present(lemmas("they will provide aid")));
        assertTrue(SyntaxTriggers.present(lemmas("the president call off the trip")), "a phrase's first word");
    }
}
