package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Entity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entity countries (ANNOTATION.md "Entities") on sentences written for this test, with invented people and
 * real geography, in the styles of wire agencies and government releases of many countries: provinces,
 * smaller cities, ports and islands a short gazetteer lacks; development banks, funds and state companies;
 * the officials of a government's own release. Every test asserts the whole entity list, one line per entity
 * in order of first mention: {@code name | TYPE | title | country}. Uses the shared CoreNLP pipeline.
 */
class EntityCountryAcrossStylesTest {

    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor();

    private static List<String> entities(String url, String source, String body) {
        Article a = Article.newBuilder().setId("t").setUrl(url).setSource(source).setPublished("2026-03-10")
                .setDateline(null).setTitle("Test article").setBody(body).setReceivedAt(Instant.EPOCH).build();
        return EXTRACTOR.enrich(a).getEntities().stream().map(EntityCountryAcrossStylesTest::line).toList();
    }

    private static String line(Entity e) {
        return e.getName() + " | " + e.getType() + " | " + or(e.getTitle()) + " | " + or(e.getCountry());
    }

    private static String or(CharSequence s) {
        return s == null ? "-" : s.toString();
    }

    @Test
    void provincesAndSmallerCitiesLieInTheirCountry() {
        assertEquals(List.of(
                "Jakarta | LOCATION | - | ID",
                "Dodi Hartono | PERSON | Minister of Public Works of Indonesia | ID",
                "Makassar | LOCATION | - | ID",
                "South Sulawesi | LOCATION | - | ID",
                "Manado | LOCATION | - | ID",
                "Kupang | LOCATION | - | ID",
                "Ministry of Public Works | ORGANIZATION | - | ID",
                "Medan | LOCATION | - | ID",
                "North Sumatra | LOCATION | - | ID"),
                entities("https://en.antaranews.com/news/1", "Antara", "Jakarta (ANTARA) - Indonesian Minister of "
                        + "Public Works Dodi Hartono inspected a dam in Makassar, South Sulawesi, on Thursday. Hartono "
                        + "later visited Manado and Kupang. The Ministry of Public Works will build a toll road in "
                        + "Medan, North Sumatra."));
        assertEquals(List.of(
                "Igor Semyonov | PERSON | Deputy Foreign Minister of Russia | RU",
                "Dushanbe | LOCATION | - | TJ",
                "Bishkek | LOCATION | - | KG",
                "Osh | LOCATION | - | KG",
                "Samarkand | LOCATION | - | UZ",
                "Karakalpakstan | LOCATION | - | UZ"),
                entities("https://www.interfax.ru/world/1", "Interfax", "MOSCOW, March 14 (Interfax) - Russian Deputy "
                        + "Foreign Minister Igor Semyonov held talks in Dushanbe on Friday. Semyonov will travel to "
                        + "Bishkek, Osh and Samarkand, and then to Karakalpakstan."));
    }

    @Test
    void aPlaceTheGazetteerKnowsKeepsItsCountryWhateverCountryTheStoryIsAbout() {
        // the story is about Uganda, Oman, Morocco: Kenyan, Omani-Saudi and Spanish places keep their own country
        assertEquals(List.of(
                "Kisumu | LOCATION | - | KE",
                "Eldoret | LOCATION | - | KE",
                "Uganda | LOCATION | - | UG",
                "Kampala | LOCATION | - | UG"),
                entities("https://www.example-news.com/africa/1", "Example Wire", "Ugandan traders travelled from "
                        + "Kisumu and Eldoret to Uganda on Monday. The convoy reached Kampala on Tuesday."));
        assertEquals(List.of(
                "Saudi Arabia | LOCATION | - | SA",
                "Khalid Al-Mutlaq | PERSON | Minister of Investment of Saudi Arabia | SA",
                "Muscat | LOCATION | - | OM",
                "Salalah | LOCATION | - | OM",
                "Sohar | LOCATION | - | OM",
                "Dammam | LOCATION | - | SA"),
                entities("https://www.arabnews.com/node/1", "Arab News", "Saudi Arabia's Minister of Investment Khalid "
                        + "Al-Mutlaq arrived in Muscat on Sunday. Al-Mutlaq later visited Salalah and Sohar before "
                        + "returning to Dammam."));
        assertEquals(List.of(
                "Luis Ortega | PERSON | Prime Minister of Spain | ES",
                "Rabat | LOCATION | - | MA",
                "Tangier | LOCATION | - | MA",
                "Ceuta | LOCATION | - | ES",
                "Melilla | LOCATION | - | ES"),
                entities("https://www.efe.com/efe/1", "EFE", "MADRID, April 10 (EFE) - Spanish Prime Minister Luis "
                        + "Ortega will travel to Rabat and Tangier. He will also visit Ceuta and Melilla."));
    }

