package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Title normalization rules; pure functions over the gazetteer, no CoreNLP. */
class TitleNormalizerTest {

    private final TitleNormalizer titles = new TitleNormalizer(Gazetteer.standard());

    @Test
    void portfolioOfficesTakeTheOfficeOfPortfolioForm() {
        assertEquals("Secretary of Defense", titles.normalize("Defense Secretary", "US", "US", null));
        assertEquals("Secretary of the Navy", titles.normalize("Navy Secretary", "US", "US", null));
        // not every portfolio reads well turned round: kept as written
        assertEquals("Foreign Secretary", titles.normalize("Foreign Secretary", "US", "US", null));
    }

    @Test
    void foreignGovernmentOfficesNameTheirCountry() {
        assertEquals("Minister of Defense of Kenya", titles.normalize("Defense Minister", "KE", "US", null));
        assertEquals("Prime Minister of the Netherlands", titles.normalize("Prime Minister", "NL", "US", null));
        assertEquals("Central Bank President of Chile", titles.normalize("Central Bank President", "CL", "US", null));
        assertEquals("Minister of Health of the Republic of Korea",
                titles.normalize("Health Minister", "KR", "US", "Republic of Korea"));
    }

    @Test
    void homeOfficialsBelowHeadOfStateStayUnqualified() {
        assertEquals("Secretary of State", titles.normalize("Secretary of State", "US", "US", null));
        assertEquals("President of the United States", titles.normalize("President", "US", "US", null));
        assertEquals("Vice President of the United States", titles.normalize("Vice President", "US", "US", null));
    }

    @Test
    void officesThatAlreadyNameAPlaceOrAreNotGovernmentOfficesAreKept() {
        assertEquals("Ambassador to Peru", titles.normalize("Ambassador to Peru", "US", "US", null));
        assertEquals("Canadian Ambassador to Peru", titles.normalize("Canadian Ambassador to Peru", "CA", "US", null));
        assertEquals("Fleet Commander", titles.normalize("Fleet Commander", "FR", "US", null));
        assertEquals("Minister", titles.normalize("Minister", null, "US", null));
        assertNull(titles.normalize(null, "KE", "US", null));
    }
}
