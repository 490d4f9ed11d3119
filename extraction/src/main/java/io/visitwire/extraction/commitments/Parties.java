package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.EntityMention;
import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who undertakes and to whom, for one article. Committers are the grammatical agents of the trigger,
 * resolved through {@link SubjectResolver} for pronouns, titles and quotes; state collectives ("the two
 * delegations", "both governments") go to the first country the sentence names, as joint undertakings
 * are attributed to their first-named party; demonyms ("the Dutch") become their country.
 */
final class Parties {

    /** Collectives that stand for states. */
    private static final Lexicon STATE_GROUPS = Lexicon.of("state-collectives");
    /** Collectives of people, which the subject resolver maps to the article's protagonist. */
    private static final Lexicon GROUPS = Lexicon.of("collective-subjects");
    /** Office holders named by their office alone ("the Secretary", "the two ministers"). */
    private static final Lexicon PEOPLE_GROUPS = Lexicon.of("office-holder-nouns");
    /** People who act together as a body's members: "the members", "the heads of state", "the delegations". */
    private static final Lexicon MEMBERS = Lexicon.of("member-nouns");
    /** Subjects of "will" that are things, not agents ("the agreement will go to the House"). */
    private static final Lexicon NON_AGENTS = Lexicon.of("non-agents");
    /** Verbs whose subject decides what a passive future says ("determined that the funds will be remitted"). */
    private static final Lexicon DECIDERS = Lexicon.of("decision-verbs");
    /** "thanked X for committing troops": the thanked party made the commitment. */
    private static final Lexicon THANKS = Lexicon.of("thanking-verbs");
    private static final Lexicon ADDRESSEE_VERBS = Lexicon.of("addressee-verbs");
    /** Verbs whose object commitment noun the subject makes ("made a pledge", "announced a commitment"). */
    private static final Lexicon MAKERS = Lexicon.of("commitment-making-verbs");

    /** The dash that closes a news dateline: "SEOUL, July 15 (Yonhap) --", "PARIS, March 4 —". */
    private static final java.util.Set<String> DATELINE_DASHES = java.util.Set.of("-", "--", "—", "–");

    /** State collectives that refer back to the countries a sentence before named: "both countries". */
    private static final java.util.Set<String> STATES_NAMED_BEFORE = java.util.Set.of("country", "nation", "state");

    /** Verbs that report what a body says: "the ministry said it would". */
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");

    /** Channels an undertaking is addressed through. */
    private static final Lexicon MEDIA = Lexicon.of("channels");

    private final ParsedText doc;
    private final EntityIndex index;
    private final SubjectResolver subjects;
    private final Gazetteer gazetteer;

    Parties(ParsedText doc, EntityIndex index, SubjectResolver subjects, Gazetteer gazetteer) {
        this.doc = doc;
        this.index = index;
        this.subjects = subjects;
        this.gazetteer = gazetteer;
    }

    /** The committer, the token it was read from (-1 when not from one token) and the rules that found it. */
    record Agent(Party party, int token, List<CommitmentRule> rules) {

        Agent(Party party, int token) {
            this(party, token, List.of());
        }

        Agent(Party party, int token, CommitmentRule resolution) {
            this(party, token, List.of(resolution));
        }

        /** The same agent, reached by {@code route} first. */
        Agent via(CommitmentRule route) {
            List<CommitmentRule> all = new ArrayList<>(List.of(route));
            all.addAll(rules);
            return new Agent(party, token, List.copyOf(all));
        }
    }

    Optional<Agent> committer(Sentence s, Trigger tr) {
        return switch (tr.form()) {
            case WILL -> agentOfSubject(s, tr.actionHead(), true).or(() -> nounBeforeModal(s, tr));
            case WILL_PASSIVE -> decider(s, tr.actionHead());
            case NOUN -> owner(s, tr.token());
            case PARTICIPLE -> thanked(s, tr.token()).or(() -> rootSubject(s));
            case INSTRUCTION -> instructed(s, tr.token());
            // "is due to hand over", parsed with the act as the root: its subject is the act's
            default -> verbAgent(s, tr.token()).or(() -> tr.actionHead() != tr.token()
                    && SubjectResolver.subjects(s, tr.token()).isEmpty() ? agentOfSubject(s, tr.actionHead(), false)
                    : Optional.empty());
        };
    }

    /** "said Poland would send", parsed without a subject for "send": the noun right before the modal. */
    private Optional<Agent> nounBeforeModal(Sentence s, Trigger tr) {
        if (!SubjectResolver.subjects(s, tr.actionHead()).isEmpty() || tr.token() == 0) {
            return Optional.empty();
        }
        Token prev = s.tokens().get(tr.token() - 1);
        if (prev.pos().startsWith("NNP") || prev.pos().equals("PRP")) {
            return at(s, tr.token() - 1).map(a -> a.via(CommitmentRule.COMMITTER_NOUN_BEFORE_VERB));
        }
        return Optional.empty();
    }

    private Optional<Agent> verbAgent(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "obl:agent")) {
            return at(s, d.dependent()).map(a -> a.via(CommitmentRule.COMMITTER_PASSIVE_AGENT));
        }
        Optional<Agent> thanked = thanked(s, verb);
        if (thanked.isPresent()) {
            return thanked;
        }
        for (Dependency d : s.heads(verb)) {
            // "the two delegations committed to ...": a participle hung on its agent
            if (d.relation().equals("acl") && d.governor() >= 0 && s.tokens().get(d.governor()).pos().startsWith("NN")) {
                return at(s, d.governor()).map(a -> a.via(CommitmentRule.COMMITTER_MODIFIED_NOUN));
            }
        }
        Optional<Agent> subj = agentOfSubject(s, verb, false);
        if (subj.isPresent()) {
            return subj;
        }
        // a verb the parser left without a subject: the noun right before it ("... governments committed to")
        if (SubjectResolver.subjects(s, verb).isEmpty() && verb > 0) {
            Token prev = s.tokens().get(verb - 1);
            if (prev.pos().startsWith("NN") || prev.pos().equals("PRP")) {
                return at(s, verb - 1).map(a -> a.via(CommitmentRule.COMMITTER_NOUN_BEFORE_VERB));
            }
        }
        return Optional.empty();
    }

    private Optional<Agent> agentOfSubject(Sentence s, int verb, boolean agentsOnly) {
        for (int head : SubjectResolver.subjects(s, verb)) {
            Token h = s.tokens().get(head);
            if (isDateline(s, head)) {
                // "TOKYO, March 4 — Japan pledged", "SEOUL, July 15 (Yonhap) -- Japan will": the parser makes
                // the dateline the subject, and the real one, right after the dash, hangs off it
                Optional<Agent> after = afterDateline(s, verb);
                if (after.isPresent()) {
                    return after.map(x -> x.via(CommitmentRule.COMMITTER_AFTER_DATELINE));
                }
                continue;
            }
            Optional<Agent> body = h.lowerWord().equals("it") && h.pos().equals("PRP") ? speakingBody(s, head) : Optional.empty();
            if (body.isPresent()) {
                return body.map(x -> x.via(CommitmentRule.COMMITTER_SUBJECT));
            }
            if (NON_AGENTS.contains(h.lowerWord()) || NON_AGENTS.contains(h.lowerLemma()) && agentsOnly
                    && index.at(s.index(), head).isEmpty()) {
                return Optional.empty();
            }
            Optional<Agent> a = firstConjunct(s, head).flatMap(c -> at(s, c)).or(() -> at(s, head));
            if (a.isPresent()) {
                return a.map(x -> x.via(CommitmentRule.COMMITTER_SUBJECT));
            }
        }
        return Optional.empty();
    }

    /** The first party named between the dateline's dash and {@code verb}: the subject the parser lost. */
    private Optional<Agent> afterDateline(Sentence s, int verb) {
        int dash = -1;
        for (int i = 1; i < Math.min(verb, 14); i++) {
            if (DATELINE_DASHES.contains(s.tokens().get(i).word())) {
                dash = i;
                break;
            }
        }
        if (dash < 0) {
            return Optional.empty();
        }
        Optional<Agent> nation = Optional.empty();
        for (int i = dash + 1; i < verb; i++) {
            if (index.at(s.index(), i).isPresent()) {
                return at(s, i);
            }
            if (nation.isEmpty()) {
                nation = demonym(s.tokens().get(i)).map(p -> new Agent(p, -1, CommitmentRule.COMMITTER_NATION_WORD));
            }
        }
        return nation;
    }

    /**
     * "The Secretary and Foreign Minister committed": the parser made the first-named a compound of the
     * last; a joint undertaking goes to the first-named party.
     */
    private static Optional<Integer> firstConjunct(Sentence s, int head) {
        for (Dependency d : s.children(head, "compound")) {
            if (d.dependent() < head && !s.children(d.dependent(), "conj").isEmpty()) {
                return Optional.of(d.dependent());
            }
        }
        return Optional.empty();
    }

    private static boolean isDateline(Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        return tok < 3 && t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT)) && t.word().length() > 2
                && tok + 1 < s.tokens().size() && s.tokens().get(tok + 1).word().equals(",");
    }

    /** "X determined that the funds will be remitted" → X; "will be provided by X" → X. */
    private Optional<Agent> decider(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "obl:agent")) {
            return at(s, d.dependent()).map(a -> a.via(CommitmentRule.COMMITTER_PASSIVE_AGENT));
        }
        for (Dependency d : s.heads(verb)) {
            if (d.relation().equals("ccomp") && d.governor() >= 0
                    && DECIDERS.contains(s.tokens().get(d.governor()).lowerLemma())) {
                return agentOfSubject(s, d.governor(), false).map(a -> a.via(CommitmentRule.COMMITTER_DECIDER));
            }
        }
        return Optional.empty();
    }

    /** The owner of a commitment noun: "the Dutch's commitments", "Japan's pledge", or who made it. */
    private Optional<Agent> owner(Sentence s, int noun) {
        for (Dependency d : s.children(noun, null)) {
            boolean modifier = d.relation().equals("compound") || d.relation().equals("amod");
            if (d.relation().equals("nmod:poss")
                    || modifier && (index.at(s.index(), d.dependent()).isPresent() || demonym(s.tokens().get(d.dependent())).isPresent())) {
                Optional<Agent> a = at(s, d.dependent());
                if (a.isPresent()) {
                    return a.map(x -> x.via(CommitmentRule.COMMITTER_OWNER));
                }
            }
        }
        for (Dependency d : s.heads(noun)) {
            if (d.relation().equals("obj") && d.governor() >= 0) {
                String gl = s.tokens().get(d.governor()).lowerLemma();
                if (MAKERS.contains(gl)) {
                    return verbAgent(s, d.governor()).map(a -> a.via(CommitmentRule.COMMITTER_MAKER));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The state a person pledges money for: "Brazilian President X announced $15 million in aid" is Brazil's
     * pledge (ANNOTATION.md: a country for aid a leader announces on its behalf). Empty when the person's
     * country is unknown.
     */
    Optional<Party> stateOf(Party person) {
        if (person.type() != EntityType.PERSON) {
            return Optional.empty();
        }
        for (CanonicalEntity e : index.persons()) {
            if (e.name().equals(person.name()) && e.country() != null) {
                return country(e.country());
            }
        }
        return Optional.empty();
    }

    /** "instructed the Government to provide": the object; "X was instructed to": the passive subject. */
    private Optional<Agent> instructed(Sentence s, int verb) {
        for (Dependency d : s.children(verb, null)) {
            if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass")) {
                continue;
            }
            Token o = s.tokens().get(d.dependent());
            if (!s.children(o.index(), "nmod:poss").isEmpty() && index.at(s.index(), o.index()).isEmpty()) {
                return Optional.empty(); // "instructed their cabinets": no one party named
            }
            boolean singular = o.pos().equals("NN") || o.pos().equals("NNP");
            if (index.at(s.index(), o.index()).isEmpty() && singular && o.isCapitalized() && o.index() > 0
                    && !"PERSON".equals(o.ner())) {
                // "the Government", "the Ministry": a body the entities leave generic, named as the text names it
                return Optional.of(new Agent(new Party(o.word(), EntityType.ORGANIZATION), o.index(),
                        List.of(CommitmentRule.COMMITTER_INSTRUCTED)));
            }
            Optional<Agent> instructor = agentOfSubject(s, verb, false);
            return at(s, d.dependent()).filter(a -> instructor.isEmpty() || !instructor.get().party().equals(a.party()))
                    .map(a -> a.via(CommitmentRule.COMMITTER_INSTRUCTED));
        }
        return Optional.empty();
    }

    private Optional<Agent> thanked(Sentence s, int tok) {
        if (tok == 0 || !s.tokens().get(tok - 1).lowerWord().equals("for")) {
            return Optional.empty();
        }
        for (Token t : s.tokens()) {
            if (t.index() < tok && t.isVerb() && THANKS.contains(t.lowerLemma())) {
                for (Dependency o : s.children(t.index(), "obj")) {
                    if (o.dependent() < tok) {
                        return at(s, o.dependent()).map(a -> a.via(CommitmentRule.COMMITTER_THANKED));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "Halvorsen mentioned ..., saying ... and promising ...": the main clause's subject. */
    private Optional<Agent> rootSubject(Sentence s) {
        for (Dependency d : s.children(-1, null)) {
            return agentOfSubject(s, d.dependent(), false).map(a -> a.via(CommitmentRule.COMMITTER_ROOT_SUBJECT));
        }
        return Optional.empty();
    }

    /** Resolves the noun or pronoun at {@code tok}. */
    Optional<Agent> at(Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        Optional<CanonicalEntity> direct = index.at(s.index(), tok);
        if (direct.isPresent()) {
            return Optional.of(new Agent(Party.of(direct.get()), tok));
        }
        Optional<Party> nation = demonym(t).or(() -> countryWord(t));
        if (nation.isPresent()) {
            return Optional.of(new Agent(nation.get(), tok, CommitmentRule.COMMITTER_NATION_WORD));
        }
        if (STATE_GROUPS.contains(t.lowerLemma()) && t.pos().startsWith("NN")) {
            for (Dependency d : s.children(tok, null)) {
                if (d.relation().startsWith("nmod") || d.relation().equals("compound") || d.relation().equals("amod")) {
                    Optional<Party> mod = index.at(s.index(), d.dependent()).map(Party::of)
                            .or(() -> demonym(s.tokens().get(d.dependent())));
                    if (mod.isPresent() && mod.get().type() != EntityType.PERSON) {
                        return Optional.of(new Agent(mod.get(), tok, CommitmentRule.COMMITTER_GROUP_OWNER));
                    }
                }
            }
            // "both countries" stand for states named earlier; "both sides" may be the people of the sentence before
            List<Party> states = STATES_NAMED_BEFORE.contains(t.lowerLemma()) ? statesNear(s) : statesIn(s);
            if (!states.isEmpty()) {
                return Optional.of(new Agent(states.get(0), -1, CommitmentRule.COMMITTER_FIRST_STATE));
            }
        }
        if (t.lowerWord().equals("it") && t.pos().equals("PRP")) {
            return speakingBody(s, tok);
        }
        Optional<Agent> body = membersBody(s, tok);
        if (body.isPresent()) {
            return body;
        }
        Optional<Agent> resolved = subjects.resolveToken(s, tok)
                .map(e -> new Agent(Party.of(e), tok, CommitmentRule.COMMITTER_RESOLVED));
        if (resolved.isEmpty() && PEOPLE_GROUPS.contains(t.lowerLemma()) && t.pos().equals("NNS")) {
            // "the two ministers", "the presidents": joint undertakings go to the article's protagonist
            return subjects.protagonist().map(e -> new Agent(Party.of(e), tok, CommitmentRule.COMMITTER_PROTAGONIST));
        }
        return resolved;
    }

    /**
     * Who a group of people stands for: "they", "both sides", "the two ministers", "EU leaders". Joint undertakings
     * go to the first-named party: when the group refers back to named people ("Secretary X and Minister Y met
     * ... Both sides decided to ..."), to the one of them the article names first. People the text leaves unnamed
     * ("The foreign ministers of the Nordic Council met in Oslo. They agreed ...", "The European Council met ...
     * EU leaders ... They agreed") act for the body they form, the first organization named where the group is
     * introduced, when the group names its body or no named person acts in the article before. Otherwise empty
     * (the subject resolver's reading stands).
     */
    private Optional<Agent> membersBody(Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        boolean pronoun = t.pos().equals("PRP") && (t.lowerWord().equals("they") || t.lowerWord().equals("them"));
        boolean sides = t.pos().equals("NNS") && t.lowerLemma().equals("side");
        if (!pronoun && !sides && !peopleGroup(t) || namesPerson(s, tok)) {
            return Optional.empty();
        }
        int[] group = peopleGroup(t) ? new int[] {s.index(), tok} : null;
        for (int si = s.index(); si >= Math.max(0, s.index() - 3); si--) {
            Sentence c = doc.sentences().get(si);
            for (int x : pluralSubjects(c, si == s.index() ? tok : Integer.MAX_VALUE)) {
                List<CanonicalEntity> people = peopleOf(c, x);
                if (!people.isEmpty()) {
                    return Optional.of(new Agent(Party.of(firstNamed(people)), tok, CommitmentRule.COMMITTER_FIRST_NAMED));
                }
                if (pronoun && index.at(si, x).filter(e -> e.type() != EntityType.PERSON).isPresent()) {
                    return at(c, x).filter(a -> a.party().type() != EntityType.PERSON)
                            .map(a -> new Agent(a.party(), tok, CommitmentRule.COMMITTER_MEMBERS_BODY));
                }
                if (group == null && peopleGroup(c.tokens().get(x))) {
                    group = new int[] {si, x};
                }
            }
        }
        if (group == null) {
            return Optional.empty();
        }
        Sentence gs = doc.sentences().get(group[0]);
        if (!namesBody(gs, group[1]) && subjects.firstActorBefore(s.index()).isPresent()) {
            return Optional.empty();
        }
        for (int si = Math.max(0, gs.index() - 2); si <= gs.index(); si++) {
            for (var m : index.mentionsIn(si)) {
                if (m.getValue().type() == EntityType.ORGANIZATION) {
                    return Optional.of(new Agent(Party.of(m.getValue()), tok, CommitmentRule.COMMITTER_MEMBERS_BODY));
                }
            }
        }
        return Optional.empty();
    }

    /** "the ministers", "EU leaders", "the members": a plural of office holders or of a body's members. */
    private static boolean peopleGroup(Token t) {
        return t.pos().equals("NNS") && (PEOPLE_GROUPS.contains(t.lowerLemma()) || MEMBERS.contains(t.lowerLemma()));
    }

    /**
     * The plural subjects of a sentence before {@code before}, nearest first: conjoined or plural nouns, and in a
     * sentence the cascade left unparsed the noun before its first finite verb ("EU leaders discussed").
     */
    private static List<Integer> pluralSubjects(Sentence c, int before) {
        List<Integer> out = new ArrayList<>();
        if (c.dependencies().isEmpty()) {
            int x = surfaceSubject(c);
            if (x >= 0 && x < before) {
                out.add(x);
            }
            return out;
        }
        for (Dependency d : c.dependencies()) {
            int x = d.dependent();
            if (d.relation().startsWith("nsubj") && !d.relation().contains("xsubj") && x < before && plural(c, x)
                    && !out.contains(x)) {
                out.add(x);
            }
        }
        out.sort(java.util.Comparator.reverseOrder());
        return out;
    }

    /**
     * The people a plural subject names: its named persons and the office holders its conjuncts resolve to
     * ("Secretary X and Minister Y", "The Secretary and Minister"); in an unparsed sentence, the persons named
     * before its first verb when two or more are joined by "and".
     */
    private List<CanonicalEntity> peopleOf(Sentence c, int head) {
        List<CanonicalEntity> out = new ArrayList<>();
        if (c.dependencies().isEmpty()) {
            boolean and = false;
            for (int i = 0; i <= head; i++) {
                and |= c.tokens().get(i).lowerWord().equals("and");
                index.at(c.index(), i).filter(e -> e.type() == EntityType.PERSON).filter(e -> !out.contains(e)).ifPresent(out::add);
            }
            return and && out.size() >= 2 ? out : List.of();
        }
        List<Integer> members = new ArrayList<>(List.of(head));
        for (Dependency d : c.children(head, null)) {
            if (d.relation().startsWith("conj")) {
                members.add(d.dependent());
            }
        }
        if (members.size() < 2 && !namesPerson(c, head)) {
            return List.of();
        }
        for (int m : members) {
            Optional<CanonicalEntity> e = index.at(c.index(), m).or(() -> personIn(c, m));
            if (e.isEmpty() && c.tokens().get(m).pos().startsWith("NN") && !c.tokens().get(m).pos().endsWith("S")) {
                e = subjects.resolveToken(c, m); // "The Secretary and Minister": each office to its holder
            }
            e.filter(x -> x.type() == EntityType.PERSON && !out.contains(x)).ifPresent(out::add);
        }
        return out;
    }

    /** A person named inside the phrase headed by {@code head}: "Minister of National Defense Arjun Mehta". */
    private Optional<CanonicalEntity> personIn(Sentence s, int head) {
        for (int i = phraseStart(s, head); i <= head; i++) {
            Optional<CanonicalEntity> e = index.at(s.index(), i).filter(x -> x.type() == EntityType.PERSON);
            if (e.isPresent()) {
                return e;
            }
        }
        for (Dependency d : s.children(head, null)) {
            if (d.relation().equals("appos") || d.relation().equals("dep") || d.relation().startsWith("compound")) {
                Optional<CanonicalEntity> e = index.at(s.index(), d.dependent()).filter(x -> x.type() == EntityType.PERSON);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    /** Of several people, the one the article names first. */
    private static CanonicalEntity firstNamed(List<CanonicalEntity> people) {
        CanonicalEntity best = people.get(0);
        for (CanonicalEntity p : people) {
            if (firstMention(p) < firstMention(best)) {
                best = p;
            }
        }
        return best;
    }

    private static int firstMention(CanonicalEntity p) {
        return p.mentions().stream().mapToInt(EntityMention::begin).min().orElse(Integer.MAX_VALUE);
    }

    private static boolean plural(Sentence s, int tok) {
        Token w = s.tokens().get(tok);
        return w.pos().equals("NNS") || w.pos().equals("NNPS") || !s.children(tok, "conj").isEmpty()
                || w.lowerWord().equals("they");
    }

    /** In a sentence without a parse, the noun right before its first finite verb: "EU leaders discussed migration". */
    private static int surfaceSubject(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
                return t.index() > 0 && s.tokens().get(t.index() - 1).pos().startsWith("NN") ? t.index() - 1 : -1;
            }
        }
        return -1;
    }

    /** The words of the noun phrase before {@code head}, read from the surface: "the foreign ministers", "EU leaders". */
    private static int phraseStart(Sentence s, int head) {
        int i = head;
        while (i > 0 && java.util.Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "CD").contains(s.tokens().get(i - 1).pos())) {
            i--;
        }
        return i;
    }

    /** The phrase or one of its conjuncts and modifiers is a named person: "President X and Minister Y". */
    private boolean namesPerson(Sentence s, int head) {
        return names(s, head, EntityType.PERSON, true,
                r -> r.startsWith("conj") || r.equals("appos") || r.startsWith("compound"));
    }

    /** "EU leaders", "the foreign ministers of the Nordic Council": the group names the body it belongs to. */
    private boolean namesBody(Sentence s, int head) {
        return names(s, head, EntityType.ORGANIZATION, false,
                r -> r.startsWith("nmod") || r.startsWith("compound") || r.equals("amod"));
    }

    /** An entity of {@code type} in the words before the phrase's head (and the head itself), or below it by one of {@code relations}. */
    private boolean names(Sentence s, int head, EntityType type, boolean withHead, Predicate<String> relations) {
        for (int i = phraseStart(s, head); withHead ? i <= head : i < head; i++) {
            if (index.at(s.index(), i).filter(e -> e.type() == type).isPresent()) {
                return true;
            }
        }
        for (Dependency d : s.children(head, null)) {
            if (relations.test(d.relation()) && index.at(s.index(), d.dependent()).filter(e -> e.type() == type).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Japan's foreign ministry said it would provide ...", "the Government announced it will send ...": "it" in
     * the clause a speech verb reports is the body that speaks, resolved as any subject is (a ministry to its
     * country); an "it" no speech verb reports is left unresolved.
     */
    private Optional<Agent> speakingBody(Sentence s, int it) {
        int v = -1;
        for (Dependency d : s.heads(it)) {
            if (d.relation().startsWith("nsubj")) {
                v = d.governor();
            }
        }
        for (int hop = 0; hop < 2 && v >= 0; hop++) {
            int up = -1;
            for (Dependency d : s.heads(v)) {
                if ((d.relation().equals("ccomp") || d.relation().equals("parataxis")) && d.governor() >= 0) {
                    up = d.governor();
                }
            }
            if (up >= 0 && SPEECH.contains(s.tokens().get(up).lowerLemma())) {
                for (int subj : SubjectResolver.subjects(s, up)) {
                    Token st = s.tokens().get(subj);
                    if (subj != it && !st.pos().equals("PRP") && !"PERSON".equals(st.ner())) {
                        return at(s, subj).filter(a -> a.party().type() != EntityType.PERSON)
                                .map(a -> new Agent(a.party(), it, CommitmentRule.COMMITTER_SPEAKING_BODY));
                    }
                }
                return Optional.empty();
            }
            v = up;
        }
        return Optional.empty();
    }

    /**
     * Who concluded the sum at {@code sum} ("The United States and Mozambique signed three agreements", "Britain
     * signed a grant agreement with Kenya"): the subject of its verb, the first-named of a joint one; in a
     * sentence without a parse, the first party named before it.
     */
    Optional<Agent> concluder(Sentence s, int sum) {
        for (Dependency d : s.heads(sum)) {
            if (d.relation().equals("obj") && d.governor() >= 0) {
                return agentOfSubject(s, d.governor(), false);
            }
        }
        for (int i = afterDateline(s); i < sum && !s.tokens().get(i).isVerb(); i++) {
            Token t = s.tokens().get(i);
            Optional<Party> p = index.at(s.index(), i).filter(this::isState).map(Party::of).or(() -> nation(t));
            if (p.isPresent()) {
                return Optional.of(new Agent(p.get(), i));
            }
        }
        return Optional.empty();
    }

    /** The token after a dateline's dash ("Friday, May 17, 2019 – Maputo – The U.S. and ..."), else 0. */
    private static int afterDateline(Sentence s) {
        int last = 0;
        for (int i = 1; i < Math.min(s.tokens().size(), 16); i++) {
            String w = s.tokens().get(i).word();
            if (DATELINE_DASHES.contains(w)) {
                last = i + 1;
            }
            if (s.tokens().get(i).isVerb()) {
                break;
            }
        }
        return last;
    }

    /** The first state the sentence names other than {@code party}: the other side of an agreement. */
    Optional<String> otherState(Sentence s, Party party) {
        return statesIn(s).stream().filter(p -> !p.equals(party)).map(Party::name).findFirst();
    }

    /** A country, not a city, region or sea: "to Ukraine" names a recipient, "to the Red Sea" a destination. */
    boolean isState(CanonicalEntity e) {
        return e.type() != EntityType.LOCATION || gazetteer.countryByName(e.name()).isPresent();
    }

    /** The country a word names by its people, adjective or name ("Sudanese refugees", "the Ukrainians"). */
    Optional<Party> nation(Token t) {
        return demonym(t).or(() -> countryWord(t));
    }

    /**
     * A country named by its people or adjective ("the Dutch", "Japanese"). Plurals ("the Norwegians") are
     * not in the fine-grained gazetteers and the NER leaves them O, so a capitalized word that no model
     * claimed is looked up too.
     */
    private Optional<Party> demonym(Token t) {
        boolean unclaimed = "O".equals(t.ner()) || "MISC".equals(t.ner());
        if (!"NATIONALITY".equals(t.ner()) && !(unclaimed && t.isCapitalized())) {
            return Optional.empty();
        }
        return gazetteer.countryByDemonym(t.word()).flatMap(code -> country(code));
    }

    /** A country name the entity index missed at this position ("U.S. and Mexican citizens"). */
    private Optional<Party> countryWord(Token t) {
        if (!"COUNTRY".equals(t.ner())) {
            return Optional.empty();
        }
        return gazetteer.countryByName(t.word()).flatMap(this::country);
    }

    private Optional<Party> country(String code) {
        for (CanonicalEntity e : index.all()) {
            if (e.type() == EntityType.LOCATION && gazetteer.countryByName(e.name()).filter(code::equals).isPresent()) {
                return Optional.of(Party.of(e));
            }
        }
        return gazetteer.countryName(code).map(n -> new Party(n, EntityType.LOCATION));
    }

    /**
     * The countries of the sentence, else of the nearest sentence before it that names two or more: "Kenyan
     * President X held talks with Japanese Prime Minister Y. ... The two countries will sign ..." names the
     * states some sentences earlier, the first-named of them the party of a joint undertaking.
     */
    private List<Party> statesNear(Sentence s) {
        List<Party> here = statesIn(s);
        if (!here.isEmpty()) {
            return here;
        }
        for (int back = 1; s.index() - back >= 0; back++) {
            // both must be named there: with one, the first-named party may be a state the text leaves unnamed
            List<Party> states = statesIn(doc.sentences().get(s.index() - back));
            if (states.size() >= 2) {
                return states;
            }
        }
        return List.of();
    }

    /** Countries the sentence names, by name or demonym, in text order, without repeats. */
    private List<Party> statesIn(Sentence s) {
        List<Party> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            Optional<Party> p = index.at(s.index(), t.index())
                    .filter(e -> e.type() == EntityType.LOCATION && gazetteer.countryByName(e.name()).isPresent())
                    .map(Party::of).or(() -> demonym(t)).or(() -> countryWord(t));
            if (p.isPresent() && !out.contains(p.get())) {
                out.add(p.get());
            }
        }
        return out;
    }

    /**
     * Whom the undertaking is made to, where the text says: the person invited, assured or promised;
     * the other party of a joint undertaking ("Mexico and the U.S. will ..."); for an undertaking of
     * "both sides", the counterpart the committer dealt with in the article.
     */
    String recipient(Sentence s, Trigger tr, Agent committer) {
        Party who = committer.party();
        int verb = Exclusions.clauseVerb(s, tr);
        Token v = s.tokens().get(verb);
        if (ADDRESSEE_VERBS.contains(v.lowerLemma())) {
            for (Dependency d : s.children(verb, null)) {
                if (d.relation().equals("iobj") || d.relation().equals("obj") || d.relation().equals("obl:to")
                        || d.relation().equals("nsubj:pass")) {
                    // "invited the Prime Minister to attend": the addressee named by title, resolved as subjects are
                    Optional<Party> p = index.at(s.index(), d.dependent()).map(Party::of)
                            .or(() -> subjects.resolveToken(s, d.dependent()).filter(e -> e.type() == EntityType.PERSON)
                                    .map(Party::of));
                    if (p.isEmpty() && "TITLE".equals(s.tokens().get(d.dependent()).ner())) {
                        // "invited the President of Kenya to attend": an unnamed office holder, known by the country
                        p = s.children(d.dependent(), "nmod:of").stream()
                                .flatMap(o -> index.at(s.index(), o.dependent()).filter(this::isState).map(Party::of).stream())
                                .findFirst();
                    }
                    if (p.isPresent() && !p.get().equals(who)) {
                        return p.get().name();
                    }
                }
            }
        }
        if (committer.token() >= 0) {
            for (Dependency d : s.children(committer.token(), "conj")) {
                Optional<Party> p = at(s, d.dependent()).map(Agent::party);
                if (p.isPresent() && !p.get().equals(who)) {
                    return p.get().name();
                }
            }
            for (Dependency d : s.children(committer.token(), "nmod")) {
                for (Dependency c : s.children(d.dependent(), "conj")) {
                    Optional<Party> p = at(s, c.dependent()).map(Agent::party);
                    if (p.isPresent() && !p.get().equals(who)) {
                        return p.get().name();
                    }
                }
            }
        }
        if (committer.token() < 0) {
            for (Party p : statesIn(s).isEmpty() ? statesNear(s) : statesIn(s)) {
                if (!p.equals(who)) {
                    return p.name();
                }
            }
        }
        for (Dependency d : s.dependencies()) {
            // "in his letter to X", "during a call with X"
            if ((d.relation().equals("nmod:to") || d.relation().equals("nmod:with")) && d.governor() >= 0
                    && MEDIA.contains(s.tokens().get(d.governor()).lowerLemma())) {
                Optional<Party> p = index.at(s.index(), d.dependent()).map(Party::of);
                if (p.isPresent() && !p.get().equals(who)) {
                    return p.get().name();
                }
            }
        }
        int subj = subjectToken(s, tr);
        if (subj >= 0 && who.type() == EntityType.PERSON && isGroup(s.tokens().get(subj)) && !moreThanTwo(s, subj)) {
            return counterpart(who);
        }
        return null;
    }

    /** "The three leaders", "the 27 ministers": no one counterpart to receive a joint undertaking. */
    private static boolean moreThanTwo(Sentence s, int group) {
        for (Dependency d : s.children(group, "nummod")) {
            String w = s.tokens().get(d.dependent()).lowerWord();
            if (!w.equals("two") && !w.equals("2")) {
                return true;
            }
        }
        return false;
    }

    private int subjectToken(Sentence s, Trigger tr) {
        List<Integer> subj = SubjectResolver.subjects(s, Exclusions.clauseVerb(s, tr));
        return subj.isEmpty() ? -1 : subj.get(0);
    }

    /** "They", "both sides", "the Secretary": a subject that names no one, dealing with a counterpart. */
    private static boolean isGroup(Token t) {
        return GROUPS.contains(t.lowerWord()) || GROUPS.contains(t.lowerLemma())
                || PEOPLE_GROUPS.contains(t.lowerLemma());
    }

    /** The person at {@code tok}, or the one a description names: "met his Greek counterpart Nikos Petrou". */
    private Optional<Party> namedPerson(Sentence s, int tok) {
        Optional<Party> p = index.at(s.index(), tok).filter(e -> e.type() == EntityType.PERSON).map(Party::of);
        if (p.isPresent() || !s.tokens().get(tok).pos().startsWith("NN")) {
            return p;
        }
        for (Dependency d : s.children(tok, null)) {
            if (d.relation().equals("appos") || d.relation().equals("dep")) {
                Optional<Party> named = index.at(s.index(), d.dependent()).filter(e -> e.type() == EntityType.PERSON)
                        .map(Party::of);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first other person the committer deals with in the article: met, called, congratulated by or
     * with the committer (one is the subject, the other an object or oblique of the same verb).
     */
    private String counterpart(Party committer) {
        for (Sentence s : doc.sentences()) {
            for (Token v : s.tokens()) {
                if (!v.isVerb()) {
                    continue;
                }
                List<Party> subjectsOf = new ArrayList<>();
                List<Party> others = new ArrayList<>();
                for (Dependency d : s.children(v.index(), null)) {
                    Optional<Party> p = namedPerson(s, d.dependent());
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                        subjectsOf.add(p.get());
                    } else if (d.relation().equals("obj") || d.relation().startsWith("obl") || d.relation().equals("iobj")) {
                        others.add(p.get());
                    }
                }
                if (subjectsOf.contains(committer) && !others.isEmpty() && !others.get(0).equals(committer)) {
                    return others.get(0).name();
                }
                if (others.contains(committer) && !subjectsOf.isEmpty() && !subjectsOf.get(0).equals(committer)) {
                    return subjectsOf.get(0).name();
                }
            }
        }
        return leadCounterpart(committer);
    }

    /**
     * A readout's lead names both parties ("X spoke today with Y", "X traveled to Z to meet with Y"): when the
     * parse links no verb to both, the first other person of the first sentence that names the committer.
     */
    private String leadCounterpart(Party committer) {
        if (doc.sentences().isEmpty()) {
            return null;
        }
        Sentence lead = doc.sentences().get(0);
        boolean named = false;
        String other = null;
        for (Token t : lead.tokens()) {
            Optional<CanonicalEntity> e = index.at(lead.index(), t.index()).filter(x -> x.type() == EntityType.PERSON);
            if (e.isEmpty()) {
                continue;
            }
            if (Party.of(e.get()).equals(committer)) {
                named = true;
            } else if (other == null) {
                other = e.get().name();
            }
        }
        return named ? other : null;
    }
}
