package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Country forms the gazetteer resolves without NLP: formal state names, territories with their own code. */
class GazetteerFormsTest {

    private final Gazetteer g = Gazetteer.standard();

    @Test
    void formalStateNamesResolveToTheShortOnes() {
        assertEquals(List.of(Optional.of("MD"), Optional.of("BH"), Optional.of("MK"), Optional.of("NL")),
                List.of(g.countryByName("Republic of Moldova"), g.countryByName("the Kingdom of Bahrain"),
                        g.countryByName("the former Yugoslav Republic of Macedonia"),
                        g.countryByName("Kingdom of the Netherlands")));
    }

    @Test
    void territoriesKeepTheirOwnCodes() {
        assertEquals(List.of(Optional.of("GU"), Optional.of("PR"), Optional.of("HK"), Optional.of("GU")),
                List.of(g.countryOf("Guam"), g.countryOf("Puerto Rico"), g.countryOf("Hong Kong"),
                        g.countryOf("Hagatna")));
    }
}
