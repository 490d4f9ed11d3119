package io.visitwire.kafkaui;

import io.kafbat.ui.serde.api.DeserializeResult;
import io.kafbat.ui.serde.api.PropertyResolver;
import io.kafbat.ui.serde.api.RecordHeader;
import io.kafbat.ui.serde.api.RecordHeaders;
import io.kafbat.ui.serde.api.SchemaDescription;
import io.kafbat.ui.serde.api.Serde;
import io.visitwire.schemas.AvroSerde;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topic;
import io.visitwire.schemas.TopicRecordJson;
import io.visitwire.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * kafbat kafka-ui's view of visitwire's topics: each value of {@code articles.raw.v1}, {@code articles.enriched.v1},
 * {@code visits.v1} and {@code commitments.v1} as the project's JSON form (the lines of {@code visitwire tail} and
 * the console-consumer formatter), a dead letter on {@code articles.dlq.v1} as its headers and original bytes, and
 * keys as strings. A value that cannot be decoded is shown, not hidden: kafka-ui would otherwise fall back to its
 * String serde silently, so the result is {@code {"error":"...","valueBase64":"..."}} and the error is in the
 * value's properties too.
 *
 * <p>Loaded by kafka-ui from {@code visitwire-kafka-ui-serde.jar} in a classloader of its own:
 * <pre>
 * KAFKA_CLUSTERS_0_SERDE_0_NAME: visitwire
 * KAFKA_CLUSTERS_0_SERDE_0_FILEPATH: /serdes/visitwire-kafka-ui-serde.jar
 * KAFKA_CLUSTERS_0_SERDE_0_CLASSNAME: io.visitwire.kafkaui.VisitwireSerde
 * KAFKA_CLUSTERS_0_SERDE_0_TOPICKEYSPATTERN / _TOPICVALUESPATTERN: articles\.(raw|enriched|dlq)\.v1|visits\.v1|commitments\.v1
 * </pre>
 * It takes no properties. Values are written by visitwire's services only (articles through the HTTP API), so it
 * serializes keys (UTF-8) but no values.
 */
public final class VisitwireSerde implements Serde {

    @Override
    public void configure(PropertyResolver serdeProperties, PropertyResolver kafkaClusterProperties,
                          PropertyResolver globalProperties) {
        // load the topics' decoders (schemas and their released versions) now, inside kafka-ui's classloader swap
        Topics.ALL.forEach(Topic::valueSerde);
    }

    @Override
    public Optional<String> getDescription() {
        return Optional.of("visitwire topics: Avro single-object values as the project's JSON form, dead letters as "
                + "their headers and original bytes, keys as UTF-8 strings.");
    }

    @Override
    public Optional<SchemaDescription> getSchema(String topic, Target type) {
        return Optional.empty();
    }

    @Override
    public boolean canDeserialize(String topic, Target type) {
        return Topics.byName(topic).isPresent();
    }

    @Override
    public boolean canSerialize(String topic, Target type) {
        return type == Target.KEY && Topics.byName(topic).isPresent();
    }

    @Override
    public Serializer serializer(String topic, Target type) {
        if (!canSerialize(topic, type)) {
            throw new IllegalStateException("visitwire writes the values of " + topic + " itself (articles: POST "
                    + "/articles); this serde only reads them");
        }
        return input -> input == null ? null : input.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Deserializer deserializer(String topic, Target type) {
        if (type == Target.KEY) {
            return (headers, data) -> new DeserializeResult(TopicRecordJson.text(data), DeserializeResult.Type.STRING,
                    Map.of());
        }
        Topic<?, ?> contract = Topics.byName(topic)
                .orElseThrow(() -> new IllegalArgumentException("Not a visitwire topic: " + topic));
        if (contract == Topics.ARTICLES_DLQ) {
            return (headers, data) -> json(TopicRecordJson.deadLetterValue(data, kafkaHeaders(headers)).toString(),
                    Map.of());
        }
        String valueType = ((AvroSerde<?>) contract.valueSerde()).schema().getFullName();
        return (headers, data) -> {
            if (data == null) {
                return new DeserializeResult(null, DeserializeResult.Type.STRING, Map.of());
            }
            try {
                String value = RecordJson.MAPPER.writeValueAsString(TopicRecordJson.value(topic, null, data, null));
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("valueType", valueType);
                if (data.length >= 10) {
                    properties.put("writerFingerprint", HexFormat.of().formatHex(data, 2, 10));
                }
                return json(value, properties);
            } catch (Exception e) {
                String error = e.getMessage() == null ? e.toString() : e.getMessage();
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("error", error);
                shown.put("valueBase64", Base64.getEncoder().encodeToString(data));
                try {
                    return json(RecordJson.MAPPER.writeValueAsString(shown), Map.of("error", error));
                } catch (Exception unexpected) {
                    return new DeserializeResult(error, DeserializeResult.Type.STRING, Map.of("error", error));
                }
            }
        };
    }

    private static DeserializeResult json(String json, Map<String, Object> properties) {
        return new DeserializeResult(json, DeserializeResult.Type.JSON, properties);
    }

    private static org.apache.kafka.common.header.Headers kafkaHeaders(RecordHeaders headers) {
        org.apache.kafka.common.header.internals.RecordHeaders kafka =
                new org.apache.kafka.common.header.internals.RecordHeaders();
        if (headers != null) {
            for (RecordHeader header : headers) {
                kafka.add(header.key(), header.value());
            }
        }
        return kafka;
    }
}