    @Test
    void pacificCapitalsIslandsAndTownsInAFirstPersonRelease() {
        assertEquals(List.of(
                "Fiji | LOCATION | - | FJ",
                "Tonga | LOCATION | - | TO",
                "Nadi | LOCATION | - | FJ",
                "Josefa Ratu | PERSON | Prime Minister of Fiji | FJ",
                "Nuku'alofa | LOCATION | - | TO",
                "Koror | LOCATION | - | PW"),
                entities("https://www.dfat.gov.au/news/media-release/1", "Minister for Foreign Affairs",
                        "I will travel to Fiji and Tonga this week. In Nadi I will meet Fijian Prime Minister Josefa "
                        + "Ratu. In Nuku'alofa I will open a new school, and I will then fly to Koror."));
    }

    @Test
    void developmentBanksFundsAndStateCompaniesBelongToTheirState() {
        assertEquals(List.of(
                "Razlan Hamid | PERSON | Deputy Prime Minister | MY",
                "Sabah | LOCATION | - | MY",
                "Petronas | ORGANIZATION | - | MY",
                "Asian Development Bank | ORGANIZATION | - | -"),
                entities("https://www.bernama.com/en/news.php?id=1", "Bernama", "KOTA KINABALU, March 11 (Bernama) -- "
                        + "Deputy Prime Minister Razlan Hamid said a new bridge will be built in Sabah. Petronas will "
                        + "fund part of the project, together with the Asian Development Bank."));
        assertEquals(List.of(
                "Igor Semyonov | PERSON | envoy | RU",
                "Gazprom | ORGANIZATION | - | RU",
                "Rosatom | ORGANIZATION | - | RU",
                "KazMunayGas | ORGANIZATION | - | KZ"),
                entities("https://www.interfax.ru/business/1", "Interfax", "Russian envoy Igor Semyonov said Gazprom "
                        + "and Rosatom will take part. KazMunayGas will expand its field."));
        assertEquals(List.of(
                "Khalid Al-Mutlaq | PERSON | - | SA",
                "the Saudi Fund for Development | ORGANIZATION | - | SA",
                "Aden | LOCATION | - | YE",
                "Yemen | LOCATION | - | YE"),
                entities("https://www.arabnews.com/node/2", "Arab News", "Saudi official Khalid Al-Mutlaq said the "
                        + "Saudi Fund for Development will finance a hospital in Aden, Yemen."));
    }

    @Test
    void aGovernmentsOwnOfficialsServeThePublisher() {
        assertEquals(List.of(
                "Matthias Kerber | PERSON | Federal Chancellor | DE",
                "Abuja | LOCATION | - | NG",
                "Emeka Obi | PERSON | President | NG",
                "Petra Lindauer | PERSON | Federal Minister for Economic Cooperation | DE",
                "KfW Development Bank | ORGANIZATION | - | DE",
                "Kano | LOCATION | - | NG",
                "Accra | LOCATION | - | GH",
                "Ghana | LOCATION | - | GH"),
                entities("https://www.bundesregierung.de/breg-en/news/1", "German Federal Government",
                        "Federal Chancellor Matthias Kerber will travel to Abuja on Monday. The Chancellor will meet "
                        + "President Emeka Obi. Federal Minister for Economic Cooperation Petra Lindauer will accompany "
                        + "him. KfW Development Bank will support a solar plant in Kano. Kerber will then visit Accra "
                        + "in Ghana."));
        assertEquals(List.of(
                "Jakarta | LOCATION | - | ID",
                "Budi Santoso | PERSON | President | ID",
                "Europe | LOCATION | - | -",
                "Claire Delorme | PERSON | Minister for Europe and Foreign Affairs | FR",
                "Yogyakarta | LOCATION | - | ID"),
                entities("https://www.elysee.fr/en/emmanuel-macron/1", "Elysee", "The President of the Republic will "
                        + "travel to Jakarta from 20 to 22 March. He will meet President Budi Santoso. The Minister "
                        + "for Europe and Foreign Affairs, Claire Delorme, will travel to Yogyakarta."));
    }

    @Test
    void listedPlacesAndBodiesTakenForPersonsAreThePlaceAndTheBody() {
        assertEquals(List.of(
                "Vietnam | LOCATION | - | VN",
                "Nguyen Van Thanh | PERSON | Trade Minister of Vietnam | VN",
                "Da Nang | LOCATION | - | VN",
                "Hai Phong | LOCATION | - | VN",
                "Vingroup | ORGANIZATION | - | VN"),
                entities("https://www.bloomberg.com/news/1", "Bloomberg", "Vietnam's Trade Minister Nguyen Van Thanh "
                        + "visited Da Nang and Hai Phong, where Vingroup will build a plant."));
    }
}
