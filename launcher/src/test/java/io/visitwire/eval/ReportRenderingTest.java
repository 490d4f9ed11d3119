package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    private static final String SENTENCE = "Gates promised to relay the message to Clinton.";

    /** Gold: two visits and one commitment; predicted: one visit with a wrong start, one invented commitment. */
    private static Report flawedReport() {
        Extraction gold = new Extraction()
                .entity("Baku", "LOCATION", "AZ")
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", "2010-06-07", "COMPLETED")
                .visit("Robert M. Gates", "London", "GB", null, null, "PLANNED")
                .commitment("Robert M. Gates", null, "relay the message to Clinton", "PROMISE", null, SENTENCE);
        Extraction predicted = new Extraction()
                .entity("Baku", "LOCATION", "AZ")
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-07", "2010-06-07", "COMPLETED")
                .commitment("Robert M. Gates", null, "relay the message to Clinton", "PROMISE", null, SENTENCE)
                .commitment("Barack Obama", null, "keep Karabakh a priority", "PROMISE", null, "Obama said so.");
        return Scorer.score(List.of(gold.asGold("baku"), new Extraction().asGold("call")),
                Map.of("baku", predicted.asPrediction("baku"), "call", new Extraction().asPrediction("call")));
    }

    @Test
    void tableShowsThreeDecimalsAndCounts() {
        String table = flawedReport().toTable();

        assertTrue(table.contains("visitwire eval: 2 articles, 2 with predictions"), table);
        assertTrue(table.matches("(?s).*visits\\s+1\\.000\\s+0\\.500\\s+0\\.667\\s+1\\s+0\\s+1\\R.*"), table);
        assertTrue(table.matches("(?s).*commitments\\s+0\\.500\\s+1\\.000\\s+0\\.667\\s+1\\s+1\\s+0\\R.*"), table);
        assertTrue(table.matches("(?s).*visit\\.start\\s+0\\.000\\s+0/1\\R.*"), table);
        assertTrue(table.matches("(?s).*person\\.country\\s+n/a\\s+0/0\\s+\\(extra\\)\\R.*"), table);
    }

    @Test
    void tableColumnsLineUp() {
        List<String> rows = flawedReport().toTable().lines().skip(2).limit(5).toList();
        int f1Column = rows.get(0).indexOf("F1") + 1;
        for (String row : rows.subList(1, rows.size())) {
            assertEquals(' ', row.charAt(f1Column + 1), row);
            assertTrue(Character.isDigit(row.charAt(f1Column)), row);
        }
    }

    @Test
    void detailListsMissesFalseHitsAndMismatches() {
        List<String> lines = flawedReport().toDetail().lines().map(line -> line.strip().replaceAll(" +", " ")).toList();

        assertEquals(List.of(
                "== baku",
                "visits miss Robert M. Gates -> London, GB (?..?, PLANNED)",
                "commitments false Barack Obama: keep Karabakh a priority [PROMISE]",
                "visit.start Robert M. Gates -> AZ: gold 2010-06-06, predicted 2010-06-07",
                "== call: all correct"), lines);
    }

    @Test
    void jsonCarriesFiguresAndDetail() {
        JsonNode json = flawedReport().toJson();

        assertEquals(2, json.get("articles").asInt());
        assertEquals(0.5, json.at("/visits/recall").asDouble());
        assertEquals(1, json.at("/visits/fn").asInt());
        assertEquals(0.0, json.at("/accuracy/visit.start/value").asDouble());
        assertTrue(json.at("/accuracy/person.country/value").isNull(), "NaN is written as null");
        JsonNode baku = json.at("/detail/0");
        assertEquals("baku", baku.get("id").asText());
        assertEquals("Robert M. Gates -> London, GB (?..?, PLANNED)", baku.at("/visits/misses/0").asText());
        assertEquals("Barack Obama: keep Karabakh a priority [PROMISE]", baku.at("/commitments/falseHits/0").asText());
        assertEquals("visit.start", baku.at("/mismatches/0/field").asText());
        assertEquals("2010-06-06", baku.at("/mismatches/0/gold").asText());
    }
}
