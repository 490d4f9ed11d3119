package io.visitwire.extraction.visits.article;

import io.visitwire.extraction.visits.sentence.VisitDates;
import io.visitwire.extraction.visits.sentence.Visitors;
import io.visitwire.extraction.visits.sentence.VisitTriggers;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitCandidate;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.schemas.avro.VisitStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


/**
 * End of a stay: "left Baku this morning" ends the visit to Baku that day; "ended his visit" ends the
 * latest visit of that person on its last known day.
 */
public final class EndsFromDepartures {

    /** "He ended his visit on Tuesday": the verbs, then what must be ended (the rule needs both). */
    private static final Lexicon END_VERBS = Lexicon.of("ending-verbs");
    public static final Lexicon ENDED_NOUNS = Lexicon.of("trip-nouns");
    /** "return": a motion with no place of its own; with "home" it ends a stay. */
    private static final Lexicon RETURN = Lexicon.of("general-motion-verbs");

    private EndsFromDepartures() {
    }

    public static List<VisitCandidate> apply(VisitArticle a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        for (Sentence s : a.doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isVerb()) {
                    continue;
                }
                String l = t.lowerLemma();
                // "returned home on Saturday", "flew home": going home ends the visit the text is on
                boolean departs = VisitTriggers.DEPART.contains(l)
                        || (RETURN.contains(l) || VisitTriggers.MOVE_VERBS.contains(l)) && homeward(s, t.index());
                boolean ends = END_VERBS.contains(l) && s.children(t.index(), "obj").stream()
                        .anyMatch(d -> ENDED_NOUNS.contains(s.tokens().get(d.dependent()).lowerLemma()));
                if (!departs && !ends) {
                    continue;
                }
                Optional<CanonicalEntity> who = Visitors.person(a.subjects.subjectOf(s, t.index()));
                if (who.isEmpty()) {
                    continue;
                }
                String day = VisitDates.dateOf(s, t.index(), a.dates);
                // "concluded her visit to Japan ... and left for Seoul": the visit ended is the one to the place named
                java.util.Set<String> endedIn = new java.util.HashSet<>();
                if (ends) {
                    for (var o : s.children(t.index(), "obj")) {
                        for (int i : s.subtree(o.dependent(), r -> true)) {
                            a.index.at(s.index(), i).map(CanonicalEntity::country).ifPresent(endedIn::add);
                        }
                    }
                }
                for (int vi = out.size() - 1; vi >= 0; vi--) {
                    VisitCandidate v = out.get(vi);
                    if (v.visitor() != who.get() || v.evidence().index() > s.index() || v.status() != VisitStatus.COMPLETED
                            && v.status() != VisitStatus.ONGOING) {
                        continue;
                    }
                    if (ends && !endedIn.isEmpty() && !endedIn.contains(v.country())) {
                        continue;
                    }
                    if (departs) {
                        boolean fromHere = s.children(t.index(), "obj").stream()
                                .map(d -> a.index.at(s.index(), d.dependent()))
                                .flatMap(Optional::stream)
                                .anyMatch(e -> Objects.equals(e.country(), v.country()));
                        // "left for home": the visit the text is on ends
                        boolean noPlaceLeft = s.children(t.index(), "obj").isEmpty();
                        fromHere |= homeward(s, t.index()) && noPlaceLeft;
                        // "arrived in Amman on Tuesday and left on Thursday", "She left for Cairo on Friday": a
                        // departure naming no place it leaves ends the visit told in that sentence or the one
                        // before, unless it heads there
                        fromHere |= noPlaceLeft && v.evidence().index() >= s.index() - 1 && !headsTo(a, s, t.index(), v.country());
                        if (!fromHere) {
                            continue;
                        }
                    }
                    String end = day != null ? day : lastDay(out, v);
                    if (end != null && end.length() == 10 && (v.end() == null || v.end().compareTo(end) < 0)
                            && (v.start() == null || v.start().compareTo(end) <= 0)) {
                        out.set(vi, v.withEnd(end).withRule(departs ? VisitRule.END_DEPARTURE : VisitRule.END_ENDED_VISIT));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** "left for Cairo": a departure whose destination lies in {@code country}. */
    private static boolean headsTo(VisitArticle a, Sentence s, int verb, String country) {
        return s.children(verb, null).stream()
                .filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("nmod") || d.relation().startsWith("advmod"))
                .map(d -> a.index.at(s.index(), d.dependent())).flatMap(Optional::stream)
                .anyMatch(e -> Objects.equals(e.country(), country));
    }

    /** "left for home", "departed for home": a departure whose destination is home. */
    private static boolean homeward(Sentence s, int verb) {
        return s.children(verb, null).stream().anyMatch(d -> s.tokens().get(d.dependent()).lowerWord().equals("home")
                && !d.relation().startsWith("nsubj"));
    }

    private static String lastDay(List<VisitCandidate> all, VisitCandidate v) {
        String last = null;
        for (VisitCandidate o : all) {
            if (o.sameVisit(v)) {
                for (String d : new String[] {o.start(), o.end()}) {
                    if (d != null && d.length() == 10 && (last == null || d.compareTo(last) > 0)) {
                        last = d;
                    }
                }
            }
        }
        return last;
    }
}
