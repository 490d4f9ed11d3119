package io.visitwire.extraction.commitments;

import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.schemas.avro.CommitmentKind;

/** An undertaking read from one sentence, before conversion to the Avro {@code Commitment}. */
public record CommitmentCandidate(Party committer, String recipient, String action, CommitmentKind kind,
                                  String due, Double amount, String currency, double confidence, Sentence evidence) {
}
