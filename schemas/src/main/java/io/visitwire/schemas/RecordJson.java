package io.visitwire.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.IndexedRecord;

/**
 * The JSON form of every visitwire record, for the edges (HTTP, CLI, console formatter):
 * plain JSON objects with the Avro field names, unions flattened to their value and
 * timestamps as ISO-8601 instants. Avro's own JSON encoding wraps union values in type
 * names, which no downstream reader wants.
 */
public final class RecordJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static ObjectNode toJson(IndexedRecord record) {
        return (ObjectNode) toNode(record, record.getSchema());
    }

    public static String toJsonLine(IndexedRecord record) {
        try {
            return MAPPER.writeValueAsString(toJson(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + record.getSchema().getName(), e);
        }
    }

    private static JsonNode toNode(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        switch (schema.getType()) {
            case RECORD: {
                IndexedRecord record = (IndexedRecord) value;
                ObjectNode object = NODES.objectNode();
                for (Schema.Field field : record.getSchema().getFields()) {
                    object.set(field.name(), toNode(record.get(field.pos()), field.schema()));
                }
                return object;
            }
            case UNION:
                return toNode(value, branchOf(value, schema));
            case ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (Object item : (Collection<?>) value) {
                    array.add(toNode(item, schema.getElementType()));
                }
                return array;
            }
            case MAP: {
                ObjectNode object = NODES.objectNode();
                ((Map<?, ?>) value).forEach((k, v) -> object.set(k.toString(), toNode(v, schema.getValueType())));
                return object;
            }
            case ENUM:
            case STRING:
                return NODES.textNode(value.toString());
            case LONG:
                if (value instanceof Instant instant) {
                    return NODES.textNode(instant.toString());
                }
                return "timestamp-millis".equals(schema.getProp("logicalType"))
                        ? NODES.textNode(Instant.ofEpochMilli((Long) value).toString())
                        : NODES.numberNode((Long) value);
            case INT:
                return NODES.numberNode(((Number) value).intValue());
            case FLOAT:
            case DOUBLE:
                return NODES.numberNode(((Number) value).doubleValue());
            case BOOLEAN:
                return NODES.booleanNode((Boolean) value);
            case BYTES:
                return NODES.binaryNode(((ByteBuffer) value).array());
            case FIXED:
                return NODES.binaryNode(((GenericContainer) value).getSchema().getFixedSize() > 0
                        ? ((org.apache.avro.generic.GenericFixed) value).bytes() : new byte[0]);
            default:
                return NODES.textNode(value.toString());
        }
    }

    private static Schema branchOf(Object value, Schema union) {
        for (Schema branch : union.getTypes()) {
            if (branch.getType() != Schema.Type.NULL && matches(value, branch)) {
                return branch;
            }
        }
        throw new IllegalArgumentException("Value of " + value.getClass() + " matches no branch of " + union);
    }

    private static boolean matches(Object value, Schema branch) {
        return switch (branch.getType()) {
            case STRING, ENUM -> value instanceof CharSequence || value instanceof Enum<?>
                    || value instanceof org.apache.avro.generic.GenericEnumSymbol<?>;
            case INT -> value instanceof Integer;
            case LONG -> value instanceof Long || value instanceof Instant;
            case DOUBLE, FLOAT -> value instanceof Double || value instanceof Float;
            case BOOLEAN -> value instanceof Boolean;
            case RECORD -> value instanceof IndexedRecord r && r.getSchema().getFullName().equals(branch.getFullName());
            case ARRAY -> value instanceof Collection<?>;
            case MAP -> value instanceof Map<?, ?>;
            default -> true;
        };
    }

    private RecordJson() {
    }
}
