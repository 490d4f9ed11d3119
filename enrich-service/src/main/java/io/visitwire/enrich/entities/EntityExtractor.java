package io.visitwire.enrich.entities;

import io.visitwire.enrich.nlp.DocumentContext;
import io.visitwire.enrich.nlp.NerSpan;
import io.visitwire.enrich.nlp.ParsedText;
import io.visitwire.enrich.nlp.Sentence;
import io.visitwire.enrich.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns CoreNLP's mentions into canonical entities: one per real-world person, organization or place,
 * with every mention, a title and country for persons and an ISO country for places and national
 * organizations. Stateless; thread-safe.
 */
public final class EntityExtractor {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "himself", "herself");
    /** Offices held only abroad in the kind of text we read; such holders never default to the home country. */
    private static final Pattern FOREIGN_OFFICE = Pattern.compile(
            "(?i).*\\b(minister|king|queen|prince|princess|premier|chancellor|emir|sultan|sheikh|monarch)\\b.*");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.&-]{1,9}");

    private final Gazetteer gazetteer;
    private final TitleParser titles;

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.titles = new TitleParser(gazetteer);
    }

    /** A mention candidate before clustering. */
    private record Cand(EntityType type, String subtype, Sentence sentence, int ts, int te, String text) {
        EntityMention mention() {
            var toks = sentence.tokens();
            return new EntityMention(sentence.index(), ts, te, toks.get(ts).begin(), toks.get(te - 1).end(), text);
        }
    }

    public EntityIndex extract(ParsedText doc, DocumentContext ctx) {
        return extract(doc, ctx, null);
    }

    /**
     * @param headline the parsed title, or null; people named only there (the author of a statement
     *                 written in the first person) become entities without body mentions
     */
    public EntityIndex extract(ParsedText doc, DocumentContext ctx, ParsedText headline) {
        List<Cand> cands = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (NerSpan span : repairedSpans(s, doc.text())) {
                if (span.begin() < ctx.datelineEnd()) {
                    continue;
                }
                Cand c = candidate(s, span, doc.text());
                if (c != null) {
                    cands.add(c);
                }
            }
        }
        List<CanonicalEntity> persons = clusterPersons(cands, doc);
        List<CanonicalEntity> others = clusterOthers(cands, doc);
        List<CanonicalEntity> all = new ArrayList<>(persons);
        all.addAll(others);
        all.removeIf(e -> e.mentions().isEmpty());
        all.sort(Comparator.comparingInt(CanonicalEntity::firstOffset));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id("e" + (i + 1));
        }
        assignPersonTitles(persons, doc, ctx);
        if (headline != null) {
            addHeadlinePersons(headline, ctx, all);
        }
        return new EntityIndex(all);
    }

    // ---------------------------------------------------------------- spans

    /**
     * CoreNLP's spans with known repairs: split place names rejoined ("South" + "America"), multi-word
     * regions and countries from the gazetteer that the tagger cut up ("Horn" + "of Africa"), country
     * names tagged as nationalities, and a country word glued to the front of a person's name.
     */
    List<NerSpan> repairedSpans(Sentence s, String body) {
        List<NerSpan> spans = new ArrayList<>();
        for (NerSpan sp : s.spans()) {
            if (sp.isPersonType() && sp.tokenEnd() - sp.tokenStart() > 2) {
                int k = sp.tokenStart();
                while (k < sp.tokenEnd() - 2 && gazetteer.countryOf(s.tokens().get(k).word()).isPresent()) {
                    k++;
                }
                if (k > sp.tokenStart()) {
                    sp = span(s, body, "PERSON", k, sp.tokenEnd());
                }
            }
            spans.add(sp);
        }
        // Gazetteer scan: longest multi-token region/country names starting with a capital.
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).isCapitalized()) {
                continue;
            }
            for (int n = Math.min(5, toks.size() - i); n >= 2; n--) {
                String text = body.substring(toks.get(i).begin(), toks.get(i + n - 1).end());
                boolean region = gazetteer.isRegion(text);
                if (region || gazetteer.countryByName(text).isPresent()) {
                    final int from = i;
                    final int to = i + n;
                    boolean insideLonger = spans.stream().anyMatch(x -> x.tokenStart() <= from && x.tokenEnd() >= to
                            && (x.tokenEnd() - x.tokenStart()) > to - from && !x.isPersonType());
                    if (!insideLonger) {
                        spans.removeIf(x -> x.tokenStart() < to && from < x.tokenEnd() && !x.isPersonType());
                        spans.add(span(s, body, region ? "LOCATION" : "COUNTRY", from, to));
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        // Single tokens: country names CoreNLP tagged as nationality or missed.
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isCapitalized()) {
                continue;
            }
            NerSpan cur = null;
            for (NerSpan x : spans) {
                if (x.tokenStart() <= i && i < x.tokenEnd()) {
                    cur = x;
                }
            }
            boolean countryName = gazetteer.countryByName(t.word()).isPresent()
                    && gazetteer.countryByDemonym(t.word()).isEmpty();
            if (countryName && (cur == null || "NATIONALITY".equals(cur.type()) || "MISC".equals(cur.type()))) {
                if (cur != null) {
                    spans.remove(cur);
                }
                spans.add(span(s, body, "COUNTRY", i, i + 1));
            }
        }
        spans.sort(Comparator.comparingInt(NerSpan::tokenStart));
        return spans;
    }

    private static NerSpan span(Sentence s, String body, String type, int ts, int te) {
        int b = s.tokens().get(ts).begin();
        int e = s.tokens().get(te - 1).end();
        return new NerSpan(type, s.index(), ts, te, b, e, body.substring(b, e), null);
    }

    private Cand candidate(Sentence s, NerSpan sp, String body) {
        List<Token> toks = s.tokens();
        switch (sp.type()) {
            case "PERSON" -> {
                Token first = toks.get(sp.tokenStart());
                if (sp.tokenEnd() - sp.tokenStart() == 1
                        && (PRONOUNS.contains(first.lowerWord()) || first.pos().startsWith("PRP"))) {
                    return null;
                }
                if (!first.isCapitalized()) {
                    return null;
                }
                return new Cand(EntityType.PERSON, null, s, sp.tokenStart(), sp.tokenEnd(), sp.text());
            }
            case "ORGANIZATION" -> {
                if (gazetteer.countryByPlace(sp.text()).isPresent()) {
                    return gluedToTitle(toks, sp) ? null
                            : new Cand(EntityType.LOCATION, "FACILITY", s, sp.tokenStart(), sp.tokenEnd(), sp.text());
                }
                if (gluedToTitle(toks, sp) && !ACRONYM.matcher(sp.text()).matches()) {
                    return null;
                }
                return new Cand(EntityType.ORGANIZATION, null, s, sp.tokenStart(), sp.tokenEnd(), sp.text());
            }
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> {
                if (attributiveAbbreviation(toks, sp)) {
                    return null;
                }
                return new Cand(EntityType.LOCATION, sp.type(), s, sp.tokenStart(), sp.tokenEnd(), sp.text());
            }
            default -> {
                return null;
            }
        }
    }

    /** "Kremlin Press Secretary", "Elysee Chief of Staff": the organization is part of an office's name. */
    private static boolean gluedToTitle(List<Token> toks, NerSpan sp) {
        return sp.tokenEnd() < toks.size() && "TITLE".equals(toks.get(sp.tokenEnd()).ner());
    }

    /**
     * "U.K. troops", "U.K.-EU accord": an abbreviated country used as a modifier is not a reference
     * to the place (the gold standard and readers treat it as an adjective).
     */
    private static boolean attributiveAbbreviation(List<Token> toks, NerSpan sp) {
        String t = sp.text();
        if (t.contains("-") && t.chars().filter(Character::isUpperCase).count() >= 3 && !t.contains(" ")) {
            return true;
        }
        boolean abbreviated = t.contains(".") || ACRONYM.matcher(t).matches();
        if (!abbreviated || sp.tokenEnd() >= toks.size()) {
            return false;
        }
        Token next = toks.get(sp.tokenEnd());
        return next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.word().startsWith("-")
                || next.pos().equals("CC") && sp.tokenEnd() + 1 < toks.size()
                        && toks.get(sp.tokenEnd() + 1).pos().startsWith("JJ");
    }

    // ---------------------------------------------------------------- persons

    private List<CanonicalEntity> clusterPersons(List<Cand> cands, ParsedText doc) {
        List<CanonicalEntity> persons = new ArrayList<>();
        List<Cand> ps = cands.stream().filter(c -> c.type() == EntityType.PERSON).toList();
        // Longest names first, so a bare surname joins the full name however they are ordered.
        List<Cand> byLength = new ArrayList<>(ps);
        byLength.sort(Comparator.comparingInt((Cand c) -> -(c.te() - c.ts())).thenComparingInt(c -> c.mention().begin()));
        for (Cand c : byLength) {
            CanonicalEntity match = null;
            for (CanonicalEntity p : persons) {
                if (PersonNames.compatible(p.name(), c.text())) {
                    match = p;
                    break;
                }
            }
            if (match == null) {
                match = new CanonicalEntity(EntityType.PERSON, null, c.text());
                persons.add(match);
            }
            match.addMention(c.mention());
        }
        propagateNames(persons, cands, doc);
        return persons;
    }

    /**
     * CoreNLP misses some repeats of a name it found elsewhere (a surname tagged O once); every
     * capitalized token equal to a known person's surname, outside other entities, is a mention.
     */
    private void propagateNames(List<CanonicalEntity> persons, List<Cand> cands, ParsedText doc) {
        Map<String, CanonicalEntity> bySurname = new HashMap<>();
        for (CanonicalEntity p : persons) {
            String sn = PersonNames.surname(p.name());
            if (sn.length() >= 3) {
                bySurname.merge(sn, p, (a, b) -> a); // ambiguous surnames keep the first person
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isCapitalized() || !"O".equals(t.ner()) && !"MISC".equals(t.ner())) {
                    continue;
                }
                CanonicalEntity p = bySurname.get(Gazetteer.key(t.word()));
                if (p == null) {
                    continue;
                }
                boolean covered = cands.stream().anyMatch(c -> c.sentence() == s && c.ts() <= t.index() && t.index() < c.te());
                if (!covered) {
                    p.addMention(new EntityMention(s.index(), t.index(), t.index() + 1, t.begin(), t.end(), t.word()));
                }
            }
        }
        for (CanonicalEntity p : persons) {
            p.mentions().stream()
                    .max(Comparator.comparingInt((EntityMention m) -> m.tokenEnd() - m.tokenStart())
                            .thenComparingInt(m -> m.text().length()))
                    .ifPresent(m -> p.name(m.text()));
        }
    }

    private void assignPersonTitles(List<CanonicalEntity> persons, ParsedText doc, DocumentContext ctx) {
        for (CanonicalEntity p : persons) {
            String title = null;
            String country = null;
            for (EntityMention m : p.mentions()) {
                Sentence s = doc.sentences().get(m.sentence());
                Optional<PersonTitle> t = titles.parse(s, doc.text(), m.tokenStart(), m.tokenEnd());
                if (t.isPresent()) {
                    if (title == null || t.get().title() != null && t.get().title().length() > title.length()) {
                        title = t.get().title() != null ? t.get().title() : title;
                    }
                    if (country == null) {
                        country = t.get().country();
                    }
                }
                if (country == null) {
                    country = groupNationality(s, m.tokenStart());
                }
            }
            p.countryExplicit(country != null);
            if (country == null && title != null && ctx.homeCountry() != null && !FOREIGN_OFFICE.matcher(title).matches()) {
                country = ctx.homeCountry();
            }
            p.title(title);
            p.country(country);
        }
    }

    private void addHeadlinePersons(ParsedText headline, DocumentContext ctx, List<CanonicalEntity> all) {
        for (Sentence s : headline.sentences()) {
            for (NerSpan sp : s.spans()) {
                if (!sp.isPersonType() || sp.tokenEnd() - sp.tokenStart() < 2) {
                    continue;
                }
                String name = sp.text().replaceAll("['’]s$", "");
                CanonicalEntity known = all.stream()
                        .filter(e -> e.type() == EntityType.PERSON && PersonNames.compatible(e.name(), name))
                        .findFirst().orElse(null);
                if (known != null) {
                    if (PersonNames.parts(name).size() > PersonNames.parts(known.name()).size()) {
                        known.name(name);
                    }
                    continue;
                }
                CanonicalEntity p = new CanonicalEntity(EntityType.PERSON, null, name);
                Optional<PersonTitle> t = titles.parse(s, headline.text(), sp.tokenStart(), sp.tokenEnd());
                p.title(t.map(PersonTitle::title).orElse(null));
                String c = t.map(PersonTitle::country).orElse(null);
                p.countryExplicit(c != null);
                if (c == null && p.title() != null && !FOREIGN_OFFICE.matcher(p.title()).matches()) {
                    c = ctx.homeCountry();
                }
                p.country(c);
                p.id("e" + (all.size() + 1));
                all.add(p);
            }
        }
    }

    /**
     * "senior Chilean officials, including Interior Minister X": members listed after
     * "including"/"included" take the nationality of the group named before it.
     */
    private String groupNationality(Sentence s, int nameStart) {
        int inc = -1;
        for (int i = nameStart - 1; i >= 0; i--) {
            if (s.tokens().get(i).lowerLemma().equals("include")) {
                inc = i;
                break;
            }
        }
        if (inc < 0) {
            return null;
        }
        for (int i = inc - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            if ("NATIONALITY".equals(t.ner()) || "COUNTRY".equals(t.ner())) {
                return gazetteer.countryOfAny(t.word()).orElse(null);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- organizations and places

    private List<CanonicalEntity> clusterOthers(List<Cand> cands, ParsedText doc) {
        Map<String, CanonicalEntity> byKey = new LinkedHashMap<>();
        Map<String, CanonicalEntity> acronyms = new HashMap<>();
        List<Cand> os = cands.stream().filter(c -> c.type() != EntityType.PERSON).toList();
        for (Cand c : os) {
            String key = clusterKey(c);
            CanonicalEntity e = byKey.get(key);
            if (e == null) {
                e = acronyms.get(c.text());
            }
            if (e == null) {
                e = findByAcronym(byKey.values(), c);
            }
            if (e == null) {
                e = new CanonicalEntity(c.type(), c.subtype(), c.text());
                byKey.put(key, e);
            }
            e.addMention(c.mention());
            registerParenthesizedAcronym(c, e, acronyms);
        }
        for (CanonicalEntity e : byKey.values()) {
            chooseName(e);
            e.country(countryOf(e, doc));
        }
        return new ArrayList<>(byKey.values());
    }

    private String clusterKey(Cand c) {
        if (c.type() == EntityType.LOCATION) {
            Optional<String> code = gazetteer.countryByName(c.text());
            if (code.isPresent()) {
                return "country:" + code.get();
            }
        }
        return c.type() + ":" + Gazetteer.key(c.text());
    }

    private static CanonicalEntity findByAcronym(Iterable<CanonicalEntity> es, Cand c) {
        for (CanonicalEntity e : es) {
            if (e.type() != c.type() && !(c.type() == EntityType.ORGANIZATION || e.type() == EntityType.ORGANIZATION)) {
                continue;
            }
            if (PersonNames.isAcronymOf(c.text(), e.name()) || PersonNames.isAcronymOf(e.name(), c.text())) {
                return e;
            }
        }
        return null;
    }

    /** "World Health Organization (WHO)": the parenthesized acronym names the same entity. */
    private static void registerParenthesizedAcronym(Cand c, CanonicalEntity e, Map<String, CanonicalEntity> acronyms) {
        List<Token> toks = c.sentence().tokens();
        int i = c.te();
        if (i + 2 < toks.size() && toks.get(i).word().equals("(") && toks.get(i + 2).word().equals(")")
                && ACRONYM.matcher(toks.get(i + 1).word()).matches()) {
            acronyms.putIfAbsent(toks.get(i + 1).word(), e);
        }
    }

    /**
     * Canonical name: for countries the first full written form ("Republic of Chile", not "RCh" or
     * "U.K."), else the gazetteer's name; for others the longest mention.
     */
    private void chooseName(CanonicalEntity e) {
        Optional<String> code = gazetteer.countryByName(e.name());
        if (e.type() == EntityType.LOCATION && code.isPresent()) {
            e.subtype("COUNTRY");
            String written = e.mentions().stream().map(EntityMention::text)
                    .filter(t -> !t.contains(".") && !ACRONYM.matcher(t).matches())
                    .filter(t -> gazetteer.countryByName(t).isPresent())
                    .findFirst().orElse(null);
            e.name(written != null && !written.equalsIgnoreCase("America") ? written
                    : gazetteer.countryName(code.get()).orElse(e.name()));
            return;
        }
        e.mentions().stream().map(EntityMention::text)
                .filter(t -> !ACRONYM.matcher(t).matches() || e.mentions().stream().allMatch(m -> ACRONYM.matcher(m.text()).matches()))
                .max(Comparator.comparingInt(String::length))
                .ifPresent(e::name);
    }

    private String countryOf(CanonicalEntity e, ParsedText doc) {
        if (e.type() == EntityType.LOCATION) {
            if (gazetteer.isRegion(e.name())) {
                return null;
            }
            Optional<String> c = gazetteer.countryOf(e.name());
            if (c.isPresent()) {
                return c.get();
            }
            for (EntityMention m : e.mentions()) {
                String ctx = contextCountry(doc.sentences().get(m.sentence()), m);
                if (ctx != null) {
                    return ctx;
                }
            }
            return null;
        }
        // Organizations: national when their name says so ("Chilean Navy", "Government of Peru").
        for (String w : e.name().split("[\\s,]+")) {
            Optional<String> c = gazetteer.countryOfAny(w.replaceAll("['’]s$", ""));
            if (c.isPresent()) {
                return c.get();
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
        return null;
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

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
