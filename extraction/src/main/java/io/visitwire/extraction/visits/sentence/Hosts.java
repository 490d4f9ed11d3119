package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.extraction.visits.rules.VisitPatterns;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * Whom the visitor met: the people reached from "met with", the other subjects of a meeting
 * (counterparts), the host of a hosting verb; never the visitor's compatriots abroad.
 */
public final class Hosts {

    /** Someone at home receiving a guest: the guest is the visitor, the subject (or agent) the host. */
    public static final Lexicon MEET_LEMMAS = Lexicon.of("meet-with-verbs");
    private static final Lexicon MOTION = Lexicon.of("general-motion-verbs");
    /** "talks", "meeting": nouns that carry the people met ("held talks with X"). */
    private static final Lexicon MEETING_NOUNS = Lexicon.of("meeting-nouns");
    /** "to co-chair the dialogue with X", "to sign an accord with Y": acts done together with the people met. */
    private static final Lexicon JOINT_ACTS = Lexicon.of("joint-act-verbs");
    /** Relations that lead from "met with X" to the people met, not to what they are part of or do. */
    private static final Set<String> HOST_PATH = Set.of("conj", "appos", "nmod", "dep", "compound", "flat", "obl:with");

    private Hosts() {
    }

    /** "talks" (lemma "talk"), "meeting", "summit": a noun of {@code meeting-nouns}, as written or as lemma. */
    public static boolean isMeetingNoun(Token t) {
        return t.pos().startsWith("NN") && (MEETING_NOUNS.contains(t.lowerWord()) || MEETING_NOUNS.contains(t.lowerLemma()));
    }

    /**
     * A movement verb: its "with" are fellow travellers ("traveled to X with Senator Y", "visited Kenya with
     * Minister Y"); but "visited with X", with no place as its object, is meeting X.
     */
    private static boolean travelsWith(Sentence s, Token t) {
        String l = t.lowerLemma();
        if (t.isVerb() && l.equals("visit")) {
            return !s.children(t.index(), "obj").isEmpty();
        }
        return t.isVerb() && (VisitTriggers.MOVE_VERBS.contains(l) || MOTION.contains(l));
    }

    /** A fellow citizen of the visitor met abroad (an ambassador, an aide) travels with or serves the visitor. */
    public static boolean compatriotAbroad(CanonicalEntity m, String visitorCountry, String visited) {
        return m.countryExplicit() && m.country() != null && m.country().equals(visitorCountry)
                && !m.country().equals(visited);
    }

