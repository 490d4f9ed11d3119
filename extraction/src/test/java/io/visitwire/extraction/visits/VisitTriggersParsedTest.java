package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.SyntaxTriggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cascade parses only sentences with a trigger, and derives the triggers from the lexicon files tagged
 * "parse": every list the visit rules start from must be one of them, and its words then gate the parse.
 */
class VisitTriggersParsedTest {

    @Test
    void everyListTheVisitRulesStartFromGatesTheParse() {
        for (Lexicon words : List.of(VisitExtractor.MOVE_VERBS, VisitExtractor.MOVE_NOUNS,
                VisitExtractor.MEET_VERBS, VisitExtractor.MEET_LEMMAS, VisitExtractor.HOST_VERBS,
                VisitExtractor.DEPART, VisitExtractor.CANCEL, VisitExtractor.DELEGATION_VERBS,
                // the rule for ended visits needs both an ending verb and one of these nouns: the nouns suffice
                VisitExtractor.ENDED_NOUNS)) {
            assertTrue(words.tags().contains(Lexicon.PARSE), words.name() + " is not tagged parse in lexicon/index.lst");
            words.firstWords().forEach(w -> assertTrue(SyntaxTriggers.isTrigger(w), w + " of " + words.name()));
        }
    }
}
