package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Entity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Countries and titles of ANNOTATION.md "Entities" on sentences written for this test (invented people), in
 * the styles of the unseen sets: wire news with a dateline, U.S. readouts, GOV.UK, Kremlin and EU releases.
 * Every test asserts the whole entity list, one line per entity in order of first mention:
 * {@code name | TYPE | title | country}. Uses the shared CoreNLP pipeline.
 */
class EntityCountryAndTitleTest {

    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor();
    private static final String WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/x";
    private static final String GOV_UK = "https://www.gov.uk/government/news/x";
    private static final String KREMLIN = "http://en.kremlin.ru/events/president/news/x";
    private static final String EU = "https://ec.europa.eu/commission/presscorner/x";
    private static final String WIRE = "https://www.example-news.com/world/x";

    private static List<String> entities(String url, String published, String body) {
        Article a = Article.newBuilder().setId("t").setUrl(url).setSource("Test source").setPublished(published)
                .setDateline(null).setTitle("Test article").setBody(body).setReceivedAt(Instant.EPOCH).build();
        return EXTRACTOR.enrich(a).getEntities().stream().map(EntityCountryAndTitleTest::line).toList();
    }

    private static String line(Entity e) {
        return e.getName() + " | " + e.getType() + " | " + or(e.getTitle()) + " | " + or(e.getCountry());
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }

    @Test
    void aPlaceTheGazetteerLacksTakesNoCountryAgainstTheCountriesItsSentenceNames() {
        assertEquals(List.of(
                "Taras Kovalenko | PERSON | Foreign Minister of Ukraine | UA",
                "Marek Zielinski | PERSON | President of Poland | PL",
                "Mielec | LOCATION | - | -",
                "Kyiv | LOCATION | - | UA",
                "Ukraine | LOCATION | - | UA"),
                entities(WIRE, "2026-03-10", "KYIV, March 10 (Reuters) - Ukrainian Foreign Minister Taras Kovalenko "
                        + "will meet Polish President Marek Zielinski in Mielec on Thursday. Kovalenko said Kyiv "
                        + "wanted more air defence. Ukraine has asked for help."));
        assertEquals(List.of(
                "Alan Brooks | PERSON | President | US",
                "Mielec | LOCATION | - | PL",
                "Ukraine | LOCATION | - | UA"),
                entities(WHITE_HOUSE, "2026-03-10", "President Alan Brooks will travel to Mielec, where he will meet "
                        + "Polish officials. Ukraine welcomed the visit, and Ukraine's government said so."));
    }

    @Test
    void anInternationalBodyNamedOnlyInsideATitleIsNoEntityAndItsOfficialHasNoCountry() {
        assertEquals(List.of(
                "Ana Ferreira | PERSON | U.N. Secretary-General | -",
                "Lars Eklund | PERSON | NATO Secretary General | -",
                "Kyiv | LOCATION | - | UA"),
                entities(WIRE, "2026-03-10", "GENEVA, March 10 (AFP) - U.N. Secretary-General Ana Ferreira called for "
                        + "calm on Tuesday. NATO Secretary General Lars Eklund is due in Kyiv next week."));
        assertEquals(List.of(
                "Keir Hartley | PERSON | Prime Minister | GB",
                "Antonio Duarte | PERSON | President of the European Council | -",
                "Downing Street | LOCATION | - | GB"),
                entities(GOV_UK, "2026-03-10", "Prime Minister Keir Hartley met the President of the European Council "
                        + "Antonio Duarte in Downing Street today."));
    }

    @Test
    void aTitleSaysItsCountryOnlyWhereTheTextStatesIt() {
        assertEquals(List.of(
                "Alan Brooks | PERSON | President | US",
                "Kenji Mori | PERSON | Prime Minister of Japan | JP",
                "the White House | LOCATION | - | US"),
                entities(WHITE_HOUSE, "2026-04-02", "President Alan Brooks met with Japanese Prime Minister Kenji Mori "
                        + "at the White House today."));
        assertEquals(List.of(
                "Brazil | LOCATION | - | BR",
                "Paulo Andrade | PERSON | foreign minister of Brazil | BR",
                "Seoul | LOCATION | - | KR",
                "Hiroshi Tanabe | PERSON | premier of Japan | JP"),
                entities(WIRE, "2026-07-15", "SEOUL, July 15 (Yonhap) -- Brazil's foreign minister, Paulo Andrade, is "
                        + "expected in Seoul next week. The Japanese premier, Hiroshi Tanabe, said he welcomed it."));
    }