    /** The person hosting: the subject of "X hosted/welcomed ...", or the agent of "hosted by X". */
    static Optional<CanonicalEntity> hostOf(VisitArticle a, Sentence s, int trigger) {
        List<VisitPatterns.Match> ms = a.matches(VisitRule.HOST_RECEIVED, s).stream()
                .filter(m -> m.node("trigger") == trigger).toList();
        for (VisitPatterns.Match m : ms) {
            if (m.node("agent") >= 0) {
                Optional<CanonicalEntity> e = Visitors.person(a.index.at(s.index(), m.node("agent")));
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        int subject = ms.stream().mapToInt(m -> m.node("host")).filter(h -> h >= 0).sorted().findFirst().orElse(-1);
        if (subject < 0 && !ms.isEmpty() && s.tokens().get(trigger).pos().equals("VBG")) {
            // "Welcoming X to Downing Street, the Prime Minister said": the participle's subject is the clause's
            return Visitors.person(a.subjects.subjectOf(s, trigger));
        }
        return subject < 0 ? Optional.empty() : Visitors.person(a.subjects.resolveToken(s, subject));
    }


    /**
     * The people met: persons reached from a "with" argument of the trigger, of a verb coordinated with
     * it ("visited X and met with Y"), of the meeting verb a visit noun hangs from ("During her visit to Y,
     * she met with Z") or of a meeting noun they hold ("held talks with X", "arrived for talks with X"), and
     * the objects of a meeting verb ("met Prime Minister X"); through conjuncts, appositions and
     * "including"; not people that merely qualify them ("members of X's administration", "the funeral of
     * King Y").
     */
    public static List<CanonicalEntity> metPersons(VisitArticle a, Sentence s, int trigger) {
        return metPersons(a, s, trigger, new ArrayList<>());
    }

    /** As {@link #metPersons(VisitArticle, Sentence, int)}, adding to {@code rules} the rules that found them. */
    public static List<CanonicalEntity> metPersons(VisitArticle a, Sentence s, int trigger, List<VisitRule> rules) {
        return metPersons(a, s, trigger, List.of(), rules);
    }

    /**
     * As {@link #metPersons(VisitArticle, Sentence, int)}, the meeting verbs {@code alsoFrom} (the visitor's
     * own verbs, for a presence in a relative clause: "X, who is in Y, met Z") read too.
     */
    public static List<CanonicalEntity> metPersons(VisitArticle a, Sentence s, int trigger, List<Integer> alsoFrom,
                                                   List<VisitRule> rules) {
        EntityIndex index = a.index;
        List<Integer> verbs = new ArrayList<>(List.of(trigger));
        alsoFrom.stream().filter(v -> !verbs.contains(v)).forEach(verbs::add);
        // "a visit to Japan, where he met X", "arrived in Lima, where she held talks with Y"
        List<Integer> where = whereClauses(s, trigger);
        verbs.addAll(where);
        for (Dependency d : s.children(trigger, "conj")) {
            verbs.add(d.dependent());
        }
        for (Dependency d : s.heads(trigger)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0) {
                verbs.add(d.governor());
            }
        }
        for (int i = 0, n = verbs.size(); i < n; i++) {
            for (Dependency d : s.children(verbs.get(i), null)) {
                // "traveled to X to meet with Y", "a visit to X to co-chair talks with Y": the purpose names
                // the people met
                boolean purpose = d.relation().startsWith("advcl") || d.relation().startsWith("xcomp")
                        || d.relation().startsWith("acl");
                if (purpose && s.tokens().get(d.dependent()).isVerb() && !verbs.contains(d.dependent())
                        && (MEET_LEMMAS.contains(s.tokens().get(d.dependent()).lowerLemma())
                        || s.markedTo(d.dependent()))) {
                    verbs.add(d.dependent());
                }
            }
        }
        // "visited X on Monday, where he met Y": a meeting in a relative clause on the trip's place or day; of a
        // visit noun, the day may hang from the verb that holds it ("wrapped up a visit on Thursday, where ...")
        List<Integer> anchors = new ArrayList<>(verbs);
        if (!s.tokens().get(trigger).isVerb()) {
            s.heads(trigger).stream().filter(d -> d.relation().equals("obj") && d.governor() >= 0)
                    .forEach(d -> anchors.add(d.governor()));
        }
        for (int i = 0, n = anchors.size(); i < n; i++) {
            for (Dependency d : s.children(anchors.get(i), null)) {
                for (Dependency r : s.children(d.dependent(), "acl:relcl")) {
                    if (meets(s, r.dependent()) && !verbs.contains(r.dependent())) {
                        verbs.add(r.dependent());
                    }
                }
            }
        }
        // "held talks with X", "arrived in Y for talks with X", "was in Y for a meeting with X": the meeting
        // noun the verb holds or travels for carries the "with"
        for (int i = 0, n = verbs.size(); i < n; i++) {
            for (Dependency d : s.children(verbs.get(i), null)) {
                String r = d.relation();
                if ((r.equals("obj") || r.equals("obl:for") || r.equals("nmod:for") || r.equals("nsubj:pass"))
                        && isMeetingNoun(s.tokens().get(d.dependent())) && !verbs.contains(d.dependent())) {
                    verbs.add(d.dependent());
                }
            }
        }
        List<Integer> frontier = new ArrayList<>();
        List<VisitPatterns.Match> with = a.matches(VisitRule.HOSTS_MET_WITH, s);
        List<VisitPatterns.Match> object = a.matches(VisitRule.HOSTS_MET_OBJECT, s);
        for (int v : verbs) {
            if (travelsWith(s, s.tokens().get(v))) {
                continue; // "traveled to X with Senator Y": a co-traveller, not someone met
            }
            with.stream().filter(m -> m.node("verb") == v).mapToInt(m -> m.node("met")).sorted().forEach(frontier::add);
        }
        int viaWith = frontier.size();
        for (int v : verbs) {
            object.stream().filter(m -> m.node("verb") == v).mapToInt(m -> m.node("met")).sorted()
                    .filter(i -> !frontier.contains(i)).forEach(frontier::add);
        }
        // "met A in Amman on June 3 and B on June 5": the gapped second clause is a noun conjoined with the
        // meeting verb itself (its own date or place an orphan), its head the second person met
        for (int v : verbs) {
            if (!s.tokens().get(v).isVerb() || !s.tokens().get(v).lowerLemma().equals("meet")
                    || object.stream().noneMatch(m -> m.node("verb") == v)) {
                continue;
            }
            for (Dependency d : s.children(v, "conj")) {
                Token c = s.tokens().get(d.dependent());
                if (c.pos().startsWith("NN") && !frontier.contains(d.dependent())
                        && index.at(s.index(), d.dependent()).filter(e -> e.type() == EntityType.PERSON).isPresent()) {
                    frontier.add(d.dependent());
                }
            }
        }
        int viaObject = frontier.size();
        for (VisitRule rule : List.of(VisitRule.HOSTS_INVITATION, VisitRule.HOSTS_HOSTED_EVENT)) {
            int before = frontier.size();
            for (int v : verbs) {
                a.matches(rule, s).stream().filter(m -> m.node("verb") == v).mapToInt(m -> m.node("met")).sorted()
                        .filter(i -> !frontier.contains(i)).forEach(frontier::add);
            }
            if (frontier.size() > before) {
                rules.add(rule);
            }
        }
        List<CanonicalEntity> purposes = purposeWith(s, verbs, index);
        if (!purposes.isEmpty()) {
            rules.add(VisitRule.HOSTS_PURPOSE_WITH);
        }
        if (frontier.isEmpty()) {
            List<CanonicalEntity> surface = surfaceWith(s, verbs, index);
            purposes.stream().filter(p -> !surface.contains(p)).forEach(surface::add);
            if (!surface.isEmpty()) {
                rules.add(VisitRule.HOSTS_MET_WITH);
            }
            return surface;
        }
        if (viaWith > 0) {
            rules.add(VisitRule.HOSTS_MET_WITH);
        }
        if (viaObject > viaWith) {
            rules.add(VisitRule.HOSTS_MET_OBJECT);
        }
        if (!where.isEmpty()) {
            rules.add(VisitRule.HOSTS_WHERE_CLAUSE);
        }
        List<CanonicalEntity> out = new ArrayList<>();
        List<CanonicalEntity> qualifiers = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        List<Boolean> counts = new ArrayList<>();
        for (int i = 0; i < frontier.size(); i++) {
            counts.add(true);
        }
        while (!frontier.isEmpty()) {
            int tok = frontier.remove(0);
            boolean host = counts.remove(0);
            if (seen.contains(tok)) {
                continue;
            }
            seen.add(tok);
            Optional<CanonicalEntity> e = index.at(s.index(), tok).filter(x -> x.type() == EntityType.PERSON);
            if (e.isPresent() && !host) {
                qualifiers.add(e.get());
            }
            if (e.isPresent() && host && !out.contains(e.get())) {
                out.add(e.get());
            }
            for (Dependency d : s.children(tok, null)) {
                String r = d.relation();
                if (!HOST_PATH.stream().anyMatch(r::startsWith) || r.equals("nmod:poss")) {
                    continue;
                }
                boolean childHost = host;
                if (r.equals("nmod:of") && !titleLike(s.tokens().get(tok))) {
                    childHost = false; // "members of X's administration": X qualifies whom they met
                } else if (r.startsWith("nmod:including") || r.startsWith("nmod:such")) {
                    childHost = true;
                }
                frontier.add(d.dependent());
                counts.add(childHost);
            }
        }
        out.removeIf(qualifiers::contains);
        purposes.stream().filter(p -> !out.contains(p)).forEach(out::add);
        return out;
    }

    /**
     * "traveled to Seoul to co-chair the dialogue with her counterpart X", "a visit to Y to sign an accord with
     * Z": a joint act the trip is for, its partners after "with", read on the words up to the next verb (the
     * parser often takes "co-chair" for a noun and hangs the "with" elsewhere).
     */
    private static List<CanonicalEntity> purposeWith(Sentence s, List<Integer> verbs, EntityIndex index) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (int v : verbs) {
            for (Dependency d : s.children(v, null)) {
                int p = d.dependent();
                if (p < 1 || !s.tokens().get(p - 1).lowerWord().equals("to") || !JOINT_ACTS.contains(s.tokens().get(p).lowerLemma())
                        && !JOINT_ACTS.contains(s.tokens().get(p).lowerWord())) {
                    continue;
                }
                int i = p + 1;
                while (i < s.tokens().size() && !s.tokens().get(i).lowerWord().equals("with")) {
                    Token t = s.tokens().get(i);
                    if (t.isVerb() || t.word().equals(";") || t.word().equals(".") || t.word().equals(",")) {
                        break;
                    }
                    i++;
                }
                if (i >= s.tokens().size() || !s.tokens().get(i).lowerWord().equals("with")) {
                    continue;
                }
                personsAfter(s, i, index, out);
            }
        }
        return out;
    }

