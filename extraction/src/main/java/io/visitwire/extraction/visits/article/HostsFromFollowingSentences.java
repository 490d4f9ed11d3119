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
import io.visitwire.extraction.visits.rules.VisitPatterns;
import io.visitwire.extraction.visits.sentence.Destinations;
import io.visitwire.extraction.visits.sentence.Hosts;
import io.visitwire.extraction.visits.sentence.Place;
import io.visitwire.extraction.visits.sentence.Visitors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * The people a visitor met, named in the sentences after the visit sentence: "During the visit, she met
 * ...", "He also held talks with ...", "He was received by ...", "X and Foreign Minister Y signed ...". They
 * are hosts of the leg the text is on (the only one, or the one whose country the sentence's place lies in,
 * or, on a multi-country trip, the one whose country the person serves), as long as the text has not moved
 * on to another visit or another country. Co-travellers ("accompanied by") are not met; compatriots abroad
 * are not hosts.
 */
public final class HostsFromFollowingSentences {

    /** How many sentences after the visit sentence may still speak of it. */
    private static final int FOLLOWING = 4;
    /** "X and Y signed ...", "He and Y discussed ...": the visitor's co-subjects are met. */
    private static final Lexicon JOINT_ACTS = Lexicon.of("joint-act-verbs");

    private final Destinations destinations;

    public HostsFromFollowingSentences(Destinations destinations) {
        this.destinations = destinations;
    }

    public List<VisitCandidate> apply(VisitArticle a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        for (int vi = 0; vi < out.size(); vi++) {
            VisitCandidate v = out.get(vi);
            int at = v.evidence().index();
            List<String> legs = out.stream().filter(o -> o.evidence().index() == at && o.visitor() == v.visitor())
                    .map(VisitCandidate::country).distinct().toList();
            List<CanonicalEntity> hosts = new ArrayList<>(v.hosts());
            for (int si = at + 1; si < Math.min(at + 1 + FOLLOWING, a.doc.sentences().size()); si++) {
                Sentence s = a.doc.sentences().get(si);
                final int sIndex = si;
                boolean otherVisit = out.stream().anyMatch(o -> o.evidence().index() == sIndex
                        && (o.visitor() != v.visitor() || !legs.contains(o.country())));
                List<String> placesHere = destinations.placesIn(s, a.index).stream().map(Place::country).distinct().toList();
                if (otherVisit || placesHere.stream().anyMatch(c -> !legs.contains(c))) {
                    break;
                }
                String leg = legs.size() == 1 ? legs.get(0) : placesHere.size() == 1 ? placesHere.get(0) : null;
                for (CanonicalEntity m : met(a, s, v.visitor())) {
                    boolean onThisLeg = leg != null ? leg.equals(v.country())
                            : m.countryExplicit() && v.country().equals(m.country());
                    if (onThisLeg && m != v.visitor() && !hosts.contains(m)
                            && !Hosts.compatriotAbroad(m, v.visitorCountry(), v.country())) {
                        hosts.add(m);
                    }
                }
            }
            if (hosts.size() != v.hosts().size()) {
                out.set(vi, v.withHosts(hosts).withRule(VisitRule.HOSTS_NEXT_SENTENCES));
            }
        }
        return out;
    }

    /** The persons {@code visitor} meets in {@code s}, in the ways the class comment lists. */
    private static List<CanonicalEntity> met(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        if (s.dependencies().isEmpty()) {
            return out; // not parsed: no sentence the cascade left unparsed names a meeting
        }
        for (Token t : s.tokens()) {
            if (!t.isVerb()) {
                continue;
            }
            String lemma = t.lowerLemma();
            boolean meets = Hosts.MEET_LEMMAS.contains(lemma) || lemma.equals("hold") && s.children(t.index(), "obj")
                    .stream().anyMatch(d -> Hosts.isMeetingNoun(s.tokens().get(d.dependent())));
            if (meets && actsAsVisitor(a, s, t.index(), visitor)) {
                addAll(out, Hosts.metPersons(a, s, t.index()));
            }
            if (JOINT_ACTS.contains(lemma)) {
                addAll(out, coSubjects(a, s, t.index(), visitor));
            }
        }
        addAll(out, receivers(a, s, visitor));
        addAll(out, afterMeeting(a, s, visitor));
        out.remove(visitor);
        return out;
    }

