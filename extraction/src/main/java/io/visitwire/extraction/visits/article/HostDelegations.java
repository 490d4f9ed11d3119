package io.visitwire.extraction.visits.article;

import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitCandidate;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.extraction.visits.rules.VisitPatterns;
import java.util.LinkedHashMap;
import java.util.Map;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * "The Mexican delegation included A; B; and C": the visited country's delegation are hosts of the
 * visits to that country (the visitor's own delegation are fellow travellers, not hosts).
 */
public final class HostDelegations {

    /** "The Mexican delegation included A; B; and C": the verbs, then who a delegation can be. */
    public static final Lexicon DELEGATION_VERBS = Lexicon.of("membership-verbs");
    private static final Lexicon DELEGATION_NOUNS = Lexicon.of("delegation-nouns");

    private final Gazetteer gazetteer;

    public HostDelegations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<VisitCandidate> apply(VisitArticle a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        for (Sentence s : a.doc.sentences()) {
            if (s.tokens().stream().noneMatch(t -> t.isVerb() && DELEGATION_VERBS.contains(t.lowerLemma()))) {
                continue; // no graph for a sentence the rule cannot match
            }
            // one (verb, delegation) per group of matches, its modifiers in text order
            Map<List<Integer>, List<Integer>> modifiers = new LinkedHashMap<>();
            for (VisitPatterns.Match m : a.matches(VisitRule.HOSTS_DELEGATION, s)) {
                modifiers.computeIfAbsent(List.of(m.node("verb"), m.node("delegation")), k -> new ArrayList<>())
                        .add(m.node("modifier"));
            }
            for (var group : modifiers.entrySet()) {
                Token t = s.tokens().get(group.getKey().get(0));
                String country = null;
                for (int mod : group.getValue().stream().sorted().distinct().toList()) {
                    Optional<CanonicalEntity> e = a.index.at(s.index(), mod);
                    country = e.filter(x -> x.type() == EntityType.PERSON).isPresent() ? null
                            : gazetteer.countryOfAny(s.tokens().get(mod).word()).orElse(country);
                }
                if (country == null) {
                    continue;
                }
                List<CanonicalEntity> members = new ArrayList<>();
                for (var m : a.index.mentionsIn(s.index())) {
                    if (m.getValue().type() == EntityType.PERSON && m.getKey().tokenStart() > t.index()
                            && !members.contains(m.getValue())) {
                        members.add(m.getValue());
                    }
                }
                for (int vi = 0; vi < out.size(); vi++) {
                    VisitCandidate v = out.get(vi);
                    if (!country.equals(v.country()) || country.equals(v.visitorCountry())) {
                        continue;
                    }
                    List<CanonicalEntity> hosts = new ArrayList<>(v.hosts());
                    members.stream().filter(m -> m != v.visitor() && !hosts.contains(m)).forEach(hosts::add);
                    out.set(vi, hosts.size() > v.hosts().size()
                            ? v.withHosts(hosts).withRule(VisitRule.HOSTS_DELEGATION) : v.withHosts(hosts));
                }
            }
        }
        return out;
    }
}
