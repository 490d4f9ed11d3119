package io.visitwire.ops.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * One OpenAPI 3 document for one server that serves the routes of several: {@code visitwire up} serves the ingest
 * API and the sink's query API on one port, so its {@code /openapi.json} must describe both.
 */
public final class OpenApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocuments() {
    }

    /**
     * {@code base} with the paths and components of {@code more}: the base's {@code openapi}, {@code servers} and
     * security; a title naming both and both descriptions. A path or component both define must be the same in
     * both (the operator endpoints, say); a different definition under one name is refused, so that no route is
     * documented as something it is not.
     *
     * @throws IllegalArgumentException naming the path or component the two documents define differently
     */
    public static byte[] merge(byte[] base, byte[] more) {
        ObjectNode merged = read(base);
        ObjectNode added = read(more);
        ObjectNode info = merged.withObjectProperty("info");
        JsonNode addedInfo = added.path("info");
        info.put("title", info.path("title").asText() + " + " + addedInfo.path("title").asText());
        info.put("description", info.path("description").asText() + "\n\n" + addedInfo.path("title").asText() + ": "
                + addedInfo.path("description").asText());
        mergeMembers(merged.withObjectProperty("paths"), added.path("paths"), "path");
        for (Iterator<Map.Entry<String, JsonNode>> sections = added.path("components").fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            mergeMembers(merged.withObjectProperty("components").withObjectProperty(section.getKey()), section.getValue(),
                    "component " + section.getKey());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the merged OpenAPI document", e);
        }
    }

    private static void mergeMembers(ObjectNode into, JsonNode from, String what) {
        for (Iterator<Map.Entry<String, JsonNode>> members = from.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode existing = into.get(member.getKey());
            if (existing == null) {
                into.set(member.getKey(), member.getValue());
            } else if (!existing.equals(member.getValue())) {
                throw new IllegalArgumentException("The OpenAPI documents define " + what + " " + member.getKey()
                        + " differently; give one of them another name");
            }
        }
    }

    private static ObjectNode read(byte[] document) {
        try {
            JsonNode node = JSON.readTree(document);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("An OpenAPI document is a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON document: " + e.getMessage(), e);
        }
    }
}
