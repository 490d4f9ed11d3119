package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.extraction.visits.rules.VisitPatterns;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Who travels: the trigger's subject, the person inside a title-headed subject, the person just
 * before the trigger, an earlier subject; for a visit noun its possessor ("Gates's trip") or the
 * sentence's subject; for a hosting verb its object (the guest).
 */
public final class Visitors {

    private Visitors() {
    }

    /**
     * Who travels: the trigger's subject; else the person named inside a title-headed subject
     * ("Assistant to the President ... Jane Doe"); else the person written just before the trigger
     * ("... Secretary Jane Doe recently visited"); else the subject of an earlier verb.
     */
    static Optional<CanonicalEntity> visitorOf(VisitArticle a, Sentence s, int trigger, EntityIndex index, SubjectResolver subjects,
                                                List<VisitRule> rules) {
        Token t = s.tokens().get(trigger);
        Optional<CanonicalEntity> v = Optional.empty();
        VisitRule rule;
        if (t.isVerb() || t.lowerWord().equals("bound")) {
            v = person(subjects.subjectOf(s, trigger));
            rule = VisitRule.VISITOR_SUBJECT;
            if (v.isEmpty()) {
                rule = VisitRule.VISITOR_IN_SUBJECT;
                for (int subj : SubjectResolver.subjects(s, trigger)) {
                    v = firstPersonUnder(s, subj, index);
                    if (v.isPresent()) {
                        break;
                    }
                }
            }
            if (v.isEmpty()) {
                rule = VisitRule.VISITOR_JUST_BEFORE;
                v = personJustBefore(s, trigger, index);
            }
            // "the team, which is leading the response in Ukraine": a relative clause's verb tells of the noun it
            // modifies (a person named there, or no one), never of the sentence's subject
            int modified = s.heads(trigger).stream().filter(d -> d.relation().equals("acl:relcl"))
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
            if (modified >= 0) {
                v = person(index.at(s.index(), modified));
                rule = VisitRule.VISITOR_SUBJECT;
            }
            boolean relative = modified >= 0;
            if (v.isEmpty() && !relative) {
                rule = VisitRule.VISITOR_EARLIER_SUBJECT;
                for (Token x : s.tokens()) {
                    if (x.isVerb() && x.index() < trigger) {
                        v = person(subjects.subjectOf(s, x.index()));
                        if (v.isPresent()) {
                            break;
                        }
                    }
                }
            }
        } else {
            rule = VisitRule.VISITOR_POSSESSOR;
            for (VisitPatterns.Match m : a.matches(VisitRule.VISITOR_POSSESSOR, s)) {
                if (m.node("trigger") == trigger && v.isEmpty()) {
                    v = person(subjects.resolveToken(s, m.node("visitor")));
                    // "During his talks in Baku, the minister said ...": a possessive pronoun in a phrase put
                    // before the subject points forward to that subject, not back to an earlier person
                    Optional<CanonicalEntity> ahead = s.tokens().get(m.node("visitor")).pos().equals("PRP$")
                            ? subjectAfter(s, trigger, index, subjects) : Optional.empty();
                    if (ahead.isPresent()) {
                        v = ahead;
                    }
                }
            }
            if (v.isEmpty() && !s.children(trigger, "cop").isEmpty()) {
                // "X is on a tour of Kenya and Uganda": the visit noun is the predicate, its subject the visitor
                // ("a tour of" names places, not an owner)
                rule = VisitRule.VISITOR_SUBJECT;
                v = person(subjects.subjectOf(s, trigger));
            }
            // "welcomed President Y, who is on a state visit to Russia": the relative clause's predicate tells of
            // the noun it modifies (a person named there, or no one), never of the sentence's subject
            int modified = v.isPresent() || s.children(trigger, "cop").isEmpty() ? -1
                    : s.heads(trigger).stream().filter(d -> d.relation().equals("acl:relcl"))
                            .mapToInt(Dependency::governor).findFirst().orElse(-1);
            if (modified >= 0) {
                v = person(index.at(s.index(), modified));
            }
            if (v.isEmpty() && modified < 0) {
                rule = VisitRule.VISITOR_CLAUSE_SUBJECT;
                for (Token x : s.tokens()) {
                    if (x.isVerb()) {
                        v = person(subjects.subjectOf(s, x.index()));
                        if (v.isPresent()) {
                            break;
                        }
                    }
                }
            }
        }
        if (v.isPresent()) {
            rules.add(rule);
        }
        return v;
    }

