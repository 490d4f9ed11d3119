package io.visitwire.extraction.commitments;

import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.schemas.avro.CommitmentKind;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An undertaking read from one sentence, before conversion to the Avro {@code Commitment}.
 * {@code rules}: the rules that made and shaped it, in the order they applied, each once.
 */
public record CommitmentCandidate(Party committer, String recipient, String action, CommitmentKind kind,
                                  String due, Double amount, String currency, double confidence, Sentence evidence,
                                  List<CommitmentRule> rules) {

    public CommitmentCandidate {
        rules = List.copyOf(new LinkedHashSet<>(rules));
    }
}
