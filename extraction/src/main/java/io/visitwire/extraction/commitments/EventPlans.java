package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A planned event with the event as the subject: "The next meeting will take place in Seoul in March",
 * "the next round of talks will be held in Tokyo", "the dialogue is scheduled to resume in May". The
 * undertaking is to hold it (a PLAN, ANNOTATION.md), and the committer is a party of the event: the first
 * one its own name gives ("the first meeting of the U.S.-Sri Lanka Dialogue"), else, as a joint
 * undertaking read in context, the party of the undertaking or the subject of the sentence just before
 * ("They agreed to resume the dialogue. The next round will be held in ..."). A visit or trip as the
 * subject is the visit itself, not a commitment.
 */
final class EventPlans {

    private static final Lexicon EVENTS = Lexicon.of("event-nouns");
    private static final Lexicon TRIPS = Lexicon.of("trip-nouns");
    private static final Lexicon OCCURS = Lexicon.of("event-occurrence-verbs");
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");

    private final ParsedText doc;
    private final Parties parties;
    private final Gazetteer gazetteer;

    EventPlans(ParsedText doc, Parties parties, Gazetteer gazetteer) {
        this.doc = doc;
        this.parties = parties;
        this.gazetteer = gazetteer;
    }

    /** The event noun a PLAN trigger has as its subject, when the verb says the event happens; else -1. */
    static int eventSubject(Sentence s, Trigger tr) {
        if (tr.kind() != CommitmentKind.PLAN && tr.kind() != CommitmentKind.PLEDGE) {
            return -1;
        }
        boolean scheduled = tr.kindRule() == CommitmentRule.SCHEDULED;
        if (tr.form() != Trigger.Form.WILL && tr.form() != Trigger.Form.WILL_PASSIVE && !scheduled) {
            return -1;
        }
        Token v = s.tokens().get(tr.actionHead());
        if (!OCCURS.contains(v.lowerLemma())) {
            return -1;
        }
        boolean passive = !s.children(v.index(), "aux:pass").isEmpty();
        if (v.lowerLemma().equals("take") ? !takesPlace(s, v.index())
                : (v.lowerLemma().equals("hold") || v.lowerLemma().equals("host") || v.lowerLemma().startsWith("organi"))
                && !passive) {
            return -1; // "will take part": the party is the subject; "X will hold talks": the existing rules read it
        }
        for (int subj : SubjectResolver.subjects(s, v.index())) {
            Token n = s.tokens().get(subj);
            if (n.pos().startsWith("NN") && EVENTS.contains(n.lowerLemma()) && !TRIPS.contains(n.lowerLemma())) {
                return subj;
            }
        }
        return -1;
    }