    /**
     * "'...,' Varga said after meeting President Y": a meeting participle after a preposition, in the clause of a
     * verb the visitor does, with the people named right after it, read on the words (the parser often takes
     * "meeting President Y" for a noun phrase).
     */
    private static List<CanonicalEntity> afterMeeting(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int i = 1; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.pos().equals("VBG") || !Hosts.MEET_LEMMAS.contains(t.lowerLemma()) || !toks.get(i - 1).pos().equals("IN")) {
                continue;
            }
            int verb = -1;
            for (int j = i - 2; j >= 0 && verb < 0; j--) {
                if (toks.get(j).isVerb()) {
                    verb = j;
                }
            }
            if (verb < 0 || !actsAsVisitor(a, s, verb, visitor)) {
                continue;
            }
            for (int j = i + 1; j < toks.size(); j++) {
                Token n = toks.get(j);
                if (!(n.pos().startsWith("NNP") || "TITLE".equals(n.ner()) || n.word().equals(",") || n.lowerWord().equals("and")
                        || n.pos().equals("DT") || n.pos().equals("JJ"))) {
                    break;
                }
                Visitors.person(a.index.at(s.index(), j)).filter(p -> !out.contains(p)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "He was received by X", "X welcomed her": the host of a hosting verb whose guest is the visitor. */
    private static List<CanonicalEntity> receivers(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (VisitPatterns.Match m : a.matches(VisitRule.HOST_RECEIVED, s)) {
            int guest = m.node("guest");
            if (guest < 0 || !isVisitor(a, s, guest, visitor)) {
                continue;
            }
            int trigger = m.node("trigger");
            for (VisitPatterns.Match h : a.matches(VisitRule.HOST_RECEIVED, s)) {
                if (h.node("trigger") != trigger) {
                    continue;
                }
                int who = h.node("agent") >= 0 ? h.node("agent") : h.node("host");
                if (who >= 0) {
                    Visitors.person(a.subjects.resolveToken(s, who)).filter(p -> !out.contains(p)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** "Pell and Foreign Minister Y signed ...": the other person subjects of a joint act the visitor does. */
    private static List<CanonicalEntity> coSubjects(VisitArticle a, Sentence s, int verb, CanonicalEntity visitor) {
        List<Integer> subjects = new ArrayList<>(SubjectResolver.subjects(s, verb));
        if (subjects.isEmpty()) {
            return List.of();
        }
        for (Dependency d : s.children(subjects.get(0), "conj")) {
            if (!subjects.contains(d.dependent())) {
                subjects.add(d.dependent());
            }
        }
        if (subjects.size() < 2 || subjects.stream().noneMatch(t -> isVisitor(a, s, t, visitor))) {
            return List.of();
        }
        List<CanonicalEntity> out = new ArrayList<>();
        for (int t : subjects) {
            if (!isVisitor(a, s, t, visitor)) {
                Visitors.firstPersonUnder(s, t, a.index).filter(p -> !out.contains(p)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Token {@code tok} names the visitor, or is a pronoun or description ("the minister") that names no one else. */
    private static boolean isVisitor(VisitArticle a, Sentence s, int tok, CanonicalEntity visitor) {
        Optional<CanonicalEntity> e = a.index.at(s.index(), tok);
        if (e.isPresent()) {
            return e.get() == visitor;
        }
        Token st = s.tokens().get(tok);
        if (st.pos().startsWith("PRP")) {
            return true; // "She and Minister Y discussed": the token itself, not its conjuncts
        }
        if (st.pos().startsWith("NNP")) {
            return false;
        }
        Optional<CanonicalEntity> named = a.subjects.resolveToken(s, tok);
        return named.map(n -> n == visitor).orElse(("TITLE".equals(st.ner()) || st.pos().startsWith("NN"))
                && !st.lowerWord().equals("two"));
    }

    /**
     * The subject of {@code verb} is the visitor, or a pronoun or description ("the chairman", "the
     * delegation") that names no one else.
     */
    private static boolean actsAsVisitor(VisitArticle a, Sentence s, int verb, CanonicalEntity visitor) {
        // "'...,' Varga said after meeting Y", "He flew on, having met Y": a meeting verb with no subject of its
        // own is done by the subject of the clause it modifies
        for (int hop = 0; hop < 3 && SubjectResolver.subjects(s, verb).isEmpty(); hop++) {
            int up = s.heads(verb).stream().filter(h -> h.governor() >= 0 && (h.relation().startsWith("advcl")
                    || h.relation().startsWith("xcomp")) && s.tokens().get(h.governor()).isVerb())
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
            if (up < 0) {
                break;
            }
            verb = up;
        }
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

    private static void addAll(List<CanonicalEntity> to, List<CanonicalEntity> more) {
        more.stream().filter(m -> !to.contains(m)).forEach(to::add);
    }
}
