package io.visitwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.cli.Engine;
import io.visitwire.schemas.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code visitwire extract} on the project's copy of the dev articles: one valid line per article. */
class ExtractDevArticlesIT {

    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final Set<String> STATUSES = Set.of("COMPLETED", "ONGOING", "PLANNED", "CANCELLED");
    private static final Set<String> KINDS = Set.of("PROMISE", "PLAN", "PLEDGE", "OFFER");

    @Test
    void everyDevArticleGetsOneContractLineInTheSameOrder() throws IOException {
        List<String> lines = devArticles();
        OfflineExtractor extractor = new OfflineExtractor(Engine.loadEnricher(), Clock.systemUTC());

        for (int i = 0; i < lines.size(); i++) {
            JsonNode input = RecordJson.MAPPER.readTree(lines.get(i));
            JsonNode output = RecordJson.MAPPER.readTree(
                    RecordJson.MAPPER.writeValueAsString(extractor.extractLine(lines.get(i), i + 1)));

            assertEquals(input.get("id").asText(), output.get("id").asText());
            assertFalse(output.has("error"), output.path("error").asText());
            assertTrue(output.get("entities").size() > 0, "no entities for " + output.get("id"));
            for (JsonNode entity : output.get("entities")) {
                assertTrue(ENTITY_TYPES.contains(entity.get("type").asText()), entity.toString());
                assertCountryCode(entity.get("country"));
            }
            for (JsonNode visit : output.get("visits")) {
                assertTrue(STATUSES.contains(visit.get("status").asText()), visit.toString());
                assertCountryCode(visit.get("country"));
                assertDate(visit.get("start"));
                assertDate(visit.get("end"));
                assertTrue(visit.get("rules").size() > 0, "no rule named on " + visit);
            }
            for (JsonNode commitment : output.get("commitments")) {
                assertTrue(KINDS.contains(commitment.get("kind").asText()), commitment.toString());
                assertDate(commitment.get("due"));
                assertTrue(commitment.get("rules").size() > 0, "no rule named on " + commitment);
            }
        }
    }

    @Test
    void aLineThatIsNotAnArticleStillGetsItsOutputLine() {
        OfflineExtractor extractor = new OfflineExtractor(Engine.loadEnricher(), Clock.systemUTC());

        JsonNode output = RecordJson.MAPPER.valueToTree(extractor.extractLine("{\"id\":\"x\",\"title\":\"no body\"}", 7));

        assertEquals("x", output.get("id").asText());
        assertTrue(output.get("error").asText().startsWith("line 7"), output.toString());
        assertEquals(0, output.get("visits").size());
    }

    private static void assertCountryCode(JsonNode country) {
        assertTrue(country == null || country.isNull() || country.asText().matches("[A-Z]{2}"), String.valueOf(country));
    }

    private static void assertDate(JsonNode date) {
        assertTrue(date == null || date.isNull() || date.asText().matches("\\d{4}-\\d{2}(-\\d{2})?"), String.valueOf(date));
    }

    static List<String> devArticles() throws IOException {
        try (InputStream in = ExtractDevArticlesIT.class.getResourceAsStream("/dev/articles.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
