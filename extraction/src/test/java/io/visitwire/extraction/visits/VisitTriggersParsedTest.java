package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.SyntaxTriggers;
import io.visitwire.extraction.visits.article.EndsFromDepartures;
import io.visitwire.extraction.visits.article.HostDelegations;
import io.visitwire.extraction.visits.sentence.Hosts;
import io.visitwire.extraction.visits.sentence.VisitTriggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cascade parses only sentences with a trigger, and derives the triggers from the lexicon files tagged
 * "parse": every list the visit rules start from must be one of them, and its words then gate the parse.
 */
class VisitTriggersParsedTest {

    @Test
    void everyListTheVisitRulesStartFromGatesTheParse() {
        for (Lexicon words : List.of(VisitTriggers.MOVE_VERBS, VisitTriggers.MOVE_NOUNS,
                VisitTriggers.MEET_VERBS, Hosts.MEET_LEMMAS, VisitTriggers.HOST_VERBS,
                VisitTriggers.DEPART, VisitTriggers.CANCEL, HostDelegations.DELEGATION_VERBS,
                // the rule for ended visits needs both an ending verb and one of these nouns: the nouns suffice
                EndsFromDepartures.ENDED_NOUNS)) {
            assertTrue(words.tags().contains(Lexicon.PARSE), words.name() + " is not tagged parse in lexicon/index.lst");
            words.firstWords().forEach(w -> assertTrue(SyntaxTriggers.isTrigger(w), w + " of " + words.name()));
        }
    }
}
