package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    @Test
    void unionsAreFlattenedAndTimestampsAreIsoInstants() {
        JsonNode json = RecordJson.toJson(SampleRecords.visitEvent());

        assertEquals("Jane Example", json.at("/visitor/name").asText());
        assertEquals("NO", json.get("country").asText());
        assertEquals("COMPLETED", json.get("status").asText());
        assertEquals("2024-03-05T10:15:30Z", json.get("updatedAt").asText());
        assertEquals("a-1", json.at("/sources/0/articleId").asText());
        assertEquals("visit.move-verb", json.at("/rules/0").asText());
    }

    @Test
    void rulesAreAnArrayOfIdsOnVisitsAndCommitments() {
        JsonNode json = RecordJson.toJson(SampleRecords.enrichedArticle());

        assertEquals("commitment.will-verb", json.at("/commitments/0/rules/0").asText());
        assertEquals(2, json.at("/visits/0/rules").size());
        assertTrue(json.get("visitEvents").isArray());
    }

    @Test
    void absentOptionalFieldsAreJsonNull() {
        JsonNode json = RecordJson.toJson(SampleRecords.enrichedArticle());

        assertTrue(json.at("/entities/0/title").isNull());
        assertEquals(5.0e7, RecordJson.toJson(SampleRecords.commitment()).get("amount").asDouble());
    }
}
