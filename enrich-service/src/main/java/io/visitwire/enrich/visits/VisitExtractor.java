package io.visitwire.enrich.visits;

import io.visitwire.enrich.entities.CanonicalEntity;
import io.visitwire.enrich.entities.EntityIndex;
import io.visitwire.enrich.entities.EntityMention;
import io.visitwire.enrich.entities.Gazetteer;
import io.visitwire.enrich.entities.SubjectResolver;
import io.visitwire.enrich.nlp.DateMention;
import io.visitwire.enrich.nlp.Dependency;
import io.visitwire.enrich.nlp.DocumentContext;
import io.visitwire.enrich.nlp.ParsedText;
import io.visitwire.enrich.nlp.Sentence;
import io.visitwire.enrich.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import io.visitwire.schemas.avro.VisitStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sentence-level visit mentions: someone (a person) goes to a place abroad, read from trigger words
 * ("visited", "arrived in", "traveled to", "a visit to", "bound for", "met ... at/in <place>"), with
 * place and country from the sentence's places, hosts from the people met there, dates from the
 * sentence's dates and status from tense and modality. Stateless; thread-safe.
 */
public final class VisitExtractor {

    private static final Set<String> MOVE_VERBS = Set.of("visit", "arrive", "travel", "tour", "land", "fly", "stop");
    private static final Set<String> MOVE_NOUNS = Set.of("visit", "trip", "tour", "stop", "stopover", "voyage", "meeting", "summit", "talks", "engagement");
    private static final Set<String> MEET_VERBS = Set.of("meet", "hold", "lead", "attend", "begin", "conclude", "co-chair");
    /** Remote contact or hypotheticals: never a visit, whatever else the sentence says. */
    private static final Set<String> NOT_A_VISIT = Set.of("call", "phone", "telephone", "video", "videoconference",
            "virtual", "virtually", "possibility", "invite", "invitation", "could", "might", "may", "would", "consider");
    private static final Set<String> TOPIC_VERBS = Set.of("discuss", "talk", "consider", "propose", "mention",
            "explore", "invite", "suggest", "raise", "review");
    private static final Set<String> CANCEL = Set.of("cancel", "postpone", "call off", "scrap");
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "plan", "schedule", "expect", "set", "bound", "intend", "'ll");

    private final Gazetteer gazetteer;
    private final VisitStatusRules statusRules = new VisitStatusRules();

    public VisitExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<VisitCandidate> extract(ParsedText doc, DocumentContext ctx, EntityIndex index, List<DateMention> dates,
                                        SubjectResolver subjects) {
        List<VisitCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.tokens().stream().anyMatch(t -> NOT_A_VISIT.contains(t.lowerLemma()))) {
                continue;
            }
            List<Integer> triggers = findTriggers(s, index);
            List<String> seen = new ArrayList<>();
            for (int ti = 0; ti < triggers.size(); ti++) {
                int trigger = triggers.get(ti);
                List<CanonicalEntity> places = placesFor(s, trigger, index);
                if (places.isEmpty() && ti == 0) {
                    places = placesIn(s, index);
                }
                for (VisitCandidate v : visitsAt(doc, ctx, index, dates, subjects, s, trigger, places)) {
                    String key = v.visitor().id() + "|" + v.country();
                    if (!seen.contains(key)) {
                        seen.add(key);
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    private List<VisitCandidate> visitsAt(ParsedText doc, DocumentContext ctx, EntityIndex index, List<DateMention> dates,
                                          SubjectResolver subjects, Sentence s, int trigger, List<CanonicalEntity> places) {
        List<VisitCandidate> out = new ArrayList<>();
        {
            Optional<CanonicalEntity> visitor = visitorOf(s, trigger, index, subjects);
            if (places.isEmpty() || visitor.isEmpty() || onlyTalkedAbout(s, trigger)) {
                return out;
            }
            List<CanonicalEntity> people = personsIn(s, index);
            CanonicalEntity who = visitor.get();
            List<CanonicalEntity> hosts = new ArrayList<>();
            // Group places by country: one visit per visited country, the most specific place kept.
            Map<String, CanonicalEntity> byCountry = new LinkedHashMap<>();
            for (CanonicalEntity p : places) {
                String c = p.country();
                if (c == null) {
                    continue;
                }
                CanonicalEntity prev = byCountry.get(c);
                if (prev == null || "COUNTRY".equals(prev.subtype()) && !"COUNTRY".equals(p.subtype())) {
                    byCountry.put(c, p);
                }
            }
            for (Map.Entry<String, CanonicalEntity> e : byCountry.entrySet()) {
                String country = e.getKey();
                CanonicalEntity visitorHere = who;
                List<CanonicalEntity> hostsHere = new ArrayList<>();
                if (country.equals(who.country())) {
                    // A leader receiving someone at home: the foreign guest is the visitor.
                    Optional<CanonicalEntity> guest = people.stream()
                            .filter(p -> p != who && p.countryExplicit() && p.country() != null && !p.country().equals(country))
                            .findFirst();
                    if (guest.isEmpty()) {
                        continue;
                    }
                    visitorHere = guest.get();
                    hostsHere.add(who);
                }
                final CanonicalEntity v = visitorHere;
                for (CanonicalEntity p : people) {
                    if (p == v || hostsHere.contains(p) || sameGroupAs(s, index, v, p)) {
                        continue;
                    }
                    if (country.equals(p.country()) || !p.countryExplicit() && !Objects.equals(p.country(), v.country())
                            || metWith(s, index, p)) {
                        hostsHere.add(p);
                    }
                }
                if (ctx.homeCountry() != null && country.equals(v.country()) ) {
                    continue;
                }
                CanonicalEntity place = "COUNTRY".equals(e.getValue().subtype()) ? null : e.getValue();
                VisitStatus status = statusRules.status(s, trigger, dates, doc.docDate());
                String[] span = dateSpan(s, dates, status);
                out.add(new VisitCandidate(v, place == null ? null : place.name(), country, span[0], span[1],
                        hostsHere, status, s));
            }
            hosts.clear();
        }
        return out;
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

    /** Tokens that report movement (first) or an in-person meeting at a named place (after). */
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
            if (t.isVerb() && MEET_VERBS.contains(t.lowerLemma()) && hasPlaceArgument(s, t.index(), index)) {
                out.add(t.index());
            }
        }
        return out;
    }

    /** Places attached to the trigger or to its object ("lead a delegation in Lima"), with their conjuncts. */
    private List<CanonicalEntity> placesFor(Sentence s, int trigger, EntityIndex index) {
        List<CanonicalEntity> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(List.of(trigger));
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int g : frontier) {
                for (Dependency d : s.children(g, null)) {
                    String r = d.relation();
                    if (r.startsWith("obl") && !r.equals("obl:from") || r.startsWith("nmod") && !r.equals("nmod:poss")
                            || r.equals("obj") || r.startsWith("conj") || r.equals("appos") || r.equals("advcl:to")) {
                        next.add(d.dependent());
                        index.at(s.index(), d.dependent()).ifPresent(e -> {
                            if (e.type() == EntityType.LOCATION && e.country() != null && !out.contains(e)
                                    && !gazetteer.isRegion(e.name())) {
                                out.add(e);
                            }
                        });
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    /** "visit to Chile", "met at the Kremlin", "In Lima, they met": a place tied to the word. */
    private boolean hasPlaceArgument(Sentence s, int tok, EntityIndex index) {
        return !placesFor(s, tok, index).isEmpty();
    }

    private List<CanonicalEntity> placesIn(Sentence s, EntityIndex index) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (var m : index.mentionsIn(s.index())) {
            CanonicalEntity e = m.getValue();
            if (e.type() != EntityType.LOCATION || e.country() == null || out.contains(e) || gazetteer.isRegion(e.name())) {
                continue;
            }
            if (isOrigin(s, m.getKey())) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** "left Lima", "from Kabul", "journey to Spain" by migrants: places that are not destinations. */
    private static boolean isOrigin(Sentence s, EntityMention m) {
        int b = m.tokenStart();
        if (b > 0) {
            String prev = s.tokens().get(b - 1).lowerLemma();
            if (prev.equals("from") || prev.equals("leave") || prev.equals("depart")) {
                return true;
            }
        }
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            for (Dependency d : s.heads(t)) {
                if (d.governor() >= m.tokenStart() && d.governor() < m.tokenEnd()) {
                    continue; // inside the name ("New" → "Delhi")
                }
                if (d.relation().equals("obj") && d.governor() >= 0
                        && Set.of("leave", "depart").contains(s.tokens().get(d.governor()).lowerLemma())) {
                    return true;
                }
                if (d.relation().equals("nmod:poss") || d.relation().startsWith("compound")) {
                    return true; // "Peru's Government Palace", "U.K. troops": a modifier, not the destination
                }
            }
        }
        return false;
    }

    private Optional<CanonicalEntity> visitorOf(Sentence s, int trigger, EntityIndex index, SubjectResolver subjects) {
        Token t = s.tokens().get(trigger);
        Optional<CanonicalEntity> v = Optional.empty();
        if (t.isVerb() || t.lowerWord().equals("bound")) {
            v = subjects.subjectOf(s, trigger);
            if (v.isEmpty()) {
                for (Token x : s.tokens()) {
                    if (x.isVerb() && x.index() < trigger) {
                        v = subjects.subjectOf(s, x.index());
                        if (v.isPresent()) {
                            break;
                        }
                    }
                }
            }
        } else {
            for (Dependency d : s.children(trigger, "nmod:poss")) {
                v = subjects.resolveToken(s, d.dependent());
            }
            if (v.isEmpty()) {
                for (Token x : s.tokens()) {
                    if (x.isVerb()) {
                        v = subjects.subjectOf(s, x.index());
                        if (v.isPresent()) {
                            break;
                        }
                    }
                }
            }
        }
        if (v.isPresent() && v.get().type() != EntityType.PERSON) {
            return Optional.empty();
        }
        return v;
    }

    private static List<CanonicalEntity> personsIn(Sentence s, EntityIndex index) {
        List<CanonicalEntity> out = new ArrayList<>();
        for (var m : index.mentionsIn(s.index())) {
            if (m.getValue().type() == EntityType.PERSON && !out.contains(m.getValue())) {
                out.add(m.getValue());
            }
        }
        return out;
    }

    /** Co-travellers: persons coordinated with the visitor ("A, B and C flew to ..."). */
    private static boolean sameGroupAs(Sentence s, EntityIndex index, CanonicalEntity visitor, CanonicalEntity other) {
        for (Dependency d : s.dependencies()) {
            if (!d.relation().startsWith("conj") || d.governor() < 0) {
                continue;
            }
            Optional<CanonicalEntity> a = index.at(s.index(), d.governor());
            Optional<CanonicalEntity> b = index.at(s.index(), d.dependent());
            if (a.isPresent() && b.isPresent() && (a.get() == visitor && b.get() == other || b.get() == visitor && a.get() == other)) {
                boolean subjectSide = false;
                for (Dependency h : s.heads(d.governor())) {
                    subjectSide |= h.relation().startsWith("nsubj");
                }
                return subjectSide;
            }
        }
        return false;
    }

    private static boolean metWith(Sentence s, EntityIndex index, CanonicalEntity p) {
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("obl:with") || d.relation().equals("nmod:with")) {
                Optional<CanonicalEntity> e = index.at(s.index(), d.dependent());
                if (e.isPresent() && e.get() == p) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Start and end of the stay from the sentence's dates: a day range gives both ends; several dates
     * give the earliest and latest; one day gives the start only; a month stands for both ends.
     */
    private static String[] dateSpan(Sentence s, List<DateMention> dates, VisitStatus status) {
        List<DateMention> here = dates.stream().filter(d -> d.sentence() == s.index() && d.start() != null)
                .filter(d -> !precededBy(s, d, Set.of("since", "until", "after", "before", "in")) || d.start().length() == 10)
                .toList();
        if (here.isEmpty()) {
            return new String[] {null, null};
        }
        if (here.size() == 1) {
            DateMention d = here.get(0);
            if (d.start().length() == 10 && Objects.equals(d.start(), d.last())) {
                return new String[] {d.start(), null};
            }
            return new String[] {d.start(), d.last()};
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
        return new String[] {min, max};
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

    static boolean isCancel(String lemma) {
        return CANCEL.contains(lemma);
    }
}
