package io.visitwire.extraction.entities.spans;

import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Repairs of CoreNLP's entity spans for one sentence, each for an error class measured on news text of
 * this kind: names the tagger splits, misses or glues together. Every repair works on token shapes,
 * NER tags and the gazetteer, never on particular names; one class per entity kind
 * ({@link PersonSpans}, {@link PlaceSpans}, {@link OrganizationSpans}) and the repairs that are plain token
 * patterns as named TokensRegex rules ({@link TokenPatternSpans}), applied in a fixed order.
 * Stateless; thread-safe.
 */
public final class SpanRepairs {

    private final PersonSpans persons;
    private final PlaceSpans places;
    private final OrganizationSpans organizations;
    private final TokenPatternSpans tokenPatterns = new TokenPatternSpans();

    public SpanRepairs(Gazetteer gazetteer) {
        this.persons = new PersonSpans(gazetteer);
        this.places = new PlaceSpans(gazetteer);
        this.organizations = new OrganizationSpans(gazetteer);
    }

    /** CoreNLP's spans of {@code s} with every repair applied, in token order. */
    public List<NerSpan> repair(Sentence s, String body) {
        List<NerSpan> spans = new ArrayList<>();
        for (NerSpan sp : s.spans()) {
            spans.add(persons.stripHonorifics(s, body, persons.stripLeadingCountry(s, body, sp)));
        }
        persons.splitOfficeFromName(s, body, spans);
        persons.nameParticleTails(s, body, spans);
        persons.splitPersonFromOrganization(s, body, spans);
        persons.personsAfterTitles(s, body, spans);
        persons.joinNicknamedNames(s, body, spans);
        places.gazetteerPlaces(s, body, spans);
        organizations.knownOrganizations(s, body, spans);
        organizations.parenthesizedAcronyms(s, body, spans);
        tokenPatterns.apply(s, body, spans);
        organizations.headedNames(s, body, spans);
        organizations.capitalizedGovernment(s, body, spans);
        places.cityWithPostalAbbreviation(s, body, spans);
        places.administrativeUnits(s, body, spans);
        spans.sort(Comparator.comparingInt(NerSpan::tokenStart));
        return spans;
    }
}
