package io.visitwire.ops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /** Every response the document declares, keyed {@code "METHOD path status"} in document order, resolved. */
    public Map<String, JsonNode> declared() {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().get("responses").fields().forEachRemaining(response -> declared.put(
                        operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + response.getKey(),
                        resolve(response.getValue())))));
        return declared;
    }

    /** Every operation the document declares, as {@code "METHOD path"}. */
    public Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return routes;
    }

    /** The node a {@code $ref} chain ends at. */
    public JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
