package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the words that signal an undertaking in one sentence, with the head of what is undertaken.
 * Explicit commitment verbs and nouns come before bare "will", so that a "will" inside an undertaking
 * already found ("promised that they will ...") is not counted twice.
 */
final class Triggers {

    static final Lexicon PROMISE = Lexicon.of("promise-verbs");
    static final Lexicon PLEDGE = Lexicon.of("pledge-verbs");
    static final Lexicon PLAN = Lexicon.of("plan-verbs");
    static final Lexicon OFFER = Lexicon.of("offer-verbs");
    /** "will say", "will tell reporters": words to come, not an undertaking ("will announce" may be one). */
    private static boolean speech(Token v) {
        return SPEECH.contains(v.lowerLemma()) && !v.lowerLemma().equals("announce") && !v.lowerLemma().equals("provide")
                && !v.lowerLemma().equals("assure");
    }

    /** "Russia will win", "would face sanctions": an outcome forecast. */
    private static final Lexicon OUTCOMES = Lexicon.of("outcome-verbs");
    /** "will respond to any attack": a threat on a condition. */
    private static final Lexicon REACTIONS = Lexicon.of("reaction-verbs");
    private static final Lexicon MONTHS = Lexicon.of("months");
    private static final Lexicon FIRST_PERSON = Lexicon.of("first-person-pronouns");
    /** "would" of reported speech, and the verbs that report it. */
    private static final Lexicon REPORTED_FUTURE = Lexicon.of("reported-future-modals");
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");
    /** "confirmed Portugal would host the summit": news announced, reported as speech is. */
    private static final Lexicon CONFIRMING = Lexicon.of("announcing-confirmation-verbs");
    /** "is scheduled to": a plan on the calendar. */
    private static final Lexicon SCHEDULE = Lexicon.of("schedule-verbs");
    /** "instructed the Government to", "tasked the ministry to". */
    private static final Lexicon INSTRUCT = Lexicon.of("instruction-verbs");
    /** "announced $15 million in aid": a sum made a pledge. */
    private static final Lexicon ANNOUNCE = Lexicon.of("resource-announcing-verbs");
    /** "committed to a trade mission": events one commits to. */
    private static final Lexicon EVENT_NOUNS = Lexicon.of("event-nouns");
    /** "committed to elevate": the kind follows the action. */
    private static final Lexicon CONDUCT = Lexicon.of("conduct-commitment-verbs");
    /** "continued discussions", "regular consultations": a conduct kept up. */
    private static final Lexicon ONGOING_MODIFIERS = Lexicon.of("ongoing-modifiers");
    /** "agreed to meet", "committed to hold": an event, so a PLAN. */
    private static final Lexicon MEETING_ACTIONS = Lexicon.of("meeting-actions");
    private static final Lexicon FOUNDING_ACTIONS = Lexicon.of("founding-actions");
    private static final Lexicon RESOURCES = Lexicon.of("resource-nouns");
    /** "will", "shall", "'ll", "wo" (of "won't"), as the tokenizer writes them. */
    static final Lexicon FUTURE_MODALS = Lexicon.of("future-modals");