    @Test
    void anOfficeThePublishersGovernmentLacksIsNeverThePublishers() {
        assertEquals(List.of(
                "Keir Hartley | PERSON | Prime Minister | GB",
                "Alan Brooks | PERSON | President | -"),
                entities(GOV_UK, "2026-03-10", "The Prime Minister, Keir Hartley, spoke to President Alan Brooks this "
                        + "afternoon. The leaders discussed trade."));
    }

    @Test
    void capitalizedCommonNounsAndCountryShortFormsAreNotOrganizations() {
        assertEquals(List.of(
                "Daniel Crowe | PERSON | Secretary of Defense | US",
                "Republic of Korea | LOCATION | - | KR",
                "Park Min-joon | PERSON | Minister of National Defense of the Republic of Korea | KR",
                "DPRK | LOCATION | - | KP"),
                entities(WHITE_HOUSE, "2026-03-10", "Secretary of Defense Daniel Crowe spoke with Republic of Korea "
                        + "Minister of National Defense Park Min-joon. They agreed that the Alliance will hold "
                        + "Command Post exercises, and discussed the DPRK."));
    }

    @Test
    void twoSpellingsOfOneGivenNameAreOnePerson() {
        assertEquals(List.of(
                "Russia | LOCATION | - | RU",
                "Vladimir Sokolov | PERSON | President of Russia | RU",
                "Sergei Orlov | PERSON | Foreign Minister | RU"),
                entities(KREMLIN, "2026-03-10", "President of Russia Vladimir Sokolov: Sergey Orlov, how much has trade "
                        + "grown? Foreign Minister Sergei Orlov: 20 percent. Sergei Orlov said the figure was final."));
    }

    @Test
    void aListedCityTakenForAOneWordPersonIsTheCity() {
        assertEquals(List.of(
                "Kaja Tamm | PERSON | High Representative | -",
                "Brussels | LOCATION | - | BE",
                "Kyiv | LOCATION | - | UA",
                "Warsaw | LOCATION | - | PL"),
                entities(EU, "2026-03-10", "High Representative Kaja Tamm said in Brussels that Kyiv counted on "
                        + "Warsaw's support."));
    }

    @Test
    void aKoreanFamilyNameWrittenAloneLaterIsThePerson() {
        Article a = Article.newBuilder().setId("t").setUrl(WIRE).setSource("Test source").setPublished("2026-07-15")
                .setDateline(null).setTitle("Test article").setBody("SEOUL, July 15 (Yonhap) -- South Korean President "
                        + "Moon Jae-sung met Indonesian President Budi Santoso in Seoul on Tuesday. Moon thanked "
                        + "Budi Santoso for the visit, and Moon's office said more talks were planned.")
                .setReceivedAt(Instant.EPOCH).build();
        Entity moon = EXTRACTOR.enrich(a).getEntities().stream().filter(e -> e.getName().startsWith("Moon"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Moon Jae-sung | PERSON | President of South Korea | KR", "Moon", "Moon"),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(line(moon)),
                        moon.getMentions().stream().skip(1).map(m -> m.getText())).toList());
    }

    @Test
    void anEventNamedAfterItsPlaceIsNoOrganization() {
        assertEquals(List.of(
                "Dieter Vogel | PERSON | Chancellor of Germany | DE",
                "Europe | LOCATION | - | -"),
                entities(WIRE, "2026-02-14", "BERLIN, Feb 14 (dpa) - German Chancellor Dieter Vogel told the Munich "
                        + "Security Conference on Saturday that Europe must spend more."));
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "France | LOCATION | - | FR",
                "Emile Garnier | PERSON | President of France | FR"),
                entities(KREMLIN, "2026-06-11", "Vladimir Sokolov met with President of France Emile Garnier, who will "
                        + "take part in the St Petersburg International Economic Forum."));
    }
}