    /** The person subject of the first verb after {@code tok} whose subject is written after {@code tok}. */
    private static Optional<CanonicalEntity> subjectAfter(Sentence s, int tok, EntityIndex index, SubjectResolver subjects) {
        for (Token x : s.tokens()) {
            if (!x.isVerb() || x.index() <= tok) {
                continue;
            }
            for (int subj : SubjectResolver.subjects(s, x.index())) {
                if (subj > tok && index.at(s.index(), subj).filter(e -> e.type() == EntityType.PERSON).isPresent()) {
                    return person(index.at(s.index(), subj));
                }
            }
        }
        return Optional.empty();
    }

    /** The person at a token, or the first one in the phrase it heads ("the President of Ghana, Kofi Mensah"). */
    private static Optional<CanonicalEntity> named(VisitArticle a, Sentence s, int tok) {
        Optional<CanonicalEntity> e = person(a.index.at(s.index(), tok));
        return e.isPresent() ? e : firstPersonUnder(s, tok, a.index);
    }

    public static Optional<CanonicalEntity> person(Optional<CanonicalEntity> e) {
        return e.filter(x -> x.type() == EntityType.PERSON);
    }

    /** The first person (in text order) inside the phrase headed by {@code head}, not via clauses or possessors. */
    public static Optional<CanonicalEntity> firstPersonUnder(Sentence s, int head, EntityIndex index) {
        List<Integer> phrase = new ArrayList<>(List.of(head));
        for (int i = 0; i < phrase.size() && i < 60; i++) {
            for (Dependency d : s.children(phrase.get(i), null)) {
                String r = d.relation();
                if (!r.startsWith("acl") && !r.startsWith("advcl") && !r.equals("nmod:poss") && !r.startsWith("conj")
                        && !phrase.contains(d.dependent())) {
                    phrase.add(d.dependent());
                }
            }
        }
        return phrase.stream().sorted()
                .map(i -> index.at(s.index(), i))
                .flatMap(Optional::stream)
                .filter(e -> e.type() == EntityType.PERSON)
                .findFirst();
    }

    /** "... Jennifer Doe recently visited": a person mention separated from the verb only by adverbs. */
    private static Optional<CanonicalEntity> personJustBefore(Sentence s, int trigger, EntityIndex index) {
        int i = trigger - 1;
        while (i >= 0 && (s.tokens().get(i).pos().startsWith("RB") || s.tokens().get(i).pos().equals("MD")
                || s.tokens().get(i).lowerLemma().equals("have") || s.tokens().get(i).lowerLemma().equals("be"))) {
            i--;
        }
        return i >= 0 ? person(index.at(s.index(), i)) : Optional.empty();
    }

    /** The guest: the object person, or the leader of the object delegation ("a delegation led by X"). */
    static Optional<CanonicalEntity> guestOf(VisitArticle a, Sentence s, int trigger) {
        List<VisitPatterns.Match> ms = a.matches(VisitRule.HOST_RECEIVED, s).stream()
                .filter(m -> m.node("trigger") == trigger).toList();
        for (String role : List.of("guest", "leader")) {
            Optional<CanonicalEntity> e = ms.stream().mapToInt(m -> m.node(role)).filter(i -> i >= 0).sorted()
                    .mapToObj(i -> named(a, s, i)).flatMap(Optional::stream).findFirst();
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }
}
