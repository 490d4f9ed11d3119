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

    /**
     * How many sentences after the visit sentence may still speak of it: wire stories name the people met after
     * a background paragraph ("In Hanoi, Mori also met ..."); another visit or leg ends the scan earlier.
     */
    private static final int FOLLOWING = 10;
    /** How many days after a visit's first day a later meeting there may still be a day of the same stay. */
    private static final int MEETING_DAYS_AHEAD = 14;
    /** "X and Y signed ...", "He and Y discussed ...": the visitor's co-subjects are met. */
    private static final Lexicon JOINT_ACTS = Lexicon.of("joint-act-verbs");
    /** "a joint news conference with X": an appearance two people make together, so the visitor met X. */
    private static final Lexicon JOINT_APPEARANCES = Lexicon.of("joint-appearance-nouns");
    /** "X told Mori that ...", "X thanked Mori for ...": the host speaking to the visitor face to face. */
    private static final Lexicon ADDRESS_VERBS = Lexicon.of("address-verbs");
    /** "in a phone call", "by video link": contact from afar is no meeting at the place. */
    private static final Lexicon REMOTE = Lexicon.of("remote-contact");
    /** Common nouns that stand for a visiting party: "received the delegation", "welcomed the guests". */
    private static final Lexicon GUESTS = Lexicon.of("guest-nouns");

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
            java.util.Set<VisitRule> rules = new java.util.LinkedHashSet<>();
            String current = null;
            String meetingDay = null;
            for (int si = at + 1; si < Math.min(at + 1 + FOLLOWING, a.doc.sentences().size()); si++) {
                Sentence s = a.doc.sentences().get(si);
                final int sIndex = si;
                // a visit elsewhere ends the story of this leg; a candidate of someone else in the same country
                // ("... meet with Prime Minister X", misread as X's visit) does not
                boolean otherVisit = out.stream().anyMatch(o -> o.evidence().index() == sIndex
                        && !legs.contains(o.country()));
                List<String> placesHere = destinations.placesIn(s, a.index).stream().map(Place::country).distinct().toList();
                if (otherVisit) {
                    break;
                }
                if (placesHere.stream().anyMatch(c -> !legs.contains(c))) {
                    continue; // a background sentence on other countries ("... in Fiji and Samoa"), not this leg
                }
                if (placesHere.size() == 1) {
                    current = placesHere.get(0); // "While in Lima, ...": the text is on that leg until it names another
                }
                String leg = legs.size() == 1 ? legs.get(0) : placesHere.size() == 1 ? placesHere.get(0) : current;
                java.util.Map<CanonicalEntity, VisitRule> found = met(a, s, v.visitor());
                for (CanonicalEntity m : found.keySet()) {
                    boolean onThisLeg = leg != null ? leg.equals(v.country())
                            : m.countryExplicit() && v.country().equals(m.country());
                    if (onThisLeg && m != v.visitor() && meetingDay == null) {
                        meetingDay = meetingDay(a, s, v.visitor());
                    }
                    if (onThisLeg && m != v.visitor() && !hosts.contains(m)
                            && !Hosts.compatriotAbroad(m, v.visitorCountry(), v.country())) {
                        hosts.add(m);
                        rules.add(found.get(m));
                    }
                }
            }
            VisitCandidate with = v;
            if (hosts.size() != v.hosts().size()) {
                with = v.withHosts(hosts);
                for (VisitRule r : rules) {
                    with = with.withRule(r);
                }
            }
            // "visited Nigeria last month. During the visit she met X on May 14", "is visiting Seoul this week. On
            // Wednesday she met X": the day of a meeting there says more than a visit with no day, or only its month
            if (meetingDay != null && (v.start() == null && v.end() == null
                    || v.start() != null && v.start().length() == 7 && meetingDay.startsWith(v.start())
                    && (v.end() == null || v.end().equals(v.start())))) {
                with = with.withStart(meetingDay).withEnd(null).withRule(VisitRule.DATE_MEETING_DAY);
            } else if (meetingDay != null && v.start() != null && v.start().length() == 10 && v.end() == null
                    && meetingDay.compareTo(v.start()) > 0
                    && java.time.LocalDate.parse(v.start()).plusDays(MEETING_DAYS_AHEAD).toString().compareTo(meetingDay) >= 0) {
                // "arrived in Cairo on Tuesday. On Wednesday she met X": the days reported, first to last
                with = with.withEnd(meetingDay).withRule(VisitRule.DATE_MEETING_DAY);
            }
            out.set(vi, with);
        }
        return out;
    }

    /** The day of a meeting of {@code visitor}'s told in {@code s} ("On Wednesday she met ..."), or null. */
    private static String meetingDay(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        for (Token t : s.tokens()) {
            if (t.isVerb() && (Hosts.MEET_LEMMAS.contains(t.lowerLemma()) || Hosts.holds(t))
                    && actsAsVisitor(a, s, t.index(), visitor)) {
                String day = io.visitwire.extraction.visits.sentence.VisitDates.dateOf(s, t.index(), a.dates);
                if (day != null) {
                    return day;
                }
            }
        }
        return null;
    }

    /** The persons {@code visitor} meets in {@code s}, in the ways the class comment lists. */
    private static java.util.Map<CanonicalEntity, VisitRule> met(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        java.util.Map<CanonicalEntity, VisitRule> byRule = new java.util.LinkedHashMap<>();
        if (s.dependencies().isEmpty()) {
            return byRule; // not parsed: no sentence the cascade left unparsed names a meeting
        }
        List<CanonicalEntity> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.isVerb()) {
                continue;
            }
            String lemma = t.lowerLemma();
            boolean meets = Hosts.MEET_LEMMAS.contains(lemma) || Hosts.holds(t) && s.children(t.index(), "obj")
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
        out.forEach(p -> byRule.put(p, VisitRule.HOSTS_NEXT_SENTENCES));
        if (s.tokens().stream().noneMatch(t -> REMOTE.contains(t.lowerLemma()))) {
            meetingNouns(a, s, visitor).forEach(p -> byRule.putIfAbsent(p, VisitRule.HOSTS_MEETING_NOUN));
            jointWith(a, s, visitor).forEach(p -> byRule.putIfAbsent(p, VisitRule.HOSTS_JOINT_WITH));
            addressers(a, s, visitor).forEach(p -> byRule.putIfAbsent(p, VisitRule.HOSTS_ADDRESSED));
        }
        byRule.remove(visitor);
        return byRule;
    }

    /**
     * The meeting named as a noun: "Mori's talks with Prime Minister X" (the visitor's meeting: the people
     * with), "X's meeting with the visiting minister" (a meeting with the visitor: its owner), "a meeting
     * between Mori and X" (the visitor one side: the other).
     */
    private static List<CanonicalEntity> meetingNouns(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!Hosts.isMeetingNoun(t)) {
                continue;
            }
            List<Integer> owners = heads(s, t.index(), "nmod:poss");
            List<Integer> with = withConjuncts(s, heads(s, t.index(), "nmod:with"));
            List<Integer> between = withConjuncts(s, heads(s, t.index(), "nmod:between"));
            if (owners.stream().anyMatch(o -> namesVisitor(a, s, o, visitor))) {
                with.forEach(w -> person(a, s, w).filter(p -> p != visitor && !out.contains(p)).ifPresent(out::add));
            }
            if (with.stream().anyMatch(w -> namesVisitor(a, s, w, visitor))) {
                owners.forEach(o -> person(a, s, o).filter(p -> p != visitor && !out.contains(p)).ifPresent(out::add));
            }
            if (between.size() >= 2 && between.stream().anyMatch(b -> namesVisitor(a, s, b, visitor))) {
                between.forEach(b -> person(a, s, b).filter(p -> p != visitor && !out.contains(p)).ifPresent(out::add));
            }
            if (owners.isEmpty() && between.isEmpty() && !with.isEmpty() && ownerless(a, s, t.index(), visitor)) {
                // "Talks with Prime Minister X focused on trade": in the story of a visit, talks no one is said to
                // hold are the visitor's
                with.forEach(w -> person(a, s, w).filter(p -> p != visitor && !out.contains(p)).ifPresent(out::add));
            }
        }
        return out;
    }

    /**
     * A meeting noun with no holder of its own: no possessor and no determiner but "the" ("Talks with X", "The
     * meeting with X"), not the object of a verb someone other than the visitor does ("Y held talks with X").
     */
    private static boolean ownerless(VisitArticle a, Sentence s, int noun, CanonicalEntity visitor) {
        boolean determined = s.children(noun, "det").stream()
                .anyMatch(d -> !s.tokens().get(d.dependent()).lowerWord().equals("the"));
        if (determined) {
            return false;
        }
        for (Dependency h : s.heads(noun)) {
            if (h.governor() >= 0 && h.relation().equals("obj")
                    && !actsAsVisitor(a, s, h.governor(), visitor)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Done together with someone: "told a joint news conference with President X", "Speaking at a joint press
     * conference with her counterpart X", "signed an agreement with Foreign Minister X", "discussed trade with X":
     * the visitor and X are in one place, so the visitor met X.
     */
    private static List<CanonicalEntity> jointWith(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            List<Integer> with = new ArrayList<>();
            int verb = -1;
            if (t.pos().startsWith("NN") && JOINT_APPEARANCES.contains(t.lowerLemma())
                    && s.children(t.index(), "amod").stream().anyMatch(d -> s.tokens().get(d.dependent()).lowerWord().equals("joint"))) {
                with.addAll(heads(s, t.index(), "nmod:with"));
                verb = verbAbove(s, t.index());
            } else if (t.isVerb() && JOINT_ACTS.contains(t.lowerLemma()) && !Hosts.MEET_LEMMAS.contains(t.lowerLemma())) {
                with.addAll(heads(s, t.index(), "obl:with"));
                for (int o : heads(s, t.index(), "obj")) {
                    with.addAll(heads(s, o, "nmod:with"));
                }
                verb = t.index();
            }
            if (with.isEmpty() || verb < 0 || !actsAsVisitor(a, s, verb, visitor)) {
                continue;
            }
            withConjuncts(s, with).forEach(w -> person(a, s, w).filter(p -> p != visitor && !out.contains(p)).ifPresent(out::add));
        }
        return out;
    }

    /** "President X told Mori that ...", "X thanked Mori for ...": a person addressing the visitor. */
    private static List<CanonicalEntity> addressers(VisitArticle a, Sentence s, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.isVerb() || !ADDRESS_VERBS.contains(t.lowerLemma())
                    || heads(s, t.index(), "obj").stream().noneMatch(o -> namesVisitor(a, s, o, visitor))) {
                continue;
            }
            for (int subj : SubjectResolver.subjects(s, t.index())) {
                Visitors.person(a.subjects.resolveToken(s, subj)).filter(p -> p != visitor && !out.contains(p)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The nearest verb above {@code tok} through its noun-phrase attachments ("told a ... conference with X"). */
    private static int verbAbove(Sentence s, int tok) {
        for (int hop = 0; hop < 3; hop++) {
            int up = s.heads(tok).stream().filter(d -> d.governor() >= 0 && (d.relation().startsWith("obj")
                    || d.relation().startsWith("obl") || d.relation().startsWith("nmod"))).mapToInt(Dependency::governor)
                    .findFirst().orElse(-1);
            if (up < 0) {
                return -1;
            }
            if (s.tokens().get(up).isVerb()) {
                return up;
            }
            tok = up;
        }
        return -1;
    }

    private static List<Integer> heads(Sentence s, int governor, String relation) {
        return s.children(governor, relation).stream().map(Dependency::dependent).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static List<Integer> withConjuncts(Sentence s, List<Integer> tokens) {
        List<Integer> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            for (Dependency d : s.children(out.get(i), null)) {
                if (d.relation().startsWith("conj") && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /** The person a token names, or the first one of the phrase it heads ("her counterpart, X"). */
    private static Optional<CanonicalEntity> person(VisitArticle a, Sentence s, int tok) {
        Optional<CanonicalEntity> e = Visitors.person(a.index.at(s.index(), tok));
        return e.isPresent() ? e : Visitors.firstPersonUnder(s, tok, a.index);
    }

    /**
     * Token {@code tok} plainly names the visitor: the visitor's name, a third-person singular pronoun resolved
     * to no one else, or a description called visiting ("the visiting minister"); not any common noun ("this
     * visit", "reporters").
     */
    private static boolean namesVisitor(VisitArticle a, Sentence s, int tok, CanonicalEntity visitor) {
        Optional<CanonicalEntity> e = a.index.at(s.index(), tok);
        if (e.isPresent()) {
            return e.get() == visitor;
        }
        Token st = s.tokens().get(tok);
        if (st.pos().startsWith("NN") && !st.pos().startsWith("NNP") && s.children(tok, null).stream()
                .anyMatch(d -> s.tokens().get(d.dependent()).lowerWord().equals("visiting"))) {
            return true; // "the visiting president": the guest, whatever "president" alone would resolve to
        }
        Optional<CanonicalEntity> named = a.subjects.resolveToken(s, tok);
        if (named.isPresent()) {
            return named.get() == visitor;
        }
        String w = st.lowerWord();
        return st.pos().startsWith("PRP")
                && (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her") || w.equals("his"));
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
            if (guest < 0 || !isVisitor(a, s, guest, visitor) || !guestNoun(s, guest)) {
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

    /**
     * A guest is a person: a name, a pronoun, a title or a delegation; "We welcome this visit" welcomes a visit,
     * and its speaker hosts no one.
     */
    private static boolean guestNoun(Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        return t.pos().startsWith("NNP") || t.pos().startsWith("PRP") || "TITLE".equals(t.ner()) || "PERSON".equals(t.ner())
                || GUESTS.contains(t.lowerLemma());
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
            return underSecretary(a, s, verb, visitor);
        }
        Token st = s.tokens().get(subjects.get(0));
        return st.pos().startsWith("PRP") || st.pos().startsWith("NN") && !st.pos().startsWith("NNP")
                || "TITLE".equals(st.ner());
    }

    /**
     * "Under Secretary Bass will also meet with ...": the parser reads the title's "Under" as a preposition and
     * leaves the verb without a subject; the person of that "under" phrase, right at the clause's start, is it.
     */
    private static boolean underSecretary(VisitArticle a, Sentence s, int verb, CanonicalEntity visitor) {
        for (Dependency d : s.children(verb, "obl:under")) {
            int head = d.dependent();
            boolean title = s.children(head, "case").stream().map(c -> s.tokens().get(c.dependent()))
                    .anyMatch(c -> c.word().equals("Under") && c.index() + 1 < s.tokens().size()
                            && s.tokens().get(c.index() + 1).word().equals("Secretary"));
            if (title && head < verb) {
                Optional<CanonicalEntity> p = Visitors.person(a.index.at(s.index(), head));
                return p.map(x -> x == visitor).orElse(false);
            }
        }
        return false;
    }

    private static void addAll(List<CanonicalEntity> to, List<CanonicalEntity> more) {
        more.stream().filter(m -> !to.contains(m)).forEach(to::add);
    }
}
