package io.visitwire.extraction.entities;

import io.visitwire.extraction.entities.spans.SpanRepairs;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
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

    public EntityExtractor(Gazetteer gazetteer) {
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
    public EntityIndex extract(ParsedText doc, DocumentContext ctx, ParsedText headline) {
        List<Candidate> cands = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (NerSpan span : repairs.repair(s, doc.text())) {
                if (span.begin() < ctx.datelineEnd() && !span.isPlaceType()
                        && (ctx.datelinePlace() == null
                        || !doc.text().substring(span.begin(), span.end()).equals(ctx.datelinePlace().trim()))) {
                    continue; // the dateline's agency is the publisher; its place is a place the text names
                }
                Candidate c = mentions.candidate(s, span, doc.text());
                if (c != null) {
                    cands.add(c);
                }
            }
        }
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