    /** Verbs that take a thing promised as object ("pledged $5 million", "offered assistance"). */
    private static final Lexicon OBJECT_TAKERS = Lexicon.of("undertaking-object-verbs");
    /** Nouns that name an undertaking ("the Dutch's financial commitments to ..."). */
    static final Lexicon NOUNS = Lexicon.of("commitment-nouns");
    /**
     * After "will", verbs of sustained effort or giving read as pledges ("will bring all resources to
     * bear", "will provide $10 million"); scheduled acts ("will hold talks", "will open") as plans.
     */
    private static final Lexicon PLEDGE_AFTER_WILL = Lexicon.of("pledge-actions");
    /**
     * A traveller "will meet / attend / speak", a host "will welcome / host" the guest: an itinerary item of
     * an announced visit, which the visit covers (ANNOTATION.md).
     */
    private static final Lexicon ITINERARY = Lexicon.union("meeting-verbs", "itinerary-verbs", "host-verbs");
    /** "will start his tour", "will join the trip", "will use that portion of the trip": the visit itself. */
    private static final Lexicon TRIP_NOUNS = Lexicon.of("trip-nouns");
    /**
     * "will discuss", "will emphasize", "will urge", "will reaffirm": talking points, hopes and exhortations
     * (ANNOTATION.md), whatever the subject.
     */
    private static final Lexicon TALK = Lexicon.union("reaffirmation-verbs", "attitude-verbs");
    /** "the Secretary", "the two leaders": office holders as the subject are people, not states. */
    private static final Lexicon OFFICE_HOLDERS = Lexicon.of("office-holder-nouns");
    /** Movements are itinerary whoever travels ("the delegation will travel to ..."), which visits cover. */
    private static final Lexicon MOVEMENT = Lexicon.union("travel-verbs", "general-motion-verbs");
    /** "he", "she" (and "I"): one person as the subject. */
    private static final Lexicon SINGULAR = Lexicon.of("third-person-singular-pronouns");
    /** "will continue to support": an ongoing policy, not a new undertaking. */
    private static final Lexicon ONGOING = Lexicon.of("continuation-verbs");
    /** Objects that are courtesies or misdeeds, not undertakings ("offered condolences", "committed crimes"). */
    private static final Lexicon NOT_UNDERTAKEN = Lexicon.of("non-undertakings");
    /** Words before an "-ing" form that make it a clause ("for committing troops"), not an adjective ("a promising start"). */
    private static final Lexicon CLAUSE_LEAD = Lexicon.of("clause-leads");
    /** Lemmas whose inflected forms may reach the rules unlemmatized ("committing" tagged as an adjective). */
    private static final Lexicon PARTICIPLE_LEMMAS = Lexicon.of("participle-commitment-verbs");

    private Triggers() {
    }

    static List<Trigger> find(Sentence s) {
        List<Trigger> lexical = new ArrayList<>();
        List<Trigger> future = new ArrayList<>();
        for (Token t : s.tokens()) {
            Trigger tr = isWill(s, t) ? will(s, t) : lexical(s, t);
            if (tr == null && isWill(s, t)) {
                tr = Deliveries.arrival(s, t); // "the doses would be arriving ...": goods, not a traveller
            }
            if (tr != null) {
                (tr.form() == Trigger.Form.WILL || tr.form() == Trigger.Form.WILL_PASSIVE ? future : lexical).add(tr);
            }
        }
        lexical.sort(Comparator.comparingInt(Trigger::token));
        List<Trigger> out = new ArrayList<>(lexical);
        out.addAll(future);
        return out;
    }

    static CommitmentKind kindOfLemma(String lemma) {
        if (PROMISE.contains(lemma)) {
            return CommitmentKind.PROMISE;
        }
        if (PLEDGE.contains(lemma)) {
            return CommitmentKind.PLEDGE;
        }
        if (PLAN.contains(lemma)) {
            return CommitmentKind.PLAN;
        }
        if (OFFER.contains(lemma)) {
            return CommitmentKind.OFFER;
        }
        return null;
    }

    private static boolean isWill(Sentence s, Token t) {
        String w = t.lowerWord();
        return t.pos().equals("MD") && (FUTURE_MODALS.contains(w) || REPORTED_FUTURE.contains(w) && reported(s, t));
    }

    /**
     * "would" in reported speech: "the ministry said Japan would provide", "..., he said". The parser hangs
     * the speech verb anywhere in such sentences, so one speech verb before or after the modal is enough;
     * conditions, hedges and negations are the exclusions' to rule out, as for "will".
     */
    static boolean reported(Sentence s, Token modal) {
        if (modal.index() > 0 && FIRST_PERSON.contains(s.tokens().get(modal.index() - 1).lowerWord())) {
            return false; // "I would say", "we would welcome": politeness or a hypothesis, not reported speech
        }
        for (Token t : s.tokens()) {
            if (t.index() != modal.index() && t.isVerb() && (SPEECH.contains(t.lowerLemma()) || CONFIRMING.contains(t.lowerLemma()))
                    && !t.lowerLemma().equals("provide") && !datedInThePast(s, t.index())) {
                return true;
            }
        }
        return false;
    }

