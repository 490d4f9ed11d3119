package io.visitwire.extraction.visits;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.EntityMention;
import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import io.visitwire.schemas.avro.VisitStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Visit mentions: someone (a person) goes to a place abroad, read from trigger words ("visited",
 * "arrived in", "traveled to", "a visit to", "bound for", "met ... at/in <place>", "hosted by"), with
 * place and country from the places tied to the trigger, hosts from the people met there (in the
 * sentence and in the "He met with ..." sentences that follow), dates from the sentence's dates and
 * status from tense and modality. A leader meeting a foreign guest at home reads as the guest's
 * visit. Stateless; thread-safe.
 */
public final class VisitExtractor {

    static final Lexicon MOVE_VERBS = Lexicon.of("travel-verbs");
    static final Lexicon MOVE_NOUNS = Lexicon.union("trip-nouns", "meeting-nouns");
    static final Lexicon MEET_VERBS = Lexicon.of("meeting-verbs");
    /** Someone at home receiving a guest: the guest is the visitor, the subject (or agent) the host. */
    static final Lexicon MEET_LEMMAS = Lexicon.of("meet-with-verbs");
    static final Lexicon HOST_VERBS = Lexicon.of("host-verbs");
    /** Remote contact and possibilities: no visit in the clause that says them. */
    private static final Lexicon NOT_A_VISIT = Lexicon.union("remote-contact", "possibility-words");
    /** "called on the President": a call in person, which blocks no visit. */
    private static final Lexicon IN_PERSON_CALLS = Lexicon.of("in-person-calls");
    /** Modal verbs of a visit that may not happen ("may" only as a modal: not the month). */
    private static final Lexicon HYPOTHETICAL = Lexicon.of("hypothetical-modals");
    private static final Lexicon TOPIC_VERBS = Lexicon.of("topic-verbs");
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");
    static final Lexicon DEPART = Lexicon.of("departure-verbs");
    static final Lexicon CANCEL = Lexicon.of("cancel-verbs");
    /** "The Mexican delegation included A; B; and C": the verbs, then who a delegation can be. */
    static final Lexicon DELEGATION_VERBS = Lexicon.of("membership-verbs");
    private static final Lexicon DELEGATION_NOUNS = Lexicon.of("delegation-nouns");
    /** "He ended his visit on Tuesday": the verbs, then what must be ended (the rule needs both). */
    private static final Lexicon END_VERBS = Lexicon.of("ending-verbs");
    static final Lexicon ENDED_NOUNS = Lexicon.of("trip-nouns");
    private static final Lexicon FUTURE_MARKERS = Lexicon.union("future-modals", "future-markers");
    private static final Lexicon INVITATION = Lexicon.of("invitation-words");
    /** "since May", "until 2012": a date that is a point of reference, not the days of the stay. */
    private static final Lexicon DATE_REFERENCES = Lexicon.of("date-reference-prepositions");
    /** Relations that lead from "met with X" to the people met, not to what they are part of or do. */
    private static final Set<String> HOST_PATH = Set.of("conj", "appos", "nmod", "dep", "compound", "flat", "obl:with");

    private final Gazetteer gazetteer;
    private final VisitStatusRules statusRules = new VisitStatusRules();

    public VisitExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A destination: a named place (or a country only, {@code name} null) and its ISO country. */
    record Place(String name, String country, boolean countryOnly, boolean facility) {
        Place(String name, String country, boolean countryOnly) {
            this(name, country, countryOnly, false);
        }
    }

