package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.standard();

    @Test
    void countriesByNameShortFormAndDemonym() {
        assertEquals(Optional.of("KE"), g.countryByName("Kenya"));
        assertEquals(Optional.of("GB"), g.countryByName("U.K."));
        assertEquals(Optional.of("US"), g.countryByName("the United States"));
        assertEquals(Optional.of("KE"), g.countryByDemonym("Kenyan"));
        assertEquals(Optional.of("NL"), g.countryByDemonym("Dutch"));
    }

    @Test
    void citiesCapitalsAndCommaForms() {
        assertEquals(Optional.of("PE"), g.countryOf("Lima"));
        assertEquals(Optional.of("FR"), g.countryOf("Lyon, France"));
        assertEquals(Optional.of("CO"), g.countryOf("Bogotá"));
        assertTrue(g.isCapitalOf("Nairobi", "KE"));
    }

    @Test
    void regionsAndSeasHaveNoCountry() {
        assertTrue(g.isRegion("Black Sea"));
        assertEquals(Optional.empty(), g.countryOf("Horn of Africa"));
        assertEquals(Optional.empty(), g.countryOf("Atlantis"));
    }

    @Test
    void listedOrganizationsByNameAndAcronymWithTheirCountry() {
        assertEquals("US", g.organization("AFRICOM").orElseThrow().country());
        assertEquals(g.organization("AFRICOM"), g.organization("USAFRICOM"));
        assertEquals("RU", g.organization("the Kremlin").orElseThrow().country());
        assertTrue(g.organization("al-Shabaab").isPresent());
        assertEquals(Optional.empty(), g.organization("NATO").map(Gazetteer.KnownOrganization::country));
    }

    @Test
    void acronymsOnlyMatchInCapitals() {
        assertTrue(g.organization("WHO").isPresent());
        assertEquals(Optional.empty(), g.organization("who"));
        assertEquals(Optional.empty(), g.organization("Who"));
        assertEquals(Optional.empty(), g.organization("Un"));
    }

    @Test
    void officesWrittenTheOtherWayRound() {
        assertEquals(Optional.of("Minister of Defense"), g.canonicalTitle("defense minister"));
        assertEquals(Optional.empty(), g.canonicalTitle("Foreign Minister"));
    }
}
