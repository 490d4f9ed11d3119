package io.visitwire.extraction.visits.article;

import io.visitwire.extraction.visits.sentence.VisitTriggers;
import io.visitwire.extraction.visits.sentence.Hosts;
import io.visitwire.extraction.visits.sentence.Destinations;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitCandidate;
import io.visitwire.extraction.visits.VisitRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * "He met with ...", "They also met with ..." right after a visit sentence: the people met there are
 * hosts of that visit, as long as the text has not moved on to another place.
 */
public final class HostsFromFollowingSentences {

    private final Destinations destinations;

    public HostsFromFollowingSentences(Destinations destinations) {
        this.destinations = destinations;
    }

    public List<VisitCandidate> apply(VisitArticle a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        for (int vi = 0; vi < out.size(); vi++) {
            VisitCandidate v = out.get(vi);
            int at = v.evidence().index();
            final int evidenceAt = at;
            long countries = out.stream().filter(o -> o.evidence().index() == evidenceAt && o.visitor() == v.visitor())
                    .map(VisitCandidate::country).distinct().count();
            if (countries != 1) {
                continue;
            }
            List<CanonicalEntity> hosts = new ArrayList<>(v.hosts());
            for (int si = at + 1; si < Math.min(at + 4, a.doc.sentences().size()); si++) {
                Sentence s = a.doc.sentences().get(si);
                final int sIndex = si;
                boolean elsewhere = out.stream().anyMatch(o -> o.evidence().index() == sIndex)
                        || destinations.placesIn(s, a.index).stream().anyMatch(p -> !p.country().equals(v.country()));
                if (elsewhere) {
                    break;
                }
                for (Token t : s.tokens()) {
                    if (!VisitTriggers.isMeet(t) || !actsAsVisitor(a, s, t.index(), v.visitor())) {
                        continue;
                    }
                    for (CanonicalEntity m : Hosts.metPersons(a, s, t.index())) {
                        if (m != v.visitor() && !hosts.contains(m) && !Hosts.compatriotAbroad(m, v.visitorCountry(), v.country())) {
                            hosts.add(m);
                        }
                    }
                }
            }
            if (hosts.size() != v.hosts().size()) {
                out.set(vi, v.withHosts(hosts).withRule(VisitRule.HOSTS_NEXT_SENTENCES));
            }
        }
        return out;
    }

    /**
     * The subject of {@code verb} is the visitor, or a pronoun or description ("the chairman", "the
     * delegation") that names no one else.
     */
    private static boolean actsAsVisitor(VisitArticle a, Sentence s, int verb, CanonicalEntity visitor) {
        Optional<CanonicalEntity> subj = a.subjects.subjectOf(s, verb);
        if (subj.isPresent()) {
            return subj.get() == visitor;
        }
        List<Integer> subjects = SubjectResolver.subjects(s, verb);
        if (subjects.isEmpty()) {
            return false;
        }
        Token st = s.tokens().get(subjects.get(0));
        return st.pos().startsWith("PRP") || st.pos().startsWith("NN") && !st.pos().startsWith("NNP")
                || "TITLE".equals(st.ner());
    }
}
