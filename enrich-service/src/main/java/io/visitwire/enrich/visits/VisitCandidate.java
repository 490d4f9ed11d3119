package io.visitwire.enrich.visits;

import io.visitwire.enrich.entities.CanonicalEntity;
import io.visitwire.enrich.nlp.Sentence;
import io.visitwire.schemas.avro.VisitStatus;
import java.util.List;

/** A visit read from one sentence, before conversion to the Avro {@code VisitMention}. */
public record VisitCandidate(CanonicalEntity visitor, String place, String country, String start, String end,
                             List<CanonicalEntity> hosts, VisitStatus status, Sentence evidence) {
}
