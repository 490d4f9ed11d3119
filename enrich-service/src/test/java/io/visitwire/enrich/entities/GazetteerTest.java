package io.visitwire.enrich.entities;

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
}
