package io.visitwire.extraction.entities;

import io.visitwire.extraction.entities.spans.SpanRepairs;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns CoreNLP's mentions into canonical entities: one per real-world person, organization or place,
 * with every mention, a title and country for persons and an ISO country for places and national
 * organizations. The steps, one class each: span repairs ({@code spans/}), which spans are mentions
 * ({@link Mentions}), clustering of persons ({@link PersonClusters}) and of organizations and places
 * ({@link PlaceAndOrganizationClusters}), countries ({@link EntityCountries}), persons' titles and
 * countries ({@link PersonAttributes}), people named only in the headline ({@link HeadlinePersons}).
 * Stateless; thread-safe.
 */
public final class EntityExtractor {

    private final SpanRepairs repairs;
    private final Mentions mentions;
    private final EntityCountries countries;
    private final PlaceAndOrganizationClusters others;
    private final PersonAttributes personAttributes;
    private final HeadlinePersons headlinePersons;
    private final Gazetteer gazetteer;

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        TitleParser titles = new TitleParser(gazetteer);
        TitleNormalizer titleForms = new TitleNormalizer(gazetteer);
        this.repairs = new SpanRepairs(gazetteer);
        this.mentions = new Mentions(gazetteer);
        this.countries = new EntityCountries(gazetteer);
        this.others = new PlaceAndOrganizationClusters(gazetteer, countries);
        this.personAttributes = new PersonAttributes(gazetteer, titles, titleForms);
        this.headlinePersons = new HeadlinePersons(gazetteer, titles, titleForms);
    }

    public EntityIndex extract(ParsedText doc, DocumentContext ctx) {
        return extract(doc, ctx, null);
    }

    /**
     * @param headline the parsed title, or null; people named only there (the author of a statement
     *                 written in the first person) become entities without body mentions
     */
    /**
     * A span inside the news dateline. The agency there ("(Reuters)", "(Yonhap)") is the publisher, never
     * annotated. The place is the place of filing: written in the wire's capitals ("SEOUL, July 15 --",
     * "WASHINGTON —") it is a slug, not something the story names (the gold records it only where the text
     * names the place again); written as words ("Accra, GHANA —", "Washington, DC -") it is a place the
     * text names, whatever type the tagger gave it ("KYIV" is often taken for a person).
     */
    private Candidate datelineCandidate(Sentence s, NerSpan span, String body) {
        String text = body.substring(span.begin(), span.end());
        boolean known = gazetteer.countryOf(text).isPresent();
        if (!span.isPlaceType() && !known) {
            return null;
        }
        if (text.equals(text.toUpperCase(java.util.Locale.ROOT)) && text.chars().anyMatch(Character::isLetter)
                && text.replace(".", "").length() > 3 && gazetteer.countryByName(text).isEmpty()) {
            return null; // the wire's slug "SEOUL", "WASHINGTON" (not a country written in capitals, "GHANA")
        }
        Candidate c = mentions.candidate(s, span, body);
        return c != null && c.type() == EntityType.LOCATION ? c
                : new Candidate(EntityType.LOCATION, gazetteer.countryByName(text).isPresent() ? "COUNTRY" : "CITY",
                        s, span, body);
    }

    /**
     * "Kyiv counted on Warsaw's support", "visited Da Nang": a listed city the tagger took for a person is the
     * city, unless a one-word "person" is part of a name in the article ("Mendoza" after "Jorge Mendoza"); a
     * listed organization taken for a person ("Rosatom") is the organization.
     */
    private List<Candidate> citiesTakenForPersons(List<Candidate> cands) {
        java.util.Set<String> nameParts = new java.util.HashSet<>();
        for (Candidate c : cands) {
            if (c.type() == EntityType.PERSON && c.te() - c.ts() > 1) {
                nameParts.addAll(PersonNames.parts(c.text()));
            }
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            boolean wholeName = c.te() - c.ts() > 1 || !nameParts.contains(Gazetteer.key(c.text()));
            if (c.type() == EntityType.PERSON && wholeName
                    && gazetteer.countryByPlace(c.text()).isPresent() && gazetteer.countryByName(c.text()).isEmpty()) {
                out.add(new Candidate(EntityType.LOCATION, "CITY", c.sentence(), c.ts(), c.te(), c.begin(), c.end(),
                        c.text(), c.written()));
            } else if (c.type() == EntityType.PERSON && gazetteer.organization(c.text()).isPresent()) {
                // "Rosatom will build", "KazMunayGas said": a listed company or body the tagger took for a person
                out.add(new Candidate(EntityType.ORGANIZATION, null, c.sentence(), c.ts(), c.te(), c.begin(), c.end(),
                        c.text(), c.written()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static final io.visitwire.extraction.lexicon.Lexicon LOCATIVE =
            io.visitwire.extraction.lexicon.Lexicon.of("locative-prepositions");
    private static final io.visitwire.extraction.lexicon.Lexicon MOVEMENT =
            io.visitwire.extraction.lexicon.Lexicon.of("place-object-verbs");

    /**
     * "U.N. Secretary-General Ana Lima ... Lima told reporters", "Mr. Florence", "Minister Santiago said": a place
     * name that is a part of the name of a person the article names, or that follows an office or a form of
     * address, is that person, unless the words around it make it the place (a locative preposition or a verb
     * of visiting before it, "Lima, Peru", a list of places). A token inside a person's name is not a place.
     */
    private List<Candidate> placesTakenForPersons(List<Candidate> cands) {
        java.util.Set<String> nameParts = new java.util.HashSet<>();
        for (Candidate c : cands) {
            if (c.type() == EntityType.PERSON && c.te() - c.ts() > 1) {
                PersonNames.parts(c.text()).stream().filter(p -> p.length() > 2).forEach(nameParts::add);
            }
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            boolean person = c.type() == EntityType.LOCATION && c.te() - c.ts() == 1
                    && gazetteer.countryByName(c.text()).isEmpty() && !gazetteer.isRegion(c.text())
                    && (nameParts.contains(Gazetteer.key(c.text())) || afterOfficeOrAddress(c))
                    && !placeContext(c, cands);
            out.add(person ? new Candidate(EntityType.PERSON, null, c.sentence(), c.ts(), c.te(), c.begin(), c.end(),
                    c.text(), c.written()) : c);
        }
        return out;
    }

    /** "Mr. Florence", "Minister Santiago", "President Lima": a form of address or an office right before the name. */
    private static boolean afterOfficeOrAddress(Candidate c) {
        if (c.ts() == 0) {
            return false;
        }
        io.visitwire.extraction.nlp.Token prev = c.sentence().tokens().get(c.ts() - 1);
        String w = prev.lowerWord().replace(".", "");
        return prev.isCapitalized() && ("TITLE".equals(prev.ner()) || TitleParser.RANKS.contains(w)
                || TitleParser.OFFICE_HEADS.contains(w));
    }

    /** The words around a one-word place make it the place: "in Lima", "visited Santiago", "Lima, Peru", "Lima and Quito". */
    private boolean placeContext(Candidate c, List<Candidate> cands) {
        List<io.visitwire.extraction.nlp.Token> toks = c.sentence().tokens();
        int k = c.ts() - 1;
        if (k >= 0 && toks.get(k).lowerWord().equals("the")) {
            k--;
        }
        if (k >= 0 && (LOCATIVE.contains(toks.get(k).lowerWord()) || toks.get(k).isVerb()
                && MOVEMENT.contains(toks.get(k).lowerLemma()))) {
            return true;
        }
        int next = c.te();
        if (next + 1 < toks.size() && (toks.get(next).word().equals(",") || toks.get(next).lowerWord().equals("and"))
                || k >= 0 && (toks.get(k).word().equals(",") || toks.get(k).lowerWord().equals("and"))) {
            int after = next + 1;
            int before = k - 1;
            for (Candidate o : cands) {
                if (o != c && o.sentence() == c.sentence() && o.type() == EntityType.LOCATION
                        && (o.ts() == after || o.te() == before + 1 && before >= 0)) {
                    return true; // "Lima, Peru", "Bogota, Lima and Quito"
                }
            }
        }
        return false;
    }

    public EntityIndex extract(ParsedText doc, DocumentContext ctx, ParsedText headline) {
        return extract(doc, ctx, headline, null);
    }

    /**
     * An embassy's release names the embassy as its author ("The U.S. Embassy is proud to ..."): the article's
     * own publisher, which ANNOTATION.md leaves out. The publisher is an embassy when its source or address
     * says so; the embassy it names is then one of its own country's, the publisher's.
     */
    private static boolean publishingEmbassy(CanonicalEntity e, DocumentContext ctx, String publisher) {
        return publisher != null && e.type() == EntityType.ORGANIZATION && ctx.homeCountry() != null
                && ctx.homeCountry().equals(e.country()) && publisher.toLowerCase(java.util.Locale.ROOT).contains("embassy")
                && e.name().matches("(?i)(the )?\\S+( \\S+)? embassy( in .*)?");
    }

    /**
     * @param publisher the article's source and address ("U.S. Embassy in Ghana https://gh.usembassy.gov/..."), or
     *                  null
     */
    public EntityIndex extract(ParsedText doc, DocumentContext ctx, ParsedText headline, String publisher) {
        List<Candidate> cands = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (NerSpan span : repairs.repair(s, doc.text())) {
                Candidate c;
                boolean slugLike = Mentions.opensDateline(s.tokens(), span)
                        && (span.isPlaceType() || gazetteer.countryOf(span.text()).isPresent()); // not "NATO, which"
                if (span.begin() < ctx.datelineEnd() || slugLike) {
                    c = datelineCandidate(s, span, doc.text());
                } else {
                    c = mentions.candidate(s, span, doc.text());
                }
                if (c != null) {
                    cands.add(c);
                }
            }
        }
        cands = citiesTakenForPersons(cands);
        cands = placesTakenForPersons(cands);
        cands = PersonClusters.namesTakenForOthers(cands);
        List<CanonicalEntity> persons = PersonClusters.clusterPersons(cands, doc);
        List<CanonicalEntity> placesAndOrgs = others.clusterOthers(cands, doc);
        CountryCues cues = countries.countries(placesAndOrgs, doc, ctx);
        List<CanonicalEntity> all = new ArrayList<>(persons);
        all.addAll(placesAndOrgs);
        all.removeIf(e -> e.mentions().isEmpty() || publishingEmbassy(e, ctx, publisher));
        all.sort(Comparator.comparingInt(CanonicalEntity::firstOffset));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id("e" + (i + 1));
        }
        personAttributes.assignPersonTitles(persons, doc, ctx, cues);
        EntityCountries.ownersCountry(placesAndOrgs, new EntityIndex(all), doc);
        if (headline != null) {
            headlinePersons.addHeadlinePersons(headline, ctx, all, cues);
        }
        return new EntityIndex(all);
    }
}
