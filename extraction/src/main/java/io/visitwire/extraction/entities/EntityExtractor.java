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
     * "Kyiv counted on Warsaw's support": a listed city the tagger took for a one-word person is the city,
     * unless a person named in the article has that word in the name ("Mendoza" after "Jorge Mendoza").
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
            if (c.type() == EntityType.PERSON && c.te() - c.ts() == 1 && !nameParts.contains(Gazetteer.key(c.text()))
                    && gazetteer.countryByPlace(c.text()).isPresent() && gazetteer.countryByName(c.text()).isEmpty()) {
                out.add(new Candidate(EntityType.LOCATION, "CITY", c.sentence(), c.ts(), c.te(), c.begin(), c.end(),
                        c.text(), c.written()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    public EntityIndex extract(ParsedText doc, DocumentContext ctx, ParsedText headline) {
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
        cands = PersonClusters.namesTakenForOthers(cands);
        List<CanonicalEntity> persons = PersonClusters.clusterPersons(cands, doc);
        List<CanonicalEntity> placesAndOrgs = others.clusterOthers(cands, doc);
        CountryCues cues = countries.countries(placesAndOrgs, doc, ctx);
        List<CanonicalEntity> all = new ArrayList<>(persons);
        all.addAll(placesAndOrgs);
        all.removeIf(e -> e.mentions().isEmpty());
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
