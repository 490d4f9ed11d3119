package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.SyntaxTriggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cascade parses only sentences with a trigger, and derives the triggers from the lexicon files tagged
 * "parse": every list the commitment rules start from must be one of them, and its words then gate the parse.
 */
class CommitmentTriggersParsedTest {

    @Test
    void everyListTheCommitmentRulesStartFromGatesTheParse() {
        for (Lexicon words : List.of(Triggers.PROMISE, Triggers.PLEDGE, Triggers.PLAN, Triggers.OFFER,
                Triggers.NOUNS, Triggers.FUTURE_MODALS)) {
            assertTrue(words.tags().contains(Lexicon.PARSE), words.name() + " is not tagged parse in lexicon/index.lst");
            words.firstWords().forEach(w -> assertTrue(SyntaxTriggers.isTrigger(w), w + " of " + words.name()));
        }
    }
}