    /** "In May, X announced that ... would": background, a plan reported months ago, not today's news. */
    private static boolean datedInThePast(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "obl")) {
            Token w = s.tokens().get(d.dependent());
            if ("DATE".equals(w.ner()) && (MONTHS.contains(w.lowerWord()) || w.word().matches("(19|20)[0-9]{2}"))) {
                return true;
            }
        }
        return false;
    }

    /** "will" as the auxiliary of an agentive verb. */
    private static Trigger will(Sentence s, Token t) {
        for (Dependency d : s.heads(t.index())) {
            if (!d.relation().equals("aux") || d.governor() < 0) {
                continue;
            }
            Token v = s.tokens().get(d.governor());
            if (!v.isVerb() || v.lowerLemma().equals("be") || v.lowerLemma().equals("have") && hasNoObject(s, v)) {
                return null; // "will be the chair", "will have been"
            }
            if (!s.children(v.index(), "aux:pass").isEmpty()) {
                // "the radars will be delivered by Sweden": giving, a PLEDGE; "the funds will be remitted": a PLAN
                CommitmentKind kind = PLEDGE_AFTER_WILL.contains(v.lowerLemma()) ? CommitmentKind.PLEDGE : CommitmentKind.PLAN;
                return new Trigger(t.index(), kind, v.index(), Trigger.Form.WILL_PASSIVE);
            }
            CommitmentKind kind = kindAfterWill(s, v.index());
            return kind == null ? null : new Trigger(t.index(), kind, v.index(), Trigger.Form.WILL);
        }
        return null;
    }

    /**
     * The kind of an active verb under "will" (PLEDGE for giving, PLAN otherwise), or null when the verb is
     * not an undertaking: movement, continuation, talk, or an itinerary item of people.
     */
    static CommitmentKind kindAfterWill(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        if (MOVEMENT.contains(v.lowerLemma()) || ONGOING.contains(v.lowerLemma()) || TALK.contains(v.lowerLemma())
                || REACTIONS.contains(v.lowerLemma()) || OUTCOMES.contains(v.lowerLemma()) || speech(v)
                || ITINERARY.contains(v.lowerLemma()) && peopleAsSubject(s, verb) || courtesy(s, verb)
                || (aboutTheTrip(s, verb) || whereAtTheDestination(s, verb) || duringTheVisit(s, verb) && peopleAsSubject(s, verb))
                && !givesMoney(s, verb)) {
            return null;
        }
        return PLEDGE_AFTER_WILL.contains(v.lowerLemma()) ? CommitmentKind.PLEDGE : CommitmentKind.PLAN;
    }

    private static boolean hasNoObject(Sentence s, Token v) {
        return s.children(v.index(), "obj").isEmpty();
    }

    private static Trigger lexical(Sentence s, Token t) {
        String lemma = t.lowerLemma();
        if (t.pos().startsWith("NN")) {
            return noun(s, t);
        }
        if (participleModifier(s, t)) {
            CommitmentKind kind = kindOfLemma(stemLemma(t));
            for (Dependency d : s.heads(t.index())) {
                if (d.relation().equals("amod") && kind != null && kind != CommitmentKind.PLAN) {
                    return new Trigger(t.index(), kind, d.governor(), Trigger.Form.PARTICIPLE);
                }
            }
            return null;
        }
        if (Calendared.WORDS.contains(lemma)) {
            return Calendared.find(s, t);
        }
        if (!t.isVerb()) {
            return null;
        }
        if (SCHEDULE.contains(lemma) || INSTRUCT.contains(lemma)) {
            return assigned(s, t);
        }
        if (ANNOUNCE.contains(lemma)) {
            for (Dependency d : s.children(t.index(), "obj")) {
                Token o = s.tokens().get(d.dependent());
                if ("MONEY".equals(o.ner()) || moneyModifier(s, o.index())) {
                    return new Trigger(t.index(), CommitmentKind.PLEDGE, d.dependent(), Trigger.Form.VERB_OBJECT)
                            .withKind(CommitmentKind.PLEDGE, CommitmentRule.ANNOUNCED_AMOUNT);
                }
            }
            int sum = sumRightAfter(s, t.index());
            if (sum >= 0 && s.children(t.index(), "obj").isEmpty() && s.children(t.index(), "ccomp").stream()
                    .noneMatch(c -> c.dependent() < sum)) {
                // "announced £50 million in new funding for Sudan, the Foreign Office said", the sum hung elsewhere
                return new Trigger(t.index(), CommitmentKind.PLEDGE, sum, Trigger.Form.VERB_OBJECT)
                        .withKind(CommitmentKind.PLEDGE, CommitmentRule.ANNOUNCED_AMOUNT);
            }
            return null;
        }
        CommitmentKind kind = kindOfLemma(lemma);
        if (kind == null) {
            return null;
        }
        List<Dependency> arguments = new ArrayList<>(s.children(t.index(), null));
        for (Dependency o : s.children(t.index(), "obj")) {
            // "promised President X that Slovenia would reopen ...": the parser hangs the clause on the addressee
            arguments.addAll(s.children(o.dependent(), "ccomp"));
        }
        for (Dependency d : arguments) {
            String r = d.relation();
            Token dep = s.tokens().get(d.dependent());
            boolean clause = dep.isVerb() && (r.equals("xcomp") || r.startsWith("advcl:to") || r.startsWith("obl:to")
                    || r.equals("ccomp") && kind != CommitmentKind.PLAN && hasFutureAux(s, dep.index()));
            if (clause) {
                boolean thatClause = r.equals("ccomp");
                if ((kind == CommitmentKind.PLAN || thatClause) && kindAfterWill(s, dep.index()) == null) {
                    // "plans to travel to", "intends to discuss": the visit, or talk; "agreed that coordination
                    // will continue to support": an assessment of what goes on
                    return null;
                }
                Trigger tr = new Trigger(t.index(), kind, d.dependent(), Trigger.Form.VERB_CLAUSE);
                if (kind == CommitmentKind.PLEDGE && MEETING_ACTIONS.contains(dep.lowerLemma())) {
                    return tr.withKind(CommitmentKind.PLAN, CommitmentRule.KIND_MEETING_ACTION);
                }
                if (kind == CommitmentKind.PLEDGE && FOUNDING_ACTIONS.contains(dep.lowerLemma())
                        && s.children(dep.index(), "obj").stream().noneMatch(o -> RESOURCES.contains(s.tokens().get(o.dependent()).lowerLemma()))) {
                    // "agreed to establish a working group", "agreed to sign a memorandum": an act planned ("to
                    // establish a joint fund" gives resources, a pledge)
                    return tr.withKind(CommitmentKind.PLAN, CommitmentRule.KIND_FOUNDING_ACTION);
                }
                if (CONDUCT.contains(lemma) && !PLEDGE_AFTER_WILL.contains(dep.lowerLemma())) {
                    return tr.withKind(CommitmentKind.PROMISE, CommitmentRule.KIND_CONDUCT);
                }
                return tr;
            }
        }
        if (kind == CommitmentKind.PLEDGE || kind == CommitmentKind.PROMISE) {
            // "committed to a trade mission", "agreed to a new round of talks": an event undertaken
            for (Dependency d : s.children(t.index(), "obl:to")) {
                Token o = s.tokens().get(d.dependent());
                if (o.pos().startsWith("NN") && EVENT_NOUNS.contains(o.lowerLemma())) {
                    // "continued discussions": a conduct kept up, promised; "a trade mission": an event planned
                    boolean ongoing = s.children(o.index(), "amod").stream()
                            .anyMatch(m -> ONGOING_MODIFIERS.contains(s.tokens().get(m.dependent()).lowerWord()));
                    CommitmentKind k = ongoing ? CommitmentKind.PROMISE : CommitmentKind.PLAN;
                    return new Trigger(t.index(), k, d.dependent(), Trigger.Form.VERB_OBJECT)
                            .withKind(k, CommitmentRule.COMMITTED_TO_EVENT);
                }
            }
        }
        if (OBJECT_TAKERS.contains(lemma)) {
            for (Dependency d : s.children(t.index(), "obj")) {
                Token o = s.tokens().get(d.dependent());
                boolean thing = o.pos().startsWith("NN") && !"PERSON".equals(o.ner()) && !NOT_UNDERTAKEN.contains(o.lowerLemma());
                if (thing || o.pos().equals("CD") || o.pos().equals("$")) { // "$", "£", "€" before the amount
                    return new Trigger(t.index(), kind, d.dependent(), Trigger.Form.VERB_OBJECT);
                }
            }
        }
        return null;
    }

    /**
     * "is scheduled to sign" (a PLAN, or a PLEDGE for giving) and "instructed the Government to provide"
     * (the one instructed undertakes it); an itinerary or talk under them is no undertaking.
     */
    private static Trigger assigned(Sentence s, Token t) {
        boolean schedule = SCHEDULE.contains(t.lowerLemma());
        if (schedule && !t.pos().equals("VBN")) {
            return null;
        }
        for (Dependency d : s.children(t.index(), null)) {
            Token dep = s.tokens().get(d.dependent());
            if (dep.isVerb() && (d.relation().equals("xcomp") || d.relation().startsWith("advcl:to"))) {
                CommitmentKind kind = kindAfterWill(s, dep.index());
                if (kind == null) {
                    return null;
                }
                return schedule ? new Trigger(t.index(), kind, dep.index(), Trigger.Form.VERB_CLAUSE)
                        .withKind(kind, CommitmentRule.SCHEDULED)
                        : new Trigger(t.index(), kind, dep.index(), Trigger.Form.INSTRUCTION);
            }
        }
        return null;
    }

    /** The first token of an amount of money right after {@code verb} ("announced £50 million", "an additional $5 million"), or -1. */
    private static int sumRightAfter(Sentence s, int verb) {
        for (int i = verb + 1; i < Math.min(s.tokens().size(), verb + 4); i++) {
            Token w = s.tokens().get(i);
            if ("MONEY".equals(w.ner())) {
                return i;
            }
            if (!w.pos().equals("DT") && !w.pos().equals("JJ")) {
                return -1;
            }
        }
        return -1;
    }

    /** "a £40 million package": a noun an amount of money modifies. */
    private static boolean moneyModifier(Sentence s, int noun) {
        for (Dependency d : s.children(noun, null)) {
            if (d.relation().matches("compound|amod|nummod|nmod:of") && "MONEY".equals(s.tokens().get(d.dependent()).ner())) {
                return true;
            }
        }
        return false;
    }

    /** "promised that the funds would/will be paid": a that-clause in the future or conditional mood. */
    private static boolean hasFutureAux(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "aux")) {
            String w = s.tokens().get(d.dependent()).lowerWord();
            if (FUTURE_MODALS.contains(w) || w.equals("would")) {
                return true;
            }
        }
        return false;
    }

    /** "-ing" forms of commitment verbs that the parser attached to a noun ("committing troops"). */
    private static boolean participleModifier(Sentence s, Token t) {
        if (!t.lowerWord().endsWith("ing") || t.index() == 0
                || !CLAUSE_LEAD.contains(s.tokens().get(t.index() - 1).lowerWord())) {
            return false;
        }
        for (Dependency d : s.heads(t.index())) {
            if (d.relation().equals("amod")) {
                return true;
            }
        }
        return false;
    }

    static String stemLemma(Token t) {
        String w = t.lowerWord();
        for (String lemma : PARTICIPLE_LEMMAS) {
            // "promis-ing", "pledg-ed", "invit-ing": the stem drops a final "e" ("guarantee" keeps its own)
            String stem = lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) : lemma;
            if (w.startsWith(stem)) {
                return lemma;
            }
        }
        return t.lowerLemma();
    }

    /** A commitment noun with a purpose ("commitments to accelerate …") or an amount ("a pledge of $5 million"). */
    private static Trigger noun(Sentence s, Token t) {
        String lemma = t.lowerLemma();
        if (!NOUNS.contains(lemma)) {
            return null;
        }
        // a promise, a plan, an offer are of their verb's kind; a pledge or a commitment is a pledge
        CommitmentKind kind = kindOfLemma(lemma) != null ? kindOfLemma(lemma) : CommitmentKind.PLEDGE;
        for (Dependency d : s.children(t.index(), null)) {
            Token dep = s.tokens().get(d.dependent());
            if (d.relation().startsWith("acl") && dep.isVerb() && s.markedTo(dep.index())) {
                return new Trigger(t.index(), kind, dep.index(), Trigger.Form.NOUN);
            }
            if ((d.relation().equals("nmod:of") || d.relation().equals("compound") || d.relation().equals("amod")
                    || d.relation().equals("nummod")) && "MONEY".equals(dep.ner())) {
                return new Trigger(t.index(), kind, t.index(), Trigger.Form.NOUN);
            }
        }
        // "discussed X and the Dutch's commitments to accelerate …", "thanked the Emir for Qatar's pledge to
        // fund …": the parser hangs the purpose elsewhere, with the noun as its (controlled) subject. A "plan
        // to" as a plain subject is a topic others weigh ("China's plan to impose ... goes against").
        for (Dependency d : s.dependencies()) {
            boolean controlled = d.relation().equals("nsubj:xsubj") || d.relation().equals("nsubj") && !lemma.equals("plan");
            if (controlled && d.dependent() == t.index() && d.governor() > t.index()
                    && s.markedTo(d.governor())) {
                return new Trigger(t.index(), kind, d.governor(), Trigger.Form.NOUN);
            }
        }
        return null;
    }


    /**
     * People as the subject ("He will meet ...", "the Deputy Secretary will meet", "President X and President Y
     * will discuss"): every conjunct a person, a pronoun of one, a title or an office holder. Groups and
     * states ("Chile and Peru will hold", "authorities from both countries will meet") make a plan.
     */
    private static boolean peopleAsSubject(Sentence s, int verb) {
        if (s.children(verb, "nsubj").isEmpty()) {
            for (Dependency c : s.heads(verb)) {
                if (c.relation().startsWith("conj") && c.governor() >= 0 && c.governor() < verb) {
                    return peopleAsSubject(s, c.governor()); // "She will visit a farm and will announce": her subject
                }
            }
            // "Under Secretary Bass will attend", parsed without a subject: the word before the modal
            for (Dependency a : s.children(verb, "aux")) {
                if (a.dependent() > 0 && a.dependent() < verb && isWill(s, s.tokens().get(a.dependent()))) {
                    return personLike(s, a.dependent() - 1);
                }
            }
        }
        for (Dependency d : s.children(verb, "nsubj")) {
            if (!personLike(s, d.dependent())) {
                return false;
            }
            for (Dependency c : s.children(d.dependent(), "conj")) {
                if (!personLike(s, c.dependent())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A person, a pronoun of one, a title, one office holder or a counted few ("the two leaders"; not "officials"). */
    private static boolean personLike(Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        if ("PERSON".equals(t.ner()) || "TITLE".equals(t.ner()) || SINGULAR.contains(t.lowerWord())
                || t.lowerWord().equals("i")) {
            return true;
        }
        return OFFICE_HOLDERS.contains(t.lowerLemma()) && (!t.pos().endsWith("S") || !s.children(tok, "nummod").isEmpty());
    }

    /** "will announce $50 million in aid": a sum given, a pledge wherever it is announced. */
    private static boolean givesMoney(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "obj")) {
            if ("MONEY".equals(s.tokens().get(d.dependent()).ner()) || moneyModifier(s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** "will exchange views", "will pay tribute", "will deliver remarks": a courtesy or talk, nothing undertaken. */
    private static boolean courtesy(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "obj")) {
            Token o = s.tokens().get(d.dependent());
            if (o.pos().startsWith("NN") && NOT_UNDERTAKEN.contains(o.lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What people do inside an announced visit, which the visit covers (ANNOTATION.md): "During the visit,
     * she will meet ... and will lay a wreath", "will visit Tokyo, where the two prime ministers will sign ...".
     * The act is framed by the trip when it, or the first act of its list, hangs on a trip noun ("during the
     * visit", "on his trip"), or when it is a "where" clause of a movement.
     */
    private static boolean duringTheVisit(Sentence s, int verb) {
        int v = verb;
        for (Dependency d : s.heads(verb)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0) {
                v = d.governor();
            }
        }
        if (v != verb && (MOVEMENT.contains(s.tokens().get(v).lowerLemma()) || ITINERARY.contains(s.tokens().get(v).lowerLemma()))) {
            return true; // "she will visit a cocoa farm and will announce new support": one more stop of the day
        }
        for (int x : new int[] {verb, v}) {
            for (Dependency d : s.children(x, null)) {
                if (d.relation().startsWith("obl") && TRIP_NOUNS.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                    return true;
                }
            }
            boolean where = s.children(x, "advmod").stream()
                    .anyMatch(a -> s.tokens().get(a.dependent()).lowerWord().equals("where") && a.dependent() < x);
            if (where) {
                for (Dependency h : s.heads(x)) {
                    int g = h.governor();
                    if (g < 0) {
                        continue;
                    }
                    // "will travel to Tokyo, where ...": the clause hangs on the place or on the movement itself
                    int mover = s.tokens().get(g).isVerb() ? g : s.heads(g).stream().mapToInt(Dependency::governor)
                            .filter(k -> k >= 0).findFirst().orElse(-1);
                    if (mover >= 0 && (MOVEMENT.contains(s.tokens().get(mover).lowerLemma())
                            || TRIP_NOUNS.contains(s.tokens().get(mover).lowerLemma()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Entity types of a destination. */
    private static final java.util.Set<String> PLACES = java.util.Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    /**
     * "will visit Tokyo next week, where the two will sign ...": a "where" right after the destination of a
     * movement the sentence states before it, read from the words (the parser hangs such clauses anywhere).
     */
    private static boolean whereAtTheDestination(Sentence s, int verb) {
        for (int w = verb - 1; w >= 2; w--) {
            Token t = s.tokens().get(w);
            if (!t.lowerWord().equals("where")) {
                continue;
            }
            if (!s.tokens().get(w - 1).word().equals(",")) {
                return false;
            }
            boolean place = false;
            for (int i = w - 2; i >= Math.max(0, w - 5) && !place; i--) {
                place = PLACES.contains(s.tokens().get(i).ner());
            }
            for (int i = 0; i < w && place; i++) {
                Token m = s.tokens().get(i);
                if (m.isVerb() && MOVEMENT.contains(m.lowerLemma()) || m.pos().startsWith("NN") && TRIP_NOUNS.contains(m.lowerLemma())) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** An argument of the verb, or of its object, that is the trip ("start his tour", "use that part of the trip"). */
    private static boolean aboutTheTrip(Sentence s, int verb) {
        for (Dependency d : s.children(verb, null)) {
            boolean argument = d.relation().equals("obj") || d.relation().startsWith("obl");
            if (!argument) {
                continue;
            }
            if (TRIP_NOUNS.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                return true;
            }
            for (Dependency n : s.children(d.dependent(), "nmod")) {
                if (TRIP_NOUNS.contains(s.tokens().get(n.dependent()).lowerLemma())) {
                    return true;
                }
            }
        }
        return false;
    }
}
