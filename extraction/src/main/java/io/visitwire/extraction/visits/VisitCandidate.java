package io.visitwire.extraction.visits;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A visit read from one sentence (hosts possibly completed from the sentences that follow), before
 * conversion to the Avro {@code VisitMention}. {@code visitorCountry} may differ from the visitor
 * entity's country: a visitor with no known country is taken to travel for the publisher's country.
 * {@code rules}: the rules that made and shaped it, in the order they applied, each once.
 */
public record VisitCandidate(CanonicalEntity visitor, String visitorCountry, String place, String country,
                             String start, String end, List<CanonicalEntity> hosts, VisitStatus status,
                             Sentence evidence, List<VisitRule> rules) {

    public VisitCandidate {
        rules = List.copyOf(new LinkedHashSet<>(rules));
    }

    public VisitCandidate withHosts(List<CanonicalEntity> newHosts) {
        return new VisitCandidate(visitor, visitorCountry, place, country, start, end, List.copyOf(newHosts), status,
                evidence, rules);
    }

    public VisitCandidate withStart(String newStart) {
        return new VisitCandidate(visitor, visitorCountry, place, country, newStart, end, hosts, status, evidence, rules);
    }

    public VisitCandidate withEnd(String newEnd) {
        return new VisitCandidate(visitor, visitorCountry, place, country, start, newEnd, hosts, status, evidence, rules);
    }

    public VisitCandidate withRule(VisitRule rule) {
        List<VisitRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new VisitCandidate(visitor, visitorCountry, place, country, start, end, hosts, status, evidence, more);
    }

    public PersonRef visitorRef() {
        return new PersonRef(visitor.name(), visitor.title(), visitorCountry);
    }

    /**
     * Hosts as references: a host whose country was only assumed (the publisher's, for an unqualified
     * office) or unknown is taken to hold office in the visited country.
     */
    public List<PersonRef> hostRefs() {
        return hosts.stream().map(h -> new PersonRef(h.name(), h.title(),
                h.country() != null && h.countryExplicit() ? h.country() : country)).toList();
    }

    public boolean sameVisit(VisitCandidate o) {
        return visitor == o.visitor && Objects.equals(country, o.country);
    }
}
