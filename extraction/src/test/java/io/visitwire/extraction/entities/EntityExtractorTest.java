package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.NlpPipeline;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.schemas.avro.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entity rules (merging, titles, countries, repairs of the tagger's spans) on sentences written for this
 * test. Uses the process-wide pipeline, so CoreNLP loads once per test JVM.
 */
class EntityExtractorTest {

    private static final LocalDate DAY = LocalDate.of(2019, 5, 14);

    private static List<CanonicalEntity> entities(String text) {
        ParsedText doc = NlpPipeline.shared().parse(text, DAY);
        return new EntityExtractor(Gazetteer.standard()).extract(doc, new DocumentContext(DAY, "US", 0, null)).all();
    }

    private static CanonicalEntity named(List<CanonicalEntity> es, EntityType type, String namePart) {
        return es.stream().filter(e -> e.type() == type && e.name().contains(namePart)).findFirst().orElse(null);
    }

    @Test
    void surnamesAndRepeatsMergeIntoOnePersonWithEveryMention() {
        List<CanonicalEntity> es = entities("Defense Secretary Mark T. Allen arrived in Lima on Tuesday. "
                + "Allen said the talks went well, and Allen thanked his hosts.");
        List<CanonicalEntity> allens = es.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, allens.size(), es.toString());
        assertEquals("Mark T. Allen", allens.get(0).name());
        assertEquals(3, allens.get(0).mentions().size());
        assertEquals("Secretary of Defense", allens.get(0).title());
        assertEquals("US", allens.get(0).country());
    }

    @Test
    void foreignOfficesGetTheirCountryFromOfCountryAndNationality() {
        List<CanonicalEntity> es = entities("Secretary Allen met President Tomas Herrera of Peru and "
                + "Chilean Defense Minister Lucia Varela in Lima.");
        CanonicalEntity herrera = named(es, EntityType.PERSON, "Herrera");
        assertEquals("PE", herrera.country());
        assertEquals("President of Peru", herrera.title());
        CanonicalEntity varela = named(es, EntityType.PERSON, "Varela");
        assertEquals("CL", varela.country());
        assertEquals("Minister of Defense of Chile", varela.title());
    }

    @Test
    void aPresidentMetInAForeignCapitalHoldsOfficeThere() {
        List<CanonicalEntity> es = entities("After arriving in the Kenyan capital of Nairobi, Secretary Allen "
                + "met with President John Mwangi to discuss maritime security.");
        CanonicalEntity mwangi = named(es, EntityType.PERSON, "Mwangi");
        assertNotNull(mwangi, es.toString());
        assertEquals("KE", mwangi.country());
        assertEquals("President", mwangi.title()); // the text names no country with the office
    }

    @Test
    void parenthesizedAcronymNamesTheSameOrganization() {
        List<CanonicalEntity> es = entities("Officers of the Pacific Islands Maritime Coalition (PIMC) met in Suva. "
                + "The PIMC will meet again in June.");
        List<CanonicalEntity> orgs = es.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("Pacific Islands Maritime Coalition", orgs.get(0).name());
        assertEquals(3, orgs.get(0).mentions().size()); // the name, "(PIMC)" and the later "PIMC"
    }

    @Test
    void theWhiteHouseIsAnInstitutionAsActorAndAPlaceAfterAPreposition() {
        CanonicalEntity actor = named(entities("The White House announced new sanctions on Tuesday."),
                EntityType.ORGANIZATION, "White House");
        assertNotNull(actor);
        assertEquals("US", actor.country());
        CanonicalEntity place = named(entities("The two leaders met at the White House on Tuesday."),
                EntityType.LOCATION, "White House");
        assertNotNull(place);
        assertEquals("US", place.country());
    }

    @Test
    void anOrganizationInsideAnOfficeIsNoEntityOfItsOwn() {
        List<CanonicalEntity> es = entities("Pentagon Press Secretary Dana Whitfield briefed reporters.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es.toString());
        CanonicalEntity p = named(es, EntityType.PERSON, "Whitfield");
        assertEquals("Pentagon Press Secretary", p.title());
        assertEquals("US", p.country());
    }

    @Test
    void abbreviatedCountryUsedAsAModifierIsNoPlace() {
        List<CanonicalEntity> es = entities("He thanked U.S. and coalition troops at the base.");
        assertNull(named(es, EntityType.LOCATION, "United States"), es.toString());
    }

    @Test
    void nationalBodiesBelongToTheArticlesCountryAndGovernmentOfCountryIsAnOrganization() {
        List<CanonicalEntity> es = entities("The Senate will vote on the bill next week in Washington.");
        assertEquals("US", named(es, EntityType.ORGANIZATION, "Senate").country());
        es = entities("The envoy pledged support to the Government of Chile after the floods.");
        CanonicalEntity gov = named(es, EntityType.ORGANIZATION, "Government of Chile");
        assertNotNull(gov, es.toString());
        assertEquals("CL", gov.country());
    }

    @Test
    void aDocumentsNameWithAListAfterForIsNoOrganization() {
        List<CanonicalEntity> es = entities("Peru and Chile signed the Framework for Security, Public Health, and Safe "
                + "Communities in Lima on Monday.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es.toString());
        es = entities("The ministers launched the Joint Strategy for Water, Clean Energy, and Food Security in London.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es.toString());
    }

    @Test
    void aQuotedNicknameDoesNotSplitAName() {
        List<CanonicalEntity> es = entities("Police arrested Carlos “El Gato” Mendez, a cartel leader, in Sonora.");
        List<CanonicalEntity> persons = es.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), persons.toString());
        assertEquals("Carlos Mendez", persons.get(0).name());
    }

    @Test
    void regionsHaveNoCountryAndCitiesTheirs() {
        List<CanonicalEntity> es = entities("The ships sailed from Mombasa into the Indian Ocean.");
        assertEquals("KE", named(es, EntityType.LOCATION, "Mombasa").country());
        CanonicalEntity ocean = named(es, EntityType.LOCATION, "Indian Ocean");
        assertNotNull(ocean, es.toString());
        assertNull(ocean.country());
        assertFalse(ocean.name().endsWith("."));
    }
}
