package io.visitwire.extraction.visits.article;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.visits.VisitCandidate;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.extraction.visits.sentence.VisitTriggers;
import io.visitwire.extraction.visits.sentence.Visitors;
import io.visitwire.schemas.avro.VisitStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "X cancelled his trip to A and B. Y will lead the delegation instead": the person who goes in a cancelled
 * traveller's place makes the trip, to each country of the cancelled one, with its dates; said in a sentence of
 * its own that names no place (one that names places is read by the sentence rules). Only a verb of going,
 * leading or attending that "instead" qualifies, with a person subject, up to {@value #REACH} sentences after
 * the cancellation.
 */
public final class Substitutes {

    private static final int REACH = 2;
    private static final Lexicon GOING = Lexicon.union("travel-verbs", "meeting-verbs", "onward-verbs");
    private static final Lexicon NEGATIONS = Lexicon.of("negations");

    private Substitutes() {
    }

    public static List<VisitCandidate> apply(VisitArticle a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        for (Sentence s : a.doc.sentences()) {
            for (Dependency d : s.dependencies()) {
                if (d.governor() < 0 || !instead(s, d)) {
                    continue;
                }
                int verb = d.governor();
                Token v = s.tokens().get(verb);
                if (!v.isVerb() || !GOING.contains(v.lowerLemma()) || VisitTriggers.isCancel(s, verb) || negated(s, verb)) {
                    continue;
                }
                Optional<CanonicalEntity> subject = Visitors.person(a.subjects.subjectOf(s, verb));
                if (subject.isEmpty()) {
                    // "Minister for Africa Tom Hale will travel instead": the person inside a title-headed subject
                    subject = SubjectResolver.subjects(s, verb).stream().map(t -> Visitors.firstPersonUnder(s, t, a.index))
                            .flatMap(Optional::stream).findFirst();
                }
                Optional<CanonicalEntity> who = subject;
                if (who.isEmpty() || out.stream().anyMatch(x -> x.evidence().index() == s.index() && x.visitor() == who.get())) {
                    continue;
                }
                List<VisitCandidate> cancelled = out.stream().filter(x -> x.status() == VisitStatus.CANCELLED
                        && x.visitor() != who.get() && x.evidence().index() < s.index()
                        && x.evidence().index() >= s.index() - REACH).toList();
                VisitStatus status = future(s, verb) || !v.pos().equals("VBD") && !v.pos().equals("VBN")
                        ? VisitStatus.PLANNED : VisitStatus.COMPLETED;
                for (VisitCandidate c : cancelled) {
                    if (out.stream().noneMatch(x -> x.visitor() == who.get() && x.country().equals(c.country()))) {
                        List<VisitRule> rules = List.of(VisitRule.SUBSTITUTE, VisitRule.VISITOR_SUBJECT);
                        String home = who.get().country() != null && who.get().countryExplicit() ? who.get().country()
                                : a.ctx.homeCountry();
                        if (c.country().equals(home)) {
                            continue;
                        }
                        out.add(new VisitCandidate(who.get(), home, c.place(), c.country(), c.start(),
                                c.end(), List.of(), status, s, rules));
                    }
                }
            }
        }
        return out;
    }

    /** "will travel instead", "will go in his place", "will attend in her stead": the verb is a stand-in's. */
    private static boolean instead(Sentence s, Dependency d) {
        String w = s.tokens().get(d.dependent()).lowerWord();
        if (d.relation().equals("advmod")) {
            return w.equals("instead");
        }
        return d.relation().equals("obl:in") && (w.equals("place") || w.equals("stead"))
                && !s.children(d.dependent(), "nmod:poss").isEmpty();
    }

    private static boolean future(Sentence s, int verb) {
        return s.children(verb, "aux").stream()
                .anyMatch(x -> VisitTriggers.isFutureMarker(s.tokens().get(x.dependent()).lowerWord()));
    }

    private static boolean negated(Sentence s, int verb) {
        return s.children(verb, null).stream().anyMatch(x -> x.relation().equals("advmod")
                && NEGATIONS.contains(s.tokens().get(x.dependent()).lowerWord()));
    }
}
