package io.visitwire.ops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenApiDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEALTH = "{\"get\":{\"responses\":{\"200\":{\"description\":\"up\"}}}}";

    @Test
    void addsThePathsAndComponentsOfTheOtherKeepingThoseBothDefineAlike() throws Exception {
        byte[] merged = OpenApiDocuments.merge(doc("ingest", "/articles", "Article"), doc("query", "/visits", "Visit"));
        JsonNode document = JSON.readTree(merged);
        assertEquals("3.0.3", document.get("openapi").asText());
        assertEquals("ingest + query", document.at("/info/title").asText());
        assertTrue(document.at("/info/description").asText().contains("query: about query"));
        assertEquals(3, document.get("paths").size(), document.toString());
        assertTrue(document.at("/paths/~1visits/get").isObject());
        assertTrue(document.at("/paths/~1articles/get").isObject());
        assertTrue(document.at("/components/schemas/Visit").isObject());
        assertTrue(document.at("/components/schemas/Article").isObject());
        assertTrue(document.at("/components/schemas/Shared").isObject());
    }

    @Test
    void refusesAPathOrComponentThatTheTwoDefineDifferently() {
        IllegalArgumentException path = assertThrows(IllegalArgumentException.class, () -> OpenApiDocuments.merge(
                doc("a", "/x", "A"), bytes(new String(doc("b", "/y", "B"), StandardCharsets.UTF_8)
                        .replace("\"description\":\"up\"", "\"description\":\"other\""))));
        assertTrue(path.getMessage().contains("path /health"), path.getMessage());
        IllegalArgumentException component = assertThrows(IllegalArgumentException.class, () -> OpenApiDocuments.merge(
                doc("a", "/x", "A"), bytes(new String(doc("b", "/y", "B"), StandardCharsets.UTF_8)
                        .replace("\"Shared\":{\"type\":\"string\"}", "\"Shared\":{\"type\":\"integer\"}"))));
        assertTrue(component.getMessage().contains("component schemas Shared"), component.getMessage());
    }

    private static byte[] doc(String title, String path, String schema) {
        return bytes("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"" + title + "\",\"description\":\"about " + title + "\"},"
                + "\"paths\":{\"" + path + "\":{\"get\":{\"responses\":{}}},\"/health\":" + HEALTH + "},"
                + "\"components\":{\"schemas\":{\"" + schema + "\":{\"type\":\"object\"},\"Shared\":{\"type\":\"string\"}}}}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