    public List<VisitCandidate> extract(ParsedText doc, DocumentContext ctx, EntityIndex index, List<DateMention> dates,
                                        SubjectResolver subjects) {
        Article a = new Article(doc, ctx, index, dates, subjects);
        List<VisitCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<VisitCandidate> here = new ArrayList<>();
            for (int trigger : findTriggers(s, index)) {
                for (VisitCandidate v : visitsAt(a, s, trigger)) {
                    if (here.stream().noneMatch(v::sameVisit)) {
                        here.add(v);
                    }
                }
            }
            out.addAll(here);
        }
        out = hostsFromFollowingSentences(a, out);
        out = endsFromDepartures(a, out);
        out = hostDelegations(a, out);
        return out;
    }

    /** Per-article inputs of the rules, plus the guests hosts were said to receive. */
    private static final class Article {
        final ParsedText doc;
        final DocumentContext ctx;
        final EntityIndex index;
        final List<DateMention> dates;
        final SubjectResolver subjects;
        final Map<CanonicalEntity, CanonicalEntity> guestOf = new HashMap<>();

        Article(ParsedText doc, DocumentContext ctx, EntityIndex index, List<DateMention> dates, SubjectResolver subjects) {
            this.doc = doc;
            this.ctx = ctx;
            this.index = index;
            this.dates = dates;
            this.subjects = subjects;
        }
    }

    private List<VisitCandidate> visitsAt(Article a, Sentence s, int trigger) {
        List<VisitCandidate> out = new ArrayList<>();
        Token t = s.tokens().get(trigger);
        boolean hosting = HOST_VERBS.contains(t.lowerLemma()) && t.isVerb();
        CanonicalEntity host = null;
        Optional<CanonicalEntity> visitor;
        List<VisitRule> rules = new ArrayList<>();
        if (hosting) {
            host = hostOf(a, s, trigger).orElse(null);
            visitor = guestOf(a, s, trigger);
            if (visitor.isEmpty() && host != null) {
                visitor = Optional.ofNullable(a.guestOf.get(host));
                rules.add(VisitRule.VISITOR_EARLIER_GUEST);
            }
            if (visitor.isPresent() && host != null) {
                a.guestOf.put(host, visitor.get());
            }
        } else {
            visitor = visitorOf(s, trigger, a.index, a.subjects, rules);
        }
        if (visitor.isEmpty() || onlyTalkedAbout(s, trigger) || blocked(s, trigger, a.index, visitor.get())) {
            return out;
        }
        CanonicalEntity who = visitor.get();
        List<Place> places = placesFor(s, trigger, a.index);
        VisitRule placeRule = VisitRule.PLACE_ARGUMENT;
        boolean datelineMeeting = places.isEmpty() && isMeet(t);
        rules.add(0, triggerRule(t, hosting, datelineMeeting));
        if (places.isEmpty() && !datelineMeeting
                && (hosting || s.tokens().get(trigger).isVerb() || firstTrigger(s, trigger, a.index))) {
            places = placesIn(s, a.index);
            placeRule = VisitRule.PLACE_IN_SENTENCE;
        }
        if (places.isEmpty() && hosting && host != null && host.countryExplicit() && host.country() != null) {
            places = List.of(new Place(null, host.country(), true));
            placeRule = VisitRule.PLACE_HOST_COUNTRY;
        }
        if (datelineMeeting && s.index() <= 1 && a.ctx.datelinePlace() != null) {
            // "WASHINGTON — X met today with Y": the dateline says where.
            Optional<String> c = gazetteer.countryOf(a.ctx.datelinePlace());
            if (c.isPresent()) {
                places = List.of(new Place(titleCase(a.ctx.datelinePlace()), c.get(), false));
                placeRule = null; // the trigger's rule is the dateline's
            }
        }
        List<CanonicalEntity> met = metPersons(s, trigger, a.index);
        List<CanonicalEntity> metWith = List.copyOf(met);
        List<CanonicalEntity> others = counterparts(s, trigger, a.index, who);
        for (CanonicalEntity c : others) {
            if (!met.contains(c)) {
                met.add(c);
            }
        }
        if (host != null && !met.contains(host)) {
            met.add(0, host);
        }
        Map<String, Place> byCountry = new LinkedHashMap<>();
        for (Place p : places) {
            Place prev = byCountry.get(p.country());
            if (prev == null || prev.countryOnly() && !p.countryOnly()) {
                byCountry.put(p.country(), p);
            }
        }
        String home = who.country() != null ? who.country() : a.ctx.homeCountry();
        for (Place p : byCountry.values()) {
            CanonicalEntity v = who;
            String vCountry = home;
            List<CanonicalEntity> hosts = new ArrayList<>();
            List<VisitRule> applied = new ArrayList<>(rules);
            if (p.country().equals(home)) {
                // At home: the visit, if any, is the foreign guest's.
                Optional<CanonicalEntity> guest = met.stream()
                        .filter(m -> m != who && m.countryExplicit() && m.country() != null && !m.country().equals(home))
                        .findFirst();
                if (guest.isEmpty() || hosting && host == null) {
                    continue;
                }
                v = guest.get();
                vCountry = v.country();
                hosts.add(who);
                applied.add(VisitRule.GUEST_AT_HOME);
            }
            for (CanonicalEntity m : met) {
                if (m != v && !hosts.contains(m) && !compatriotAbroad(m, vCountry, p.country())) {
                    hosts.add(m);
                }
            }
            VisitStatusRules.Decision status = statusRules.status(s, trigger, a.dates, a.doc.docDate());
            Span span = dateSpan(s, trigger, a.dates, a.ctx);
            applied.addAll(placeAndHostRules(placeRule, p, hosts, metWith, others));
            if (span.rule() != null) {
                applied.add(span.rule());
            }
            applied.add(status.rule());
            out.add(new VisitCandidate(v, vCountry, p.countryOnly() ? null : p.name(), p.country(), span.start(),
                    span.end(), hosts, status.status(), s, applied));
        }
        return out;
    }

    /** The rule of a trigger {@link #findTriggers} found. */
    private static VisitRule triggerRule(Token t, boolean hosting, boolean datelineMeeting) {
        if (hosting) {
            return VisitRule.HOST_RECEIVED;
        }
        if (datelineMeeting) {
            return VisitRule.MET_DATELINE;
        }
        if (t.isVerb() && MOVE_VERBS.contains(t.lowerLemma())) {
            return VisitRule.MOVE_VERB;
        }
        if (t.lowerWord().equals("bound")) {
            return VisitRule.BOUND_FOR;
        }
        return t.isVerb() ? VisitRule.MET_IN_PLACE : VisitRule.MOVE_NOUN;
    }

    /** Where the place came from, and where the hosts that were kept came from. */
    private static List<VisitRule> placeAndHostRules(VisitRule placeRule, Place p, List<CanonicalEntity> hosts,
                                                     List<CanonicalEntity> metWith, List<CanonicalEntity> others) {
        List<VisitRule> out = new ArrayList<>();
        if (placeRule != null) {
            out.add(placeRule);
        }
        if (p.facility()) {
            out.add(VisitRule.PLACE_FACILITY);
        }
        if (hosts.stream().anyMatch(metWith::contains)) {
            out.add(VisitRule.HOSTS_MET_WITH);
        }
        if (hosts.stream().anyMatch(h -> others.contains(h) && !metWith.contains(h))) {
            out.add(VisitRule.HOSTS_COUNTERPARTS);
        }
        return out;
    }

    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(java.util.Locale.ROOT))) {
            return place;
        }
        StringBuilder b = new StringBuilder();
        for (String w : place.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    /** A fellow citizen of the visitor met abroad (an ambassador, an aide) travels with or serves the visitor. */
    private static boolean compatriotAbroad(CanonicalEntity m, String visitorCountry, String visited) {
        return m.countryExplicit() && m.country() != null && m.country().equals(visitorCountry)
                && !m.country().equals(visited);
    }

    private static boolean isMeet(Token t) {
        return t.isVerb() && t.lowerLemma().equals("meet");
    }

    private boolean firstTrigger(Sentence s, int trigger, EntityIndex index) {
        List<Integer> all = findTriggers(s, index);
        return !all.isEmpty() && all.get(0) == trigger;
    }

    /** "discussed a visit to X", "proposed a trip": a visit that is a topic, not an event. */
    private static boolean onlyTalkedAbout(Sentence s, int trigger) {
        if (s.tokens().get(trigger).isVerb()) {
            return false;
        }
        for (Dependency d : s.heads(trigger)) {
            if (d.governor() >= 0 && TOPIC_VERBS.contains(s.tokens().get(d.governor()).lowerLemma())) {
                return true;
            }
            for (Dependency up : d.governor() >= 0 ? s.heads(d.governor()) : List.<Dependency>of()) {
                if (d.relation().startsWith("conj") && up.governor() >= 0
                        && TOPIC_VERBS.contains(s.tokens().get(up.governor()).lowerLemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Calls, hypotheticals and invitations not (yet) accepted, looked for in the trigger's own clause:
     * from after the last finite verb before the visitor to the next finite verb with a subject of its
     * own after the trigger. Another clause of the same sentence may still report a real visit.
     */
    static boolean blocked(Sentence s, int trigger, EntityIndex index, CanonicalEntity visitor) {
        List<Token> toks = s.tokens();
        int visitorAt = trigger;
        for (var m : index.mentionsIn(s.index())) {
            if (m.getValue() == visitor && m.getKey().tokenStart() < visitorAt) {
                visitorAt = m.getKey().tokenStart();
            }
        }
        int from = 0;
        for (int i = visitorAt - 1; i >= 0; i--) {
            if (toks.get(i).word().equals(";") || isFinite(toks.get(i)) && i != trigger) {
                from = i + 1;
                break;
            }
        }
        int to = toks.size();
        for (int i = trigger + 1; i < toks.size(); i++) {
            if (toks.get(i).word().equals(";") || isFinite(toks.get(i)) && !s.children(i, "nsubj").isEmpty()
                    && !isCoordinatedWith(s, trigger, i)) {
                to = i;
                break;
            }
        }
        boolean accepted = false;
        boolean atInvitation = false;
        boolean invited = false;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            String l = t.lowerLemma();
            // "called on the President", "called off the trip": no phone call
            boolean noCall = t.isVerb()
                    && (IN_PERSON_CALLS.phraseAt(toks, i, Token::lowerLemma) > 0 || isCancel(s, i));
            if ((NOT_A_VISIT.contains(l) || NOT_A_VISIT.contains(t.lowerWord())) && !noCall
                    || t.pos().equals("MD") && HYPOTHETICAL.contains(t.lowerWord())) {
                return true;
            }
            if (l.equals("would") && !saidBefore(s, i)) {
                return true; // "would visit" unless reported speech ("officials said he would travel")
            }
            accepted |= l.equals("accept");
            if (INVITATION.contains(l)) {
                invited = true;
                atInvitation |= i + 1 < toks.size() && toks.get(i + 1).lowerWord().equals("of");
            }
        }
        // "X invited Y to visit Z": the invitation governs the trigger from outside its clause
        int cur = trigger;
        for (int hop = 0; hop < 3 && cur >= 0; hop++) {
            int up = -1;
            for (Dependency d : s.heads(cur)) {
                if (d.governor() >= 0 && !d.relation().startsWith("conj")) {
                    up = d.governor();
                    break;
                }
            }
            if (up >= 0 && INVITATION.contains(toks.get(up).lowerLemma())) {
                invited = true;
            }
            cur = up;
        }
        for (int i = 0; i < trigger; i++) {
            accepted |= toks.get(i).lowerLemma().equals("accept");
        }
        return invited && !accepted && !atInvitation;
    }

    private static boolean isCoordinatedWith(Sentence s, int a, int b) {
        for (Dependency d : s.heads(b)) {
            if (d.governor() == a && d.relation().startsWith("conj")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
    }

    private static boolean saidBefore(Sentence s, int before) {
        for (int i = 0; i < before; i++) {
            if (s.tokens().get(i).isVerb() && SPEECH.contains(s.tokens().get(i).lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /** Tokens that report movement (first), a reception or an in-person meeting at a named place (after). */
    private List<Integer> findTriggers(Sentence s, EntityIndex index) {
        List<Integer> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            String l = t.lowerLemma();
            if (t.isVerb() && MOVE_VERBS.contains(l)
                    || t.pos().startsWith("NN") && MOVE_NOUNS.contains(l) && hasPlaceArgument(s, t.index(), index)
                    || t.lowerWord().equals("bound") && t.index() + 1 < s.tokens().size()
                            && s.tokens().get(t.index() + 1).lowerWord().equals("for")) {
                out.add(t.index());
            }
        }
        for (Token t : s.tokens()) {
            if (t.isVerb() && HOST_VERBS.contains(t.lowerLemma())) {
                out.add(t.index());
            }
        }
        for (Token t : s.tokens()) {
            if (t.isVerb() && MEET_VERBS.contains(t.lowerLemma())
                    && (hasPlaceArgument(s, t.index(), index) || isMeet(t) && s.index() <= 1 && !s.children(t.index(), "obl:with").isEmpty())) {
                out.add(t.index());
            }
        }
        return out;
    }

    /** Places attached to the trigger or to its object ("lead a delegation in Lima"), with their conjuncts. */
    private List<Place> placesFor(Sentence s, int trigger, EntityIndex index) {
        List<Place> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(List.of(trigger));
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int g : frontier) {
                for (Dependency d : s.children(g, null)) {
                    String r = d.relation();
                    if (r.startsWith("obl") && !r.equals("obl:from") || r.startsWith("nmod") && !r.equals("nmod:poss")
                            && !r.equals("nmod:from") || r.equals("obj") || r.startsWith("conj") || r.equals("appos")
                            || r.equals("advcl:to")) {
                        next.add(d.dependent());
                        Optional<CanonicalEntity> e = index.at(s.index(), d.dependent());
                        Optional<Place> p = e.flatMap(this::placeOf);
                        if (p.isEmpty() && e.filter(x -> x.type() == EntityType.PERSON).isEmpty()) {
                            p = facility(s, d.dependent(), index);
                        }
                        p.filter(x -> !out.contains(x)).ifPresent(out::add);
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    private Optional<Place> placeOf(CanonicalEntity e) {
        if (e.type() != EntityType.LOCATION || e.country() == null || gazetteer.isRegion(e.name())) {
            return Optional.empty();
        }
        boolean countryOnly = "COUNTRY".equals(e.subtype()) || gazetteer.countryByName(e.name()).isPresent();
        return Optional.of(new Place(e.name(), e.country(), countryOnly));
    }

    /**
     * "Mexico's National Palace", "Japan's Defense Ministry": a capitalized building or institution owned
     * by a named country, which the entity tagger may not know as a place.
     */
    private Optional<Place> facility(Sentence s, int head, EntityIndex index) {
        Token h = s.tokens().get(head);
        if (!h.pos().startsWith("NNP") || !h.isCapitalized()) {
            return Optional.empty();
        }
        for (Dependency d : s.children(head, "nmod:poss")) {
            Optional<CanonicalEntity> owner = index.at(s.index(), d.dependent());
            if (owner.isPresent() && owner.get().type() == EntityType.LOCATION && owner.get().country() != null
                    && gazetteer.countryByName(owner.get().name()).isPresent()) {
                int first = head;
                for (Dependency c : s.children(head, "compound")) {
                    if (c.dependent() < first && s.tokens().get(c.dependent()).isCapitalized()) {
                        first = c.dependent();
                    }
                }
                StringBuilder name = new StringBuilder();
                for (int i = first; i <= head; i++) {
                    name.append(i > first ? " " : "").append(s.tokens().get(i).word());
                }
                return Optional.of(new Place(name.toString(), owner.get().country(), false, true));
            }
        }
        return Optional.empty();
    }

    /** "visit to Chile", "met at the Kremlin", "In Lima, they met": a place tied to the word. */
    private boolean hasPlaceArgument(Sentence s, int tok, EntityIndex index) {
        return !placesFor(s, tok, index).isEmpty();
    }

    private List<Place> placesIn(Sentence s, EntityIndex index) {
        List<Place> out = new ArrayList<>();
        for (var m : index.mentionsIn(s.index())) {
            if (isOrigin(s, m.getKey())) {
                continue;
            }
            placeOf(m.getValue()).filter(p -> !out.contains(p)).ifPresent(out::add);
        }
        for (Token t : s.tokens()) {
            Optional<CanonicalEntity> e = index.at(s.index(), t.index());
            if (e.isEmpty() || e.get().type() == EntityType.ORGANIZATION) {
                facility(s, t.index(), index).filter(p -> !out.contains(p)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "left Lima", "from Kabul", "journey to Spain" by migrants: places that are not destinations. */
    private static boolean isOrigin(Sentence s, EntityMention m) {
        int b = m.tokenStart();
        if (b > 0) {
            String prev = s.tokens().get(b - 1).lowerLemma();
            if (prev.equals("from") || DEPART.contains(prev)) {
                return true;
            }
        }
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            for (Dependency d : s.heads(t)) {
                if (d.governor() >= m.tokenStart() && d.governor() < m.tokenEnd()) {
                    continue; // inside the name ("New" → "Delhi")
                }
                if (d.relation().equals("obj") && d.governor() >= 0
                        && DEPART.contains(s.tokens().get(d.governor()).lowerLemma())) {
                    return true;
                }
                if (d.relation().equals("nmod:poss") || d.relation().startsWith("compound")) {
                    return true; // "Peru's Government Palace", "U.K. troops": a modifier, not the destination
                }
            }
        }
        return false;
    }

    /**
     * Who travels: the trigger's subject; else the person named inside a title-headed subject
     * ("Assistant to the President ... Jane Doe"); else the person written just before the trigger
     * ("... Secretary Jane Doe recently visited"); else the subject of an earlier verb.
     */
    private Optional<CanonicalEntity> visitorOf(Sentence s, int trigger, EntityIndex index, SubjectResolver subjects,
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
            if (v.isEmpty()) {
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
            for (Dependency d : s.children(trigger, "nmod:poss")) {
                v = person(subjects.resolveToken(s, d.dependent()));
            }
            if (v.isEmpty()) {
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

    private static Optional<CanonicalEntity> person(Optional<CanonicalEntity> e) {
        return e.filter(x -> x.type() == EntityType.PERSON);
    }

    /** The first person (in text order) inside the phrase headed by {@code head}, not via clauses or possessors. */
    private static Optional<CanonicalEntity> firstPersonUnder(Sentence s, int head, EntityIndex index) {
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

    /** The person hosting: the subject of "X hosted/welcomed ...", or the agent of "hosted by X". */
    private static Optional<CanonicalEntity> hostOf(Article a, Sentence s, int trigger) {
        for (Dependency d : s.children(trigger, "obl:by")) {
            Optional<CanonicalEntity> e = person(a.index.at(s.index(), d.dependent()));
            if (e.isPresent()) {
                return e;
            }
        }
        for (Dependency d : s.children(trigger, "nsubj")) {
            if (!d.relation().equals("nsubj:pass")) {
                return person(a.subjects.resolveToken(s, d.dependent()));
            }
        }
        return Optional.empty();
    }

    /** The guest: the object person, or the leader of the object delegation ("a delegation led by X"). */
    private static Optional<CanonicalEntity> guestOf(Article a, Sentence s, int trigger) {
        List<Integer> objs = new ArrayList<>();
        for (Dependency d : s.children(trigger, null)) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                objs.add(d.dependent());
            }
        }
        for (int o : objs) {
            Optional<CanonicalEntity> e = person(a.index.at(s.index(), o));
            if (e.isPresent()) {
                return e;
            }
            for (Dependency acl : s.children(o, "acl")) {
                for (Dependency by : s.children(acl.dependent(), "obl:by")) {
                    e = person(a.index.at(s.index(), by.dependent()));
                    if (e.isPresent()) {
                        return e;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The people met: persons reached from a "with" argument of the trigger or of a verb coordinated with
     * it ("visited X and met with Y"), through conjuncts, appositions and "including"; not people that
     * merely qualify them ("members of X's administration", "the funeral of King Y").
     */
    private static List<CanonicalEntity> metPersons(Sentence s, int trigger, EntityIndex index) {
        List<Integer> verbs = new ArrayList<>(List.of(trigger));
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
                // "traveled to X to meet with Y": the purpose names the people met
                if ((d.relation().startsWith("advcl") || d.relation().startsWith("xcomp"))
                        && MEET_LEMMAS.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                    verbs.add(d.dependent());
                }
            }
        }
        List<Integer> frontier = new ArrayList<>();
        for (int v : verbs) {
            for (Dependency d : s.children(v, null)) {
                if (d.relation().equals("obl:with") || d.relation().equals("nmod:with")) {
                    frontier.add(d.dependent());
                }
            }
        }
        if (frontier.isEmpty()) {
            return surfaceWith(s, verbs, index);
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
            for (i++; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (t.isVerb() || t.word().equals("to") || t.word().equals(";") || t.word().equals(".")
                        || t.pos().equals("IN") && !t.lowerWord().equals("of")) {
                    break;
                }
                index.at(s.index(), i).filter(e -> e.type() == EntityType.PERSON && !out.contains(e)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * "A and B met during B's visit to C": the other subjects of the meeting, when they are not the
     * visitor's compatriots, are the people the visitor met.
     */
    private static List<CanonicalEntity> counterparts(Sentence s, int trigger, EntityIndex index, CanonicalEntity visitor) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (int v : clauseOf(s, trigger)) {
            if (!MEET_LEMMAS.contains(s.tokens().get(v).lowerLemma()) || !s.children(v, "obl:with").isEmpty()) {
                continue;
            }
            for (int subj : SubjectResolver.subjects(s, v)) {
                firstPersonUnder(s, subj, index)
                        .filter(p -> p != visitor && p.countryExplicit() && p.country() != null
                                && !p.country().equals(visitor.country()) && !out.contains(p))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Chief of Cabinet X", "Minister of Defense Y": a singular capitalized head, part of a title. */
    private static boolean titleLike(Token t) {
        return t.pos().equals("NNP") && t.isCapitalized() || "TITLE".equals(t.ner());
    }

    /**
     * "He met with ...", "They also met with ..." right after a visit sentence: the people met there are
     * hosts of that visit, as long as the text has not moved on to another place.
     */
    private List<VisitCandidate> hostsFromFollowingSentences(Article a, List<VisitCandidate> visits) {
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
                        || placesIn(s, a.index).stream().anyMatch(p -> !p.country().equals(v.country()));
                if (elsewhere) {
                    break;
                }
                for (Token t : s.tokens()) {
                    if (!isMeet(t) || !actsAsVisitor(a, s, t.index(), v.visitor())) {
                        continue;
                    }
                    for (CanonicalEntity m : metPersons(s, t.index(), a.index)) {
                        if (m != v.visitor() && !hosts.contains(m) && !compatriotAbroad(m, v.visitorCountry(), v.country())) {
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
    private static boolean actsAsVisitor(Article a, Sentence s, int verb, CanonicalEntity visitor) {
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

    /**
     * "The Mexican delegation included A; B; and C": the visited country's delegation are hosts of the
     * visits to that country (the visitor's own delegation are fellow travellers, not hosts).
     */
    private List<VisitCandidate> hostDelegations(Article a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        for (Sentence s : a.doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isVerb() || !DELEGATION_VERBS.contains(t.lowerLemma())) {
                    continue;
                }
                for (int subj : SubjectResolver.subjects(s, t.index())) {
                    if (!DELEGATION_NOUNS.contains(s.tokens().get(subj).lowerLemma())) {
                        continue;
                    }
                    String country = null;
                    for (Dependency d : s.children(subj, null)) {
                        String r = d.relation();
                        if (r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss")) {
                            Token m = s.tokens().get(d.dependent());
                            Optional<CanonicalEntity> e = a.index.at(s.index(), d.dependent());
                            country = e.filter(x -> x.type() == EntityType.PERSON).isPresent() ? null
                                    : gazetteer.countryOfAny(m.word()).orElse(country);
                        }
                    }
                    if (country == null) {
                        continue;
                    }
                    List<CanonicalEntity> members = new ArrayList<>();
                    for (var m : a.index.mentionsIn(s.index())) {
                        if (m.getValue().type() == EntityType.PERSON && m.getKey().tokenStart() > t.index()
                                && !members.contains(m.getValue())) {
                            members.add(m.getValue());
                        }
                    }
                    for (int vi = 0; vi < out.size(); vi++) {
                        VisitCandidate v = out.get(vi);
                        if (!country.equals(v.country()) || country.equals(v.visitorCountry())) {
                            continue;
                        }
                        List<CanonicalEntity> hosts = new ArrayList<>(v.hosts());
                        members.stream().filter(m -> m != v.visitor() && !hosts.contains(m)).forEach(hosts::add);
                        out.set(vi, hosts.size() > v.hosts().size()
                                ? v.withHosts(hosts).withRule(VisitRule.HOSTS_DELEGATION) : v.withHosts(hosts));
                    }
                }
            }
        }
        return out;
    }

    /**
     * End of a stay: "left Baku this morning" ends the visit to Baku that day; "ended his visit" ends the
     * latest visit of that person on its last known day.
     */
    private List<VisitCandidate> endsFromDepartures(Article a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        for (Sentence s : a.doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isVerb()) {
                    continue;
                }
                String l = t.lowerLemma();
                boolean departs = DEPART.contains(l);
                boolean ends = END_VERBS.contains(l) && s.children(t.index(), "obj").stream()
                        .anyMatch(d -> ENDED_NOUNS.contains(s.tokens().get(d.dependent()).lowerLemma()));
                if (!departs && !ends) {
                    continue;
                }
                Optional<CanonicalEntity> who = person(a.subjects.subjectOf(s, t.index()));
                if (who.isEmpty()) {
                    continue;
                }
                String day = dateOf(s, t.index(), a.dates);
                for (int vi = out.size() - 1; vi >= 0; vi--) {
                    VisitCandidate v = out.get(vi);
                    if (v.visitor() != who.get() || v.evidence().index() > s.index() || v.status() != VisitStatus.COMPLETED
                            && v.status() != VisitStatus.ONGOING) {
                        continue;
                    }
                    if (departs) {
                        boolean fromHere = s.children(t.index(), "obj").stream()
                                .map(d -> a.index.at(s.index(), d.dependent()))
                                .flatMap(Optional::stream)
                                .anyMatch(e -> Objects.equals(e.country(), v.country()));
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

    /** The full date attached to {@code verb} ("left Baku this morning"), if any. */
    private static String dateOf(Sentence s, int verb, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.sentence() != s.index() || d.start() == null || d.start().length() != 10) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.begin() >= d.begin() && t.end() <= d.end()) {
                    for (Dependency h : s.heads(t.index())) {
                        if (h.governor() == verb) {
                            return d.start();
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Start and end of the stay from the sentence's dates: a day range gives both ends; several dates
     * give the earliest and latest; one day gives the start only (the end is told by a departure); a
     * month or week stands for both ends. The dateline's date and a departure's date do not count.
     */
    private static Span dateSpan(Sentence s, int trigger, List<DateMention> dates, DocumentContext ctx) {
        List<Integer> clause = clauseOf(s, trigger);
        List<DateMention> here = dates.stream().filter(d -> d.sentence() == s.index() && d.start() != null)
                .filter(d -> d.begin() >= ctx.datelineEnd() && !isDatelineDate(s, d))
                .filter(d -> !precededBy(s, d, DATE_REFERENCES) || d.start().length() == 10)
                .filter(d -> !attachedToDeparture(s, d) && !inOtherClause(s, d, clause))
                .toList();
        if (here.isEmpty()) {
            return new Span(null, null, null);
        }
        if (here.size() == 1) {
            DateMention d = here.get(0);
            if (d.start().length() == 10 && Objects.equals(d.start(), d.last())) {
                return new Span(d.start(), null, VisitRule.DATE_SINGLE_DAY);
            }
            return new Span(d.start(), d.last(), VisitRule.DATE_ONE_SPAN);
        }
        String min = null;
        String max = null;
        for (DateMention d : here) {
            if (min == null || d.start().compareTo(min) < 0) {
                min = d.start();
            }
            String last = d.last() == null ? d.start() : d.last();
            if (max == null || last.compareTo(max) > 0) {
                max = last;
            }
        }
        return new Span(min, max, VisitRule.DATE_SEVERAL);
    }

    /** The days of a stay and the rule that read them ({@code rule} null when the sentence gives no date). */
    private record Span(String start, String end, VisitRule rule) {
    }

    /** "Dec. 10 - Admiral X visited ...": a date opening the first sentence before a dash is the dateline's. */
    private static boolean isDatelineDate(Sentence s, DateMention d) {
        if (s.index() != 0 || d.begin() - s.begin() > 3) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.begin() >= d.end()) {
                return t.word().matches("[-–—]+");
            }
        }
        return false;
    }

    /** The verbs of the trigger's event: its own verb (a noun trigger's governing verb) and their xcomp/advcl/conj links. */
    private static List<Integer> clauseOf(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>(List.of(trigger));
        int cur = trigger;
        // a noun trigger, or a verb modifying a noun ("the meeting hosted by X that took place on <date>"),
        // belongs to the clause of the verb above the noun
        for (int hop = 0; hop < 4; hop++) {
            int from = cur;
            boolean modifier = s.heads(cur).stream().anyMatch(d -> d.relation().startsWith("acl") && d.governor() >= 0);
            if (s.tokens().get(cur).isVerb() && !modifier) {
                break;
            }
            int up = s.heads(from).stream().mapToInt(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
            if (up < 0) {
                break;
            }
            cur = up;
            if (s.tokens().get(cur).isVerb() && !out.contains(cur)) {
                out.add(cur);
            }
        }
        for (int i = 0; i < out.size() && i < 12; i++) {
            int v = out.get(i);
            for (Dependency d : s.children(v, null)) {
                String r = d.relation();
                if ((r.startsWith("xcomp") || r.startsWith("advcl") || r.startsWith("conj")) && !out.contains(d.dependent())
                        && s.tokens().get(d.dependent()).isVerb()) {
                    out.add(d.dependent());
                }
            }
            for (Dependency d : s.heads(v)) {
                String r = d.relation();
                if ((r.startsWith("xcomp") || r.startsWith("advcl")) && d.governor() >= 0 && !out.contains(d.governor())) {
                    out.add(d.governor());
                }
            }
        }
        return out;
    }

    /** "X met Y last month, and Z recently visited W": a date hanging from another subject's verb. */
    private static boolean inOtherClause(Sentence s, DateMention d, List<Integer> clause) {
        for (Token t : s.tokens()) {
            if (t.begin() < d.begin() || t.end() > d.end()) {
                continue;
            }
            for (Dependency h : s.heads(t.index())) {
                int g = h.governor();
                if (g < 0 || s.tokens().get(g).begin() >= d.begin() && s.tokens().get(g).end() <= d.end()) {
                    continue;
                }
                return s.tokens().get(g).isVerb() && !clause.contains(g) && !s.children(g, "nsubj").isEmpty();
            }
        }
        return false;
    }

    private static boolean attachedToDeparture(Sentence s, DateMention d) {
        for (Token t : s.tokens()) {
            if (t.begin() >= d.begin() && t.end() <= d.end()) {
                for (Dependency h : s.heads(t.index())) {
                    if (h.governor() >= 0 && DEPART.contains(s.tokens().get(h.governor()).lowerLemma())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean precededBy(Sentence s, DateMention d, Set<String> words) {
        for (Token t : s.tokens()) {
            if (t.end() <= d.begin() && d.begin() - t.end() <= 2) {
                return words.contains(t.lowerWord());
            }
        }
        return false;
    }

    static boolean isFutureMarker(String lemma) {
        return FUTURE_MARKERS.contains(lemma);
    }

    /** Whether token {@code i} starts a cancellation ("cancelled", "called off"). */
    static boolean isCancel(Sentence s, int i) {
        return CANCEL.phraseAt(s.tokens(), i, Token::lowerLemma) > 0;
    }
}
