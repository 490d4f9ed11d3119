package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.nlp.SyntaxTriggers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cascade parses only sentences with a trigger: every word the commitment rules start from must be one. */
class CommitmentTriggersParsedTest {

    @Test
    void everyCommitmentTriggerGetsItsSentenceParsed() {
        Set<String> missing = new HashSet<>();
        for (Set<String> words : List.of(Triggers.PROMISE, Triggers.PLEDGE, Triggers.PLAN, Triggers.OFFER,
                Triggers.NOUNS, Set.of("will", "shall", "'ll", "wo"))) {
            words.stream().filter(w -> !SyntaxTriggers.COMMITMENT.contains(w)).forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), "not in SyntaxTriggers.COMMITMENT: " + missing);
    }
}
