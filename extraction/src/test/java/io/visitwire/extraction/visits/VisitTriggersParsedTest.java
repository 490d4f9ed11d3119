package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.nlp.SyntaxTriggers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cascade parses only sentences with a trigger: every single word the visit rules start from must be one. */
class VisitTriggersParsedTest {

    @Test
    void everyVisitTriggerGetsItsSentenceParsed() {
        Set<String> missing = new HashSet<>();
        for (Set<String> words : List.of(VisitExtractor.MOVE_VERBS, VisitExtractor.MOVE_NOUNS,
                VisitExtractor.MEET_VERBS, VisitExtractor.MEET_LEMMAS, VisitExtractor.HOST_VERBS,
                VisitExtractor.DEPART, VisitExtractor.CANCEL, VisitExtractor.DELEGATION_VERBS,
                // the rule for ended visits needs both an ending verb and one of these nouns: the nouns suffice
                VisitExtractor.ENDED_NOUNS)) {
            words.stream().map(w -> w.split(" ")[0])
                    .filter(w -> !SyntaxTriggers.VISIT.contains(w)).forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), "not in SyntaxTriggers.VISIT: " + missing);
    }
}
