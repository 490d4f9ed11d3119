package io.visitwire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of gold and predicted JSON: absent, null and blank all mean "not given". */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        return textOf(node.get(field));
    }

    static List<JsonNode> items(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode array = node == null ? null : node.get(field);
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    /** Host lists hold names, though an extractor may give objects with a {@code name}. */
    static List<String> names(JsonNode node, String field) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : items(node, field)) {
            String name = item.isObject() ? textOf(item.get("name")) : textOf(item);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static String textOf(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