    /** "met", "held talks": a meeting verb, or "hold" with a meeting noun as its object. */
    private static boolean meets(Sentence s, int verb) {
        Token t = s.tokens().get(verb);
        return MEET_LEMMAS.contains(t.lowerLemma()) || t.isVerb() && holds(t)
                && s.children(verb, "obj").stream().anyMatch(d -> isMeetingNoun(s.tokens().get(d.dependent())));
    }

    /** "held talks", "had a meeting" (Kremlin style): a verb whose meeting-noun object is the meeting itself. */
    public static boolean holds(Token t) {
        return t.lowerLemma().equals("hold") || t.lowerLemma().equals("have");
    }

    /** Verbs of "where" clauses on the trigger's places: "a visit to Japan, where he met X". */
    private static List<Integer> whereClauses(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(trigger, null)) {
            String r = d.relation();
            if (!(r.startsWith("obl") || r.startsWith("nmod")) || r.equals("nmod:poss")) {
                continue;
            }
            for (Dependency c : s.children(d.dependent(), "acl:relcl")) {
                boolean whereAdverb = s.children(c.dependent(), "advmod").stream()
                        .anyMatch(x -> s.tokens().get(x.dependent()).lowerWord().equals("where"));
                if (whereAdverb && s.tokens().get(c.dependent()).isVerb()) {
                    out.add(c.dependent());
                }
            }
        }
        return out;
    }

    /** "met with X and Y" when the parser lost the "with" edge: the persons after "with", up to the next verb. */
    private static List<CanonicalEntity> surfaceWith(Sentence s, List<Integer> verbs, EntityIndex index) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (int v : verbs) {
            if (!MEET_LEMMAS.contains(s.tokens().get(v).lowerLemma())) {
                continue;
            }
            int i = v + 1;
            while (i < s.tokens().size() && s.tokens().get(i).pos().startsWith("RB")) {
                i++;
            }
            if (i >= s.tokens().size() || !s.tokens().get(i).lowerWord().equals("with")) {
                continue;
            }
            personsAfter(s, i, index, out);
        }
        return out;
    }

    /** The persons after the "with" at {@code with}, up to the next verb, "to", preposition or sentence end. */
    private static void personsAfter(Sentence s, int with, EntityIndex index, List<CanonicalEntity> out) {
        for (int i = with + 1; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.isVerb() || t.word().equals("to") || t.word().equals(";") || t.word().equals(".")
                    || t.pos().equals("IN") && !t.lowerWord().equals("of")) {
                break;
            }
            index.at(s.index(), i).filter(e -> e.type() == EntityType.PERSON && !out.contains(e)).ifPresent(out::add);
        }
    }

    /**
     * "A and B met during B's visit to C": the other subjects of the meeting, when they are not the
     * visitor's compatriots, are the people the visitor met.
     */
    static List<CanonicalEntity> counterparts(Sentence s, int trigger, EntityIndex index, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (int v : VisitDates.clauseOf(s, trigger)) {
            // "A and B held talks": B is A's counterpart; "held talks with C" leaves C to the meeting's own reading
            if (!meets(s, v) || !s.children(v, "obl:with").isEmpty() || heldMeetingWith(s, v)) {
                continue;
            }
            for (int subj : SubjectResolver.subjects(s, v)) {
                Visitors.firstPersonUnder(s, subj, index)
                        .filter(p -> p != visitor && (p.countryExplicit() && p.country() != null
                                && !p.country().equals(visitor.country())
                                || p.country() == null && SentenceVisits.internationalOffice(p.title())) && !out.contains(p))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** "held talks with C": the meeting noun names the people met itself, so the subjects are not counterparts. */
    private static boolean heldMeetingWith(Sentence s, int verb) {
        return s.children(verb, "obj").stream().map(Dependency::dependent)
                .anyMatch(n -> isMeetingNoun(s.tokens().get(n)) && !s.children(n, "nmod:with").isEmpty());
    }

    /** "Chief of Cabinet X", "Minister of Defense Y": a singular capitalized head, part of a title. */
    private static boolean titleLike(Token t) {
        return t.pos().equals("NNP") && t.isCapitalized() || "TITLE".equals(t.ner());
    }
}
