package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns CoreNLP's mentions into canonical entities: one per real-world person, organization or place,
 * with every mention, a title and country for persons and an ISO country for places and national
 * organizations. Stateless; thread-safe.
 */
public final class EntityExtractor {

    private static final Lexicon PRONOUNS = Lexicon.of("personal-pronouns");
    /** Offices held only abroad in the kind of text we read; such holders never default to the home country. */
    private static final Pattern FOREIGN_OFFICE = Pattern.compile(
            "(?i).*\\b" + Lexicon.of("foreign-offices").alternation() + "\\b.*");
    /** Offices every country has; the text around the name decides whose. */
    private static final Pattern ANY_COUNTRY_OFFICE = Pattern.compile(
            "(?i)(" + Lexicon.of("office-modifiers").alternation() + " )?(vice )?"
                    + Lexicon.of("any-country-offices").alternation());
    /** Bodies every state has; named without their country, they belong to the country in focus. */
    private static final Pattern NATIONAL_BODY = Pattern.compile("(?i)(the )?(" + Lexicon.of("national-bodies").alternation()
            + "|(ministry|department) of [a-z ]+"
            + "|" + Lexicon.of("chamber-words").alternation() + " " + Lexicon.of("party-members").alternation() + ")");
    static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.&-]{1,9}");

    private final Gazetteer gazetteer;
    private final TitleParser titles;
    private final TitleNormalizer titleForms;
    private final SpanRepairs repairs;

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.titles = new TitleParser(gazetteer);
        this.titleForms = new TitleNormalizer(gazetteer);
        this.repairs = new SpanRepairs(gazetteer);
    }

    /** A mention candidate before clustering; {@code begin}/{@code end} are body offsets. */
    private record Cand(EntityType type, String subtype, Sentence sentence, int ts, int te, int begin, int end,
                        String text, String written) {
        /** {@code text} is the name the span stands for; the mention keeps the body's own text. */
        Cand(EntityType type, String subtype, Sentence sentence, NerSpan sp, String body) {
            this(type, subtype, sentence, sp.tokenStart(), sp.tokenEnd(), sp.begin(), sp.end(), sp.text(),
                    body.substring(sp.begin(), sp.end()));
        }

        EntityMention mention() {
            return new EntityMention(sentence.index(), ts, te, begin, end, written);
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
        CountryCues cues = countries(others, doc, ctx);
        List<CanonicalEntity> all = new ArrayList<>(persons);
        all.addAll(others);
        all.removeIf(e -> e.mentions().isEmpty());
        all.sort(Comparator.comparingInt(CanonicalEntity::firstOffset));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id("e" + (i + 1));
        }
        assignPersonTitles(persons, doc, ctx, cues);
        ownersCountry(others, new EntityIndex(all), doc);
        if (headline != null) {
            addHeadlinePersons(headline, ctx, all, cues);
        }
        return new EntityIndex(all);
    }

    // ---------------------------------------------------------------- spans

    /** CoreNLP's spans of {@code s} after {@link SpanRepairs}. */
    List<NerSpan> repairedSpans(Sentence s, String body) {
        return repairs.repair(s, body);
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
                return new Cand(EntityType.PERSON, null, s, sp, body);
            }
            case "ORGANIZATION" -> {
                if (gazetteer.countryByPlace(sp.text()).isPresent()) {
                    return buildingOrInstitution(s, sp, body);
                }
                if (notAnOrganization(toks, sp)) {
                    return null;
                }
                return new Cand(EntityType.ORGANIZATION, null, s, sp, body);
            }
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> {
                if (attributiveAbbreviation(toks, sp)) {
                    return null;
                }
                if (gazetteer.organization(sp.text()).isPresent() && gazetteer.countryByPlace(sp.text()).isPresent()) {
                    return buildingOrInstitution(s, sp, body);
                }
                return new Cand(EntityType.LOCATION, sp.type(), s, sp, body);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * "the White House", "the Pentagon", "the Kremlin" name both a building and the institution in it. After
     * a locative preposition or a verb of movement ("met at the White House", "arrived at the Pentagon",
     * "visited the Kremlin") the text is about the place, so it is a LOCATION; as an actor ("the White House
     * said", "a Pentagon spokesman") it is the ORGANIZATION. Part of an office's name ("White House Press
     * Secretary") it is neither.
     */
    private Cand buildingOrInstitution(Sentence s, NerSpan sp, String body) {
        List<Token> toks = s.tokens();
        if (gluedToTitle(toks, sp)) {
            return null;
        }
        int k = sp.tokenStart() - 1;
        if (k >= 0 && toks.get(k).lowerWord().equals("the")) {
            k--;
        }
        boolean place = k >= 0 && (LOCATIVE.contains(toks.get(k).lowerWord())
                || toks.get(k).isVerb() && MOVEMENT.contains(toks.get(k).lowerLemma()));
        return place ? new Cand(EntityType.LOCATION, "FACILITY", s, sp, body)
                : new Cand(EntityType.ORGANIZATION, null, s, sp, body);
    }

    private static final Lexicon LOCATIVE = Lexicon.of("locative-prepositions");
    private static final Lexicon MOVEMENT = Lexicon.of("place-object-verbs");
    /** Documents and programs the tagger takes for organizations ("Framework for Security", "Paris Agreement"). */
    private static final Lexicon DOCUMENT_HEADS = Lexicon.of("document-heads");
    /** Military formations a commander's title names; they stay entities inside the title. */
    private static final Lexicon UNIT_HEADS = Lexicon.of("military-unit-heads");

    /**
     * Spans tagged ORGANIZATION that are not one: part of an office's name ("Pentagon Press Secretary",
     * "Central Bank President" - the office is the person's title, not a separate actor; military units
     * and acronyms excepted), a document or program ("Framework for Security, Public Health, and Safe
     * Communities" - including the list that continues its name), and "the X Administration" (a
     * government named after its leader, annotated as that country's government or not at all).
     */
    private boolean notAnOrganization(List<Token> toks, NerSpan sp) {
        String head = toks.get(sp.tokenEnd() - 1).lowerWord();
        if (gluedToTitle(toks, sp) && !ACRONYM.matcher(sp.text()).matches() && !UNIT_HEADS.contains(head)) {
            return true;
        }
        if (DOCUMENT_HEADS.contains(head) || containsDocumentHeadBeforeFor(toks, sp)) {
            return true;
        }
        if (continuesDocumentName(toks, sp)) {
            return true;
        }
        return head.equals("administration") && sp.tokenEnd() - sp.tokenStart() == 2
                && toks.get(sp.tokenStart()).pos().startsWith("NNP");
    }

    private static boolean containsDocumentHeadBeforeFor(List<Token> toks, NerSpan sp) {
        for (int i = sp.tokenStart(); i + 1 < sp.tokenEnd(); i++) {
            if (DOCUMENT_HEADS.contains(toks.get(i).lowerWord()) && toks.get(i + 1).lowerWord().equals("for")) {
                return true;
            }
        }
        return false;
    }

    /** "..., Public Health, and Safe Communities" after "Framework for Security": the list is the name's. */
    private static boolean continuesDocumentName(List<Token> toks, NerSpan sp) {
        int i = sp.tokenStart() - 1;
        while (i >= 0 && (toks.get(i).word().equals(",") || toks.get(i).lowerWord().equals("and")
                || toks.get(i).isCapitalized())) {
            if (toks.get(i).lowerWord().equals("for") ) {
                break;
            }
            i--;
        }
        if (i < 1 || !toks.get(i).lowerWord().equals("for")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (DOCUMENT_HEADS.contains(toks.get(k).lowerWord())) {
                return sp.tokenStart() > i + 1 && toks.get(sp.tokenStart() - 1).word().equals(",")
                        || toks.get(sp.tokenStart() - 1).lowerWord().equals("and");
            }
            if (!toks.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Kremlin Press Secretary X", "White House Homeland Security Advisor X": the organization is part
     * of the office's name when capitalized words up to an office word follow it.
     */
    private static boolean gluedToTitle(List<Token> toks, NerSpan sp) {
        for (int i = sp.tokenEnd(); i < toks.size() && i < sp.tokenEnd() + 5; i++) {
            Token t = toks.get(i);
            if ("TITLE".equals(t.ner()) || t.isCapitalized() && TitleParser.OFFICE_HEADS.contains(t.lowerWord())) {
                return true;
            }
            if (!t.isCapitalized() || "PERSON".equals(t.ner()) || !t.pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "U.K. troops", "U.K.-EU accord", "U.S. and coalition troops", "the U.S. extended deterrent": an
     * abbreviated country used as a modifier is not a reference to the place (the gold standard and
     * readers treat it as an adjective).
     */
    static boolean attributiveAbbreviation(List<Token> toks, NerSpan sp) {
        String t = sp.text();
        if (t.contains("-") && t.chars().filter(Character::isUpperCase).count() >= 3 && !t.contains(" ")) {
            return true;
        }
        boolean abbreviated = t.contains(".") || ACRONYM.matcher(t).matches();
        if (!abbreviated || sp.tokenEnd() >= toks.size()) {
            return false;
        }
        Token next = toks.get(sp.tokenEnd());
        if (next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.word().startsWith("-")) {
            return true;
        }
        Token after = sp.tokenEnd() + 1 < toks.size() ? toks.get(sp.tokenEnd() + 1) : null;
        if (next.pos().equals("VBN") && after != null && after.pos().startsWith("NN")) {
            return true; // "the U.S. extended deterrent"
        }
        // "U.S. and coalition troops", "U.S. and Mexican officials"; not "the U.S. and Mexico"
        return next.pos().equals("CC") && after != null
                && (after.pos().startsWith("JJ") || after.pos().startsWith("NN") && !after.isCapitalized()
                        || "NATIONALITY".equals(after.ner()));
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
                    .ifPresent(m -> p.name(withoutNickname(m.text())));
        }
    }

    /** Carlos "El Gato" Mendez → Carlos Mendez: a quoted nickname is not part of the name. */
    static String withoutNickname(String name) {
        return name.replaceAll("\\s*[\"“‘][^\"”’]{1,30}[\"”’]\\s*", " ").trim();
    }

    private void assignPersonTitles(List<CanonicalEntity> persons, ParsedText doc, DocumentContext ctx,
                                    CountryCues cues) {
        for (CanonicalEntity p : persons) {
            String title = null;
            String country = null;
            for (EntityMention m : p.mentions()) {
                Sentence s = doc.sentences().get(m.sentence());
                Optional<PersonTitle> t = titles.parse(s, doc.text(), m.tokenStart(), m.tokenEnd());
                if (t.isPresent()) {
                    String found = t.get().title();
                    if (found != null && (title == null || isRank(title) && !isRank(found)
                            || found.length() > title.length() && !isRank(found))) {
                        title = found;
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
            if (country == null) {
                country = impliedCountry(p, title, ctx, cues);
            }
            p.country(country);
            p.title(titleForms.normalize(title, country, ctx.homeCountry(), cues.writtenName(country)));
        }
    }

    private static boolean isRank(String title) {
        return TitleParser.RANKS.contains(lower(title).replace(".", ""));
    }

    /**
     * The country of a person whose text does not state it. Offices held abroad (minister, king) and
     * offices every country has (president) take the country of the meeting they are named in, then
     * (foreign offices only) the country the article is about; other offices default to the publisher's
     * country, the way its own officials go unqualified in its text.
     */
    private String impliedCountry(CanonicalEntity p, String title, DocumentContext ctx, CountryCues cues) {
        boolean foreignOffice = title != null && FOREIGN_OFFICE.matcher(title).matches();
        boolean anyCountryOffice = title == null || ANY_COUNTRY_OFFICE.matcher(title).matches();
        if (foreignOffice || anyCountryOffice) {
            String c = cues.meetingCountry(p);
            if (c != null) {
                return c;
            }
            if (foreignOffice) {
                return cues.focus(false);
            }
        }
        return title == null || isRank(title) && ctx.homeCountry() == null ? null : ctx.homeCountry();
    }

    private void addHeadlinePersons(ParsedText headline, DocumentContext ctx, List<CanonicalEntity> all,
                                    CountryCues cues) {
        for (Sentence s : headline.sentences()) {
            for (NerSpan sp : s.spans()) {
                if (!sp.isPersonType() || sp.tokenEnd() - sp.tokenStart() < 2 || namesPlace(s, sp)) {
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
                String title = t.map(PersonTitle::title).orElse(null);
                String c = t.map(PersonTitle::country).orElse(null);
                p.countryExplicit(c != null);
                if (c == null && title != null && !FOREIGN_OFFICE.matcher(title).matches()) {
                    c = ctx.homeCountry();
                }
                p.country(c);
                p.title(titleForms.normalize(title, c, ctx.homeCountry(), cues.writtenName(c)));
                p.id("e" + (all.size() + 1));
                all.add(p);
            }
        }
    }

    /**
     * "President X's National Security Council": a national body named with its leader's possessive
     * belongs to the leader's country, whatever country the article is mostly about.
     */
    private static void ownersCountry(List<CanonicalEntity> others, EntityIndex index, ParsedText doc) {
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

    /** Title-case headlines fool the tagger: "Embarks on Asia-Pacific Trip" is no person. */
    private boolean namesPlace(Sentence s, NerSpan sp) {
        for (int i = sp.tokenStart(); i < sp.tokenEnd(); i++) {
            String w = s.tokens().get(i).word();
            if (gazetteer.isRegion(w) || gazetteer.countryOf(w).isPresent()) {
                return true;
            }
        }
        return false;
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
            if (e.type() == EntityType.LOCATION) {
                e.country(countryOf(e, doc));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * Countries of organizations (which may depend on what the article is about), then the article's
     * country cues for persons.
     */
    private CountryCues countries(List<CanonicalEntity> others, ParsedText doc, DocumentContext ctx) {
        CountryCues placesOnly = new CountryCues(doc, ctx.homeCountry(),
                others.stream().filter(e -> e.type() == EntityType.LOCATION).toList());
        for (CanonicalEntity e : others) {
            if (e.type() == EntityType.ORGANIZATION) {
                String c = organizationCountry(e, doc);
                if (c == null && NATIONAL_BODY.matcher(e.name()).matches()) {
                    // "the Senate", "the Armed Forces": the country the article is about, else the publisher's
                    String focus = placesOnly.focus(true);
                    c = focus != null ? focus : ctx.homeCountry();
                }
                e.country(c);
            }
        }
        return new CountryCues(doc, ctx.homeCountry(), others);
    }

    private String clusterKey(Cand c) {
        if (c.type() == EntityType.ORGANIZATION) {
            Optional<Gazetteer.KnownOrganization> known = gazetteer.organization(c.text());
            if (known.isPresent()) {
                return "org:" + Gazetteer.key(known.get().name()); // "AFRICOM" and "USAFRICOM" are one
            }
        }
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

    /** Country of a place: its own name, a listed place, or the words around it. */
    private String countryOf(CanonicalEntity e, ParsedText doc) {
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
