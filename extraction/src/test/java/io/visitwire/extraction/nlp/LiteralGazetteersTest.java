package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralGazetteersTest {

    @Test
    void literalEntriesStayAsTheyAre() {
        assertEquals(List.of("defense minister"), LiteralGazetteers.literalForms("defense minister"));
        assertEquals(List.of("U\\.S\\."), LiteralGazetteers.literalForms("U\\.S\\."));
    }

    @Test
    void optionalCharactersAndSmallClassesExpandIntoLiterals() {
        assertEquals(List.of("Ala"), LiteralGazetteers.literalForms("Ala\\.?"));
        assertEquals(Set.of("Va", "VA"), Set.copyOf(LiteralGazetteers.literalForms("V[aA]\\.?")));
        assertEquals(Set.of("Gen of the Army", "Gen Of the Army", "Gen of The Army", "Gen Of The Army"),
                Set.copyOf(LiteralGazetteers.literalForms("Gen\\.? [Oo]f [Tt]he Army")));
    }

    @Test
    void openEndedTitlesStayBecauseTheyStartWithAWord() {
        assertEquals(List.of("secretary of the .*"), LiteralGazetteers.literalForms("secretary of the .*"));
    }

    @Test
    void realRegularExpressionsAreDropped() {
        assertEquals(List.of(), LiteralGazetteers.literalForms("[A-Z][a-zA-Z]+ activist"));
        assertEquals(List.of(), LiteralGazetteers.literalForms("@[A-Za-z_][a-zA-Z_0-9]*"));
        assertEquals(List.of(), LiteralGazetteers.literalForms("christian \\/ jewish"));
        assertEquals(List.of(), LiteralGazetteers.literalForms("rigdonite|rigdonites"));
    }
}
