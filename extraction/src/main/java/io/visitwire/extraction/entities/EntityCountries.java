package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO countries of places and organizations: the gazetteer, the name's own words, the words around a
 * mention ("Cusco, Peru", "Peru's Government Palace"), a leader's possessive, and for a national body
 * named alone the country the article is about. Stateless; thread-safe.
 */
final class EntityCountries {

    /**
     * Bodies every state has, and its parties ("the Liberal Democratic Party"); named without their country,
     * they belong to the country in focus.
     */
    private static final Pattern NATIONAL_BODY = Pattern.compile("(?i)(the )?(" + Lexicon.of("national-bodies").alternation()
            + "|(ministry|department) of [a-z ]+|[a-z]+( [a-z]+)? ministry|[a-z]+ office|presidency|military"
            + "|([a-z'’-]+ ){1,3}party"
            + "|" + Lexicon.of("chamber-words").alternation() + " " + Lexicon.of("party-members").alternation() + ")");

    /** An upper-case place opening the body before a comma or "(Agency)": a news dateline. */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\s*([A-Z][A-Z .'-]{1,40}?)\\s*[,(]");
    private static final Lexicon ADMINISTRATIVE_HEADS = Lexicon.of("administrative-heads");
    private static final Lexicon FACILITY_HEADS = Lexicon.of("facility-heads");

    private final Gazetteer gazetteer;

    EntityCountries(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Countries of organizations (which may depend on what the article is about), then the article's
     * country cues for persons.
     */
    CountryCues countries(List<CanonicalEntity> others, ParsedText doc, DocumentContext ctx) {
        // the dateline's place counts as one mention of its country, entity or not ("NEW DELHI, July 15 -")
        String filedIn = datelineCountry(doc, ctx);
        CountryCues placesOnly = new CountryCues(doc, ctx.homeCountry(),
                others.stream().filter(e -> e.type() == EntityType.LOCATION).toList(), filedIn);
        placesByContext(others, placesOnly, doc, ctx);
        for (CanonicalEntity e : others) {
            if (e.type() == EntityType.ORGANIZATION) {
                String c = organizationCountry(e, doc);
                if (c == null && NATIONAL_BODY.matcher(e.name()).matches()) {
                    // "the Senate", "the Armed Forces": the country the article is about, else the publisher's
                    String focus = placesOnly.focus(true);
                    c = focus != null ? focus : datelineCountry(doc, ctx) != null ? datelineCountry(doc, ctx)
                            : ctx.homeCountry();
                }
                e.country(c);
            }
        }
        return new CountryCues(doc, ctx.homeCountry(), others, filedIn);
    }

    /**
     * Cities, provinces and sites the gazetteer does not know ("Kumasi", "Rostov Region", "Burma Camp"):
     * the country the article is about, else the one country the other places of their sentences lie in,
     * else the dateline's. Regions and other unheaded names stay without a country.
     */
    private void placesByContext(List<CanonicalEntity> others, CountryCues cues, ParsedText doc, DocumentContext ctx) {
        for (CanonicalEntity e : others) {
            if (e.type() != EntityType.LOCATION || e.country() != null || gazetteer.isRegion(e.name())
                    || !localPlace(e)) {
                continue;
            }
            String c = cues.focus(true);
            if (c == null) {
                c = sentenceCountry(e, others);
            }
            if (c == null) {
                c = datelineCountry(doc, ctx);
            }
            e.country(checkedAgainstSentences(e, c, others, doc, ctx.homeCountry()));
        }
    }

    /**
     * The article-level guess {@code c} for a place the gazetteer lacks, checked against the countries its
     * own sentences name: kept when one of them names no country or only {@code c}; else the one country a
     * sentence alone names; else none ("Kovalenko will meet Polish President X in Rzeszow" in a story about
     * Ukraine gives Rzeszow no country rather than Ukraine's). ANNOTATION.md: text evidence only.
     */
    private String checkedAgainstSentences(CanonicalEntity e, String c, List<CanonicalEntity> others, ParsedText doc,
                                           String home) {
        Set<Integer> sentences = new java.util.TreeSet<>();
        e.mentions().forEach(m -> sentences.add(m.sentence()));
        String single = null;
        for (int si : sentences) {
            Set<String> named = statedCountries(e, si, others, doc, home);
            if (named.isEmpty() || named.size() == 1 && named.contains(c)) {
                return c;
            }
            if (named.size() == 1 && single == null) {
                single = named.iterator().next();
            }
        }
        return single;
    }

    /**
     * The countries sentence {@code si} names, by a country's name, a nationality ("Polish", "Kazakh")
     * or a located place, the publisher's own country aside (its officials travel everywhere).
     */
    private Set<String> statedCountries(CanonicalEntity e, int si, List<CanonicalEntity> others, ParsedText doc,
                                        String home) {
        Set<String> out = new LinkedHashSet<>();
        Sentence s = doc.sentences().get(si);
        for (io.visitwire.extraction.nlp.NerSpan sp : s.spans()) {
            boolean people = s.tokens().get(sp.tokenEnd() - 1).pos().endsWith("S"); // "Armenians" live anywhere
            boolean own = e.mentions().stream().anyMatch(m -> m.sentence() == si
                    && sp.tokenStart() < m.tokenEnd() && m.tokenStart() < sp.tokenEnd()); // "Burma" in "Burma Camp"
            if (!own && ("NATIONALITY".equals(sp.type()) || "COUNTRY".equals(sp.type())) && !people) {
                gazetteer.countryOfAny(sp.text()).ifPresent(out::add);
            }
        }
        for (CanonicalEntity o : others) {
            if (o != e && o.type() == EntityType.LOCATION && o.country() != null
                    && o.mentions().stream().anyMatch(m -> m.sentence() == si)) {
                out.add(o.country());
            }
        }
        if (home != null) {
            out.remove(home);
        }
        return out;
    }

    /** A city, province or named site, by the tagger's type or by its head word. */
    private static boolean localPlace(CanonicalEntity e) {
        String sub = e.subtype();
        if ("CITY".equals(sub) || "STATE_OR_PROVINCE".equals(sub) || "FACILITY".equals(sub)) {
            return true;
        }
        String[] w = e.name().split("\\s+");
        String head = w[w.length - 1].toLowerCase(Locale.ROOT);
        return w.length > 1 && (ADMINISTRATIVE_HEADS.contains(head) || FACILITY_HEADS.contains(head));
    }

    /** The single country of the other located places in the sentences that mention {@code e}, or null. */
    private static String sentenceCountry(CanonicalEntity e, List<CanonicalEntity> others) {
        Set<Integer> sentences = new HashSet<>();
        e.mentions().forEach(m -> sentences.add(m.sentence()));
        Set<String> countries = new LinkedHashSet<>();
        for (CanonicalEntity o : others) {
            if (o == e || o.type() != EntityType.LOCATION || o.country() == null) {
                continue;
            }
            for (EntityMention m : o.mentions()) {
                if (sentences.contains(m.sentence())) {
                    countries.add(o.country());
                }
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /**
     * The country of the dateline's place: the one the article's context parsed, else a capitalized place
     * opening the body before a comma or an agency ("SEOUL, July 15 (Yonhap) --", "WASHINGTON (Reuters) -").
     */
    String datelineCountry(ParsedText doc, DocumentContext ctx) {
        if (ctx.datelinePlace() != null) {
            Optional<String> c = gazetteer.countryOf(ctx.datelinePlace().trim());
            if (c.isPresent()) {
                return c.get();
            }
        }
        Matcher m = DATELINE_PLACE.matcher(doc.text());
        return m.find() ? gazetteer.countryOf(m.group(1)).orElse(null) : null;
    }

    /**
     * "President X's National Security Council": a national body named with its leader's possessive
     * belongs to the leader's country, whatever country the article is mostly about.
     */
    static void ownersCountry(List<CanonicalEntity> others, EntityIndex index, ParsedText doc) {
        for (CanonicalEntity e : others) {
            if (e.type() != EntityType.ORGANIZATION || !NATIONAL_BODY.matcher(e.name()).matches()) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                List<Token> toks = doc.sentences().get(m.sentence()).tokens();
                int k = m.tokenStart() - 1;
                if (k >= 1 && (toks.get(k).word().equals("'s") || toks.get(k).word().equals("’s"))) {
                    Optional<CanonicalEntity> owner = index.at(m.sentence(), k - 1);
                    if (owner.isPresent() && owner.get().type() == EntityType.PERSON && owner.get().country() != null) {
                        e.country(owner.get().country());
                        break;
                    }
                }
            }
        }
    }

    /** Country of a place: its own name, a listed place, or the words around it. */
    String countryOf(CanonicalEntity e, ParsedText doc) {
        if (gazetteer.isRegion(e.name())) {
            return null;
        }
        Optional<String> c = gazetteer.countryOf(e.name());
        if (c.isPresent()) {
            return c.get();
        }
        int last = e.name().lastIndexOf(' ');
        if (last > 0) {
            String head = e.name().substring(last + 1).toLowerCase(Locale.ROOT);
            if (ADMINISTRATIVE_HEADS.contains(head) && !head.equals("camp")) {
                c = gazetteer.countryOf(e.name().substring(0, last)); // "Okinawa Prefecture"
                if (c.isPresent()) {
                    return c.get();
                }
            }
            if (FACILITY_HEADS.contains(head)) {
                c = gazetteer.countryByPlace(e.name().substring(0, last)); // "Hyderabad House", not "Burma Camp"
                if (c.isPresent()) {
                    return c.get();
                }
            }
        }
        for (EntityMention m : e.mentions()) {
            String ctx = contextCountry(doc.sentences().get(m.sentence()), m);
            if (ctx != null) {
                return ctx;
            }
        }
        return null;
    }

    /**
     * National when the organization is a listed one, or its name says so ("Chilean Navy", "Government
     * of Peru", "United States House"), or a nationality precedes it.
     */
    private String organizationCountry(CanonicalEntity e, ParsedText doc) {
        for (EntityMention m : e.mentions()) {
            Optional<Gazetteer.KnownOrganization> known = gazetteer.organization(m.text());
            if (known.isPresent()) {
                return known.get().country();
            }
        }
        String[] words = e.name().replaceAll("['’]s\\b", "").split("[\\s,()]+");
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(3, words.length - i); n >= 1; n--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                Optional<String> c = gazetteer.countryOfAny(phrase);
                if (c.isPresent()) {
                    return c.get();
                }
            }
        }
        Optional<String> c = gazetteer.countryOf(e.name());
        if (c.isPresent()) {
            return c.get();
        }
        for (EntityMention m : e.mentions()) {
            List<Token> toks = doc.sentences().get(m.sentence()).tokens();
            if (m.tokenStart() > 0 && "NATIONALITY".equals(toks.get(m.tokenStart() - 1).ner())) {
                return gazetteer.countryByDemonym(toks.get(m.tokenStart() - 1).word()).orElse(null);
            }
        }
        for (EntityMention m : e.mentions()) {
            String c2 = ownerByWords(doc.sentences().get(m.sentence()).tokens(), m);
            if (c2 != null) {
                return c2;
            }
        }
        return null;
    }

    /**
     * "the Ministry of Foreign Affairs of Peru", "Peru's Defense Ministry": the country named right after the
     * body through "of", or before it with a possessive, is the body's.
     */
    private String ownerByWords(List<Token> toks, EntityMention m) {
        int e = m.tokenEnd();
        if (e + 1 < toks.size() && toks.get(e).lowerWord().equals("of")) {
            int c = toks.get(e + 1).lowerWord().equals("the") ? e + 2 : e + 1;
            for (int n = 3; n >= 1; n--) {
                if (c + n <= toks.size()) {
                    Optional<String> code = gazetteer.countryByName(joined(toks, c, c + n));
                    if (code.isPresent()) {
                        return code.get();
                    }
                }
            }
        }
        int b = m.tokenStart();
        if (b >= 2 && (toks.get(b - 1).word().equals("'s") || toks.get(b - 1).word().equals("’s"))) {
            for (int n = Math.min(3, b - 1); n >= 1; n--) {
                Optional<String> code = gazetteer.countryByName(joined(toks, b - 1 - n, b - 1));
                if (code.isPresent()) {
                    return code.get();
                }
            }
        }
        return null;
    }

    private static String joined(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(toks.get(k).word());
        }
        return sb.toString();
    }

    /**
     * Country from the words around a place: "Cusco, Peru", "Peru's Government Palace",
     * "the Kenyan capital of Nairobi".
     */
    private String contextCountry(Sentence s, EntityMention m) {
        List<Token> toks = s.tokens();
        int e = m.tokenEnd();
        if (e + 1 < toks.size() && toks.get(e).word().equals(",")) {
            Optional<String> c = gazetteer.countryByName(toks.get(e + 1).word());
            if (c.isEmpty() && e + 2 < toks.size()) {
                c = gazetteer.countryByName(toks.get(e + 1).word() + " " + toks.get(e + 2).word());
            }
            if (c.isPresent()) {
                return c.get();
            }
        }
        int b = m.tokenStart();
        if (b >= 2 && (toks.get(b - 1).word().equals("'s") || toks.get(b - 1).word().equals("’s"))) {
            Optional<String> c = gazetteer.countryByName(toks.get(b - 2).word());
            if (c.isPresent()) {
                return c.get();
            }
        }
        if (b >= 3 && toks.get(b - 1).lowerWord().equals("of") && toks.get(b - 2).lowerWord().equals("capital")) {
            return gazetteer.countryOfAny(toks.get(b - 3).word()).orElse(null);
        }
        return null;
    }
}
