package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parse gate's "parse-place" words ("be", "go", ...) parse their sentence only with a place after a locative
 * preposition, and a place set off by commas right after a person does too; no NLP needed.
 */
class PresenceParseGateTest {

    /** "word/NER" tokens, the word its own lemma; no NER given is O. */
    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            String[] f = w.split("/");
            CoreLabel label = new CoreLabel();
            label.setWord(f[0]);
            label.setLemma(f[0]);
            label.setNER(f.length > 1 ? f[1] : "O");
            return label;
        }).toList();
    }

    @Test
    void aCopulaOrAVerbOfGoingBeforeAPlace() {
        assertTrue(SyntaxTriggers.present(tokens("Arata/PERSON be in Hanoi/CITY .")));
        assertTrue(SyntaxTriggers.present(tokens("she will be in Montenegro/COUNTRY on 27 February")));
        assertTrue(SyntaxTriggers.present(tokens("from Cairo/CITY she go on to Amman/CITY .")));
        assertTrue(SyntaxTriggers.present(tokens("Sorokin/PERSON be at the Kremlin/LOCATION")));
    }

    @Test
    void notTheWordAlone() {
        assertFalse(SyntaxTriggers.present(tokens("the economy be in recession .")));
        assertFalse(SyntaxTriggers.present(tokens("Li/PERSON go on to say that trade would grow")));
        assertFalse(SyntaxTriggers.present(tokens("the concert be at a hotel near the airport")));
    }

    @Test
    void aPlaceSetOffAfterAPerson() {
        assertTrue(SyntaxTriggers.present(tokens("Anna/PERSON Berg/PERSON , in Seoul/CITY for talks , say")));
        assertFalse(SyntaxTriggers.present(tokens("Anna/PERSON Berg/PERSON , in a statement , say")));
        assertFalse(SyntaxTriggers.present(tokens("prices , in Seoul/CITY and elsewhere , rise")));
    }

    @Test
    void aCalendarWordOnlyBetweenBeAndTo() {
        assertTrue(SyntaxTriggers.present(tokens("the two sides be set to sign an accord")));
        assertTrue(SyntaxTriggers.present(tokens("Veloria be due to hand over two boats")));
        assertFalse(SyntaxTriggers.present(tokens("the flight be delay due to the storm")));
        assertFalse(SyntaxTriggers.present(tokens("a set of rules be adopt")));
    }
}
