package io.visitwire.ops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks an HTTP answer against the response an OpenAPI document declares for it: the status, a declared media type,
 * the declared headers, the schema's required fields, and for a problem document its status and a documented
 * {@code type}. Shared by the services' OpenAPI document tests.
 */
public final class DocumentedResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final String problemTypes;

    /** @param problemTypes JSON pointer of the enum of problem types, e.g. {@code /components/schemas/ProblemType/enum} */
    public DocumentedResponses(JsonNode document, String problemTypes) {
        this.document = document;
        this.problemTypes = problemTypes;
    }

    /** @param key names the case in failures, e.g. {@code "POST /articles 400"} */
    public void assertAsDeclared(String key, JsonNode declared, HttpResponse<String> response, int status)
            throws Exception {
        assertEquals(status, response.statusCode(), key + ": " + response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";")[0].trim();
        JsonNode content = declared.get("content");
        assertNotNull(content, key + " declares no content");
        assertTrue(content.has(mediaType), key + ": answered " + contentType + ", the document declares "
                + content.fieldNames().next());
        for (Iterator<String> headers = declared.path("headers").fieldNames(); headers.hasNext(); ) {
            String header = headers.next();
            assertTrue(response.headers().firstValue(header).isPresent(), key + ": no " + header + " header");
        }
        JsonNode schema = resolve(content.get(mediaType).path("schema"));
        if (mediaType.endsWith("json")) {
            JsonNode body = JSON.readTree(response.body());
            for (JsonNode required : schema.path("required")) {
                assertTrue(body.has(required.asText()), key + ": no '" + required.asText() + "' in " + response.body());
            }
            if (mediaType.equals(ProblemDetails.CONTENT_TYPE)) {
                assertEquals(status, body.get("status").asInt(), key);
                List<String> types = new ArrayList<>();
                document.at(problemTypes).forEach(type -> types.add(type.asText()));
                assertTrue(types.contains(body.get("type").asText()), key + ": undocumented type " + body.get("type"));
            }
        }
    }

    /** The node a {@code $ref} chain ends at. */
    public JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
