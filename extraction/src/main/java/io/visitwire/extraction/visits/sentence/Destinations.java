package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.EntityMention;
import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Where: the places tied to a trigger (through obl/nmod/obj/conj), the places of a sentence that are
 * not origins or modifiers, and a country's capitalized facilities ("Peru's Government Palace").
 */
public final class Destinations {

    private final Gazetteer gazetteer;

    public Destinations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Places attached to the trigger or to its object ("lead a delegation in Lima"), with their conjuncts and the
     * legs that follow ("will travel to Serbia, followed by Montenegro").
     */
    public List<Place> placesFor(Sentence s, int trigger, EntityIndex index) {
        List<Place> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(List.of(trigger));
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            frontier.addAll(stopClauses(s, frontier));
            for (int g : frontier) {
                // "met President X of Iran", "received Y of Japan": the country of a person met is who they
                // serve, not where the meeting was
                // "a meeting with President of Egypt Y": the office written before the name serves that country too
                boolean person = g != trigger && (index.at(s.index(), g).filter(x -> x.type() == EntityType.PERSON).isPresent()
                        || "TITLE".equals(s.tokens().get(g).ner()));
                for (Dependency d : s.children(g, null)) {
                    String r = d.relation();
                    if (person && (r.equals("nmod:of") || r.equals("appos") || r.startsWith("conj"))) {
                        continue;
                    }
                    Token dep = s.tokens().get(d.dependent());
                    if ((r.equals("dep") || r.startsWith("advcl") || r.startsWith("acl")) && dep.lowerLemma().equals("follow")
                            && dep.pos().equals("VBN") && !s.children(d.dependent(), "obl:by").isEmpty()) {
                        next.add(d.dependent()); // "will travel to Serbia, followed by Montenegro": its "by" are legs
                        continue;
                    }
                    if (r.startsWith("obl") && !r.equals("obl:from") || r.startsWith("nmod") && !r.equals("nmod:poss")
                            && !r.equals("nmod:from") || r.equals("obj") || r.startsWith("conj") || r.equals("appos")
                            || r.equals("advcl:to") || r.equals("advcl:followed_by")) {
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
        // "cancelled his trip to India", "made a visit to Chile" parsed with the destination on the verb
        Token t = s.tokens().get(trigger);
        if (out.isEmpty() && t.pos().startsWith("NN")) {
            for (Dependency h : s.heads(trigger)) {
                if (h.relation().equals("obj") && h.governor() >= 0) {
                    for (Dependency d : s.children(h.governor(), "obl:to")) {
                        index.at(s.index(), d.dependent()).flatMap(this::placeOf).filter(p -> !out.contains(p))
                                .ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static final Lexicon TRIP_NOUNS = Lexicon.of("trip-nouns");
    private static final Lexicon COVERAGE = Lexicon.of("trip-coverage-verbs");

    /**
     * "a tour that also takes in Tanzania", "a trip of Africa that includes Kenya", "a tour taking him to Rwanda":
     * the clause verbs of the trip nouns among {@code heads} that name the trip's stops, whose places are legs.
     */
    private static List<Integer> stopClauses(Sentence s, List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int g : heads) {
            Token t = s.tokens().get(g);
            if (!t.pos().startsWith("NN") || !TRIP_NOUNS.contains(t.lowerLemma()) && !TRIP_NOUNS.contains(t.lowerWord())) {
                continue;
            }
            for (Dependency d : s.children(g, null)) {
                if (d.relation().startsWith("acl") && COVERAGE.contains(s.tokens().get(d.dependent()).lowerLemma())
                        && !heads.contains(d.dependent()) && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
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

    /** The place named by the token itself and by its conjuncts ("is in Ghana and Nigeria"). */
    public List<Place> placesAt(Sentence s, int tok, EntityIndex index) {
        List<Place> out = new ArrayList<>();
        List<Integer> toks = new ArrayList<>(List.of(tok));
        s.children(tok, null).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> toks.add(d.dependent()));
        // "in Tokyo on March 16 and in Seoul on March 17": the second leg hangs off the elided copy of the first
        // predicate, which enhanced++ merges into it as "nmod:in"
        s.children(tok, null).stream().filter(d -> d.relation().equals("nmod:in") || d.relation().equals("nmod:at"))
                .filter(d -> !toks.contains(d.dependent())).forEach(d -> toks.add(d.dependent()));
        for (int i : toks) {
            index.at(s.index(), i).flatMap(this::placeOf).filter(p -> !out.contains(p)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A city of the home country away from the home base, where a leader's presence is domestic travel: a city
     * (as tagged in the sentence), neither the story's own city nor the capital ("OTTAWA - the prime minister was
     * in Vancouver"; not "in Ottawa", not "in Downing Street").
     */
    public boolean awayFromBase(Sentence s, Place p, Place dateline) {
        if (p.countryOnly() || p.facility() || p.name() == null || key(p.name()).equals(key(dateline.name()))
                || gazetteer.isCapitalOf(p.name(), p.country())) {
            return false;
        }
        String[] words = p.name().split(" ");
        List<io.visitwire.extraction.nlp.Token> ts = s.tokens();
        for (int i = 0; i + words.length <= ts.size(); i++) {
            boolean all = true;
            for (int j = 0; j < words.length && all; j++) {
                all = ts.get(i + j).word().equals(words[j]) && "CITY".equals(ts.get(i + j).ner());
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country's seat rather than one of its other cities: the country itself, its capital, or a named site
     * that is not tagged a city ("the Kremlin", "Downing Street"); not "Geneva", where either party may be a guest.
     */
    public boolean atSeat(Sentence s, Place p) {
        return gazetteer.capitalOf(p.country()).map(c -> !awayFromBase(s, p, new Place(c, p.country(), false)))
                .orElse(p.countryOnly());
    }

    private static String key(String name) {
        return Gazetteer.key(name);
    }

    /**
     * The city of a news dateline ("BEIJING, March 15 (Xinhua) --", "MOSCOW —") when the gazetteer places it in
     * a country: where a wire story is filed, which a host-side report with no place of its own is about.
     */
    public Optional<Place> datelineCity(String datelinePlace) {
        if (datelinePlace == null || datelinePlace.isBlank()) {
            return Optional.empty();
        }
        String city = datelinePlace.split("[,(—–]| - | -- ", 2)[0].strip();
        if (city.isEmpty() || gazetteer.countryByName(city).isPresent()) {
            return Optional.empty();
        }
        Optional<String> country = gazetteer.countryByPlace(city);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        if (city.equals(city.toUpperCase(java.util.Locale.ROOT))) {
            StringBuilder b = new StringBuilder();
            for (String w : city.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                b.append(b.length() > 0 ? " " : "").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            city = b.toString();
        }
        return Optional.of(new Place(city, country.get(), false));
    }

    /** "visit to Chile", "met at the Kremlin", "In Lima, they met": a place tied to the word. */
    boolean hasPlaceArgument(Sentence s, int tok, EntityIndex index) {
        return !placesFor(s, tok, index).isEmpty();
    }

    public List<Place> placesIn(Sentence s, EntityIndex index) {
        return placesIn(s, index, -1);
    }

    /**
     * As {@link #placesIn(Sentence, EntityIndex)}, for the visit told by token {@code trigger} (-1: none): a place
     * inside a quotation is left out unless the trigger is quoted too ("'I am glad to be in Kabul,' he said").
     */
    public List<Place> placesIn(Sentence s, EntityIndex index, int trigger) {
        boolean triggerQuoted = trigger >= 0 && quoted(s, trigger);
        List<Place> out = new ArrayList<>();
        for (var m : index.mentionsIn(s.index())) {
            if (isOrigin(s, m.getKey()) || !triggerQuoted && quoted(s, m.getKey().tokenStart())) {
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

    /** "'Japan is a key partner,' said Y, who hosted X": a place inside a quotation is spoken of, not where anyone is. */
    private static boolean quoted(Sentence s, int token) {
        int depth = 0;
        boolean plain = false;
        for (int i = 0; i < token; i++) {
            String w = s.tokens().get(i).word();
            if (w.equals("``") || w.equals("“")) {
                depth++;
            } else if ((w.equals("''") || w.equals("”")) && depth > 0) {
                depth--;
            } else if (w.equals("\"")) {
                plain = !plain;
            }
        }
        return depth > 0 || plain;
    }

    /** "left Lima", "from Kabul", "journey to Spain" by migrants: places that are not destinations. */
    private static boolean isOrigin(Sentence s, EntityMention m) {
        int b = m.tokenStart();
        if (b > 0) {
            String prev = s.tokens().get(b - 1).lowerLemma();
            if (prev.equals("from") || VisitTriggers.DEPART.contains(prev)) {
                return true;
            }
        }
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            for (Dependency d : s.heads(t)) {
                if (d.governor() >= m.tokenStart() && d.governor() < m.tokenEnd()) {
                    continue; // inside the name ("New" → "Delhi")
                }
                if (d.relation().equals("obj") && d.governor() >= 0
                        && VisitTriggers.DEPART.contains(s.tokens().get(d.governor()).lowerLemma())) {
                    return true;
                }
                if (d.relation().equals("nmod:poss") || d.relation().startsWith("compound")) {
                    return true; // "Peru's Government Palace", "U.K. troops": a modifier, not the destination
                }
            }
        }
        return false;
    }
}