    private static boolean takesPlace(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "obj")) {
            if (s.tokens().get(d.dependent()).lowerWord().equals("place")) {
                return true;
            }
        }
        return false;
    }

    /** The party that holds the event, with the rule that found it. */
    Optional<Parties.Agent> committer(Sentence s, int event, List<CommitmentCandidate> earlier) {
        for (int tok : subtree(s, event).stream().sorted().toList()) {
            Optional<Parties.Agent> a = parties.at(s, tok).filter(x -> x.token() == tok && isParty(x.party()));
            if (a.isPresent()) {
                return a.map(x -> x.via(CommitmentRule.COMMITTER_EVENT_PARTY));
            }
            // "the U.S.-Sri Lanka Partnership Dialogue", one name to the NER: its first country word
            Optional<Party> country = gazetteer.countryByName(s.tokens().get(tok).word()).flatMap(gazetteer::countryName)
                    .map(n -> new Party(n, EntityType.LOCATION));
            if (country.isPresent()) {
                return Optional.of(new Parties.Agent(country.get(), tok, CommitmentRule.COMMITTER_EVENT_PARTY));
            }
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            CommitmentCandidate c = earlier.get(i);
            if (c.evidence().index() < s.index() - 1) {
                break;
            }
            if (c.evidence().index() < s.index()) {
                return Optional.of(new Parties.Agent(stateOf(c.committer()), -1, CommitmentRule.COMMITTER_EARLIER));
            }
        }
        if (s.index() == 0) {
            return Optional.empty();
        }
        Sentence prev = doc.sentences().get(s.index() - 1);
        for (int verb : mainVerbs(prev)) {
            for (int subj : SubjectResolver.subjects(prev, verb)) {
                int from = subj;
                if (subj < 3 && subj + 1 < prev.tokens().size() && prev.tokens().get(subj + 1).word().equals(",")) {
                    // "SEOUL, July 15 (Yonhap) -- South Korea and Japan held ...": the parser's subject is the dateline
                    from = -1;
                    for (int i = subj + 1; i < Math.min(verb, 14); i++) {
                        if (Set.of("--", "—", "–", "-").contains(prev.tokens().get(i).word())) {
                            from = i + 1;
                            break;
                        }
                    }
                    if (from < 0) {
                        continue;
                    }
                }
                Optional<Parties.Agent> a = Optional.empty();
                for (int i = from; i < (from == subj ? subj + 1 : verb) && a.isEmpty(); i++) {
                    a = parties.at(prev, i).filter(x -> isParty(x.party()));
                }
                if (a.isPresent()) {
                    return Optional.of(new Parties.Agent(stateOf(a.get().party()), -1, CommitmentRule.COMMITTER_EARLIER));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The verbs whose subject is the sentence's actor: the root, after the clause it reports when the root is
     * a speech verb ("South Korea and Japan held talks ..., the ministry said").
     */
    private static List<Integer> mainVerbs(Sentence s) {
        List<Integer> out = new java.util.ArrayList<>();
        for (Dependency root : s.children(-1, null)) {
            if (SPEECH.contains(s.tokens().get(root.dependent()).lowerLemma())) {
                for (Dependency d : s.children(root.dependent(), null)) {
                    if (d.relation().equals("ccomp") || d.relation().equals("parataxis")) {
                        out.add(d.dependent());
                    }
                }
            }
            out.add(root.dependent());
        }
        return out;
    }

    /** An event of governments read from context is held by the state of the person named there. */
    private Party stateOf(Party p) {
        return p.type() == EntityType.PERSON ? parties.stateOf(p).orElse(p) : p;
    }

    /** A person, an organization or a country; a city is where the event is, not who holds it. */
    private boolean isParty(Party p) {
        return p.type() != EntityType.LOCATION || gazetteer.countryByName(p.name()).isPresent();
    }

    /** "the next meeting will take place in Seoul in March" → "hold the next meeting in Seoul in March". */
    static String action(String body, Sentence s, int event, Trigger tr, String phrase) {
        Set<Integer> np = subtree(s, event);
        int lo = np.stream().min(Integer::compare).orElse(event);
        int hi = np.stream().max(Integer::compare).orElse(event);
        String object = s.textOf(body, lo, hi + 1);
        if (s.tokens().get(lo).pos().equals("DT")) {
            object = object.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + object.substring(1);
        }
        Token v = s.tokens().get(tr.actionHead());
        String rest = phrase;
        if (v.lowerLemma().equals("take")) {
            rest = phrase.replaceFirst("^take place\\s*", "");
        } else if (!s.children(v.index(), "aux:pass").isEmpty()) {
            // "hold the next round of talks in Tokyo": the passive's own phrase already names the event
            return phrase;
        } else {
            rest = phrase.replaceFirst("^\\S+\\s*", "");
            return ("hold " + object + " " + rest).trim();
        }
        return ("hold " + object + " " + rest).trim();
    }

    /** The event's phrase: its tokens less controlled subjects, relative links, clauses on it and punctuation. */
    private static Set<Integer> subtree(Sentence s, int head) {
        return s.subtree(head, r -> !r.equals("ref") && !r.contains("xsubj") && !r.startsWith("acl") && !r.startsWith("punct"));
    }
}
