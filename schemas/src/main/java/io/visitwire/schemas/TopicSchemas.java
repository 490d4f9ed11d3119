package io.visitwire.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The topic contract for readers in any language: for each topic whose values are Avro, one self-contained
 * {@code .avsc} (every named type inlined, as the generated class holds it), its fingerprint as the 8 bytes
 * that follow the marker in each message, and an {@code index.json} mapping each fingerprint a writer may have
 * used (this release's and every {@linkplain SchemaHistory released} one) to its schema file. They are committed
 * under {@code schemas/src/main/resources/topic-schemas/} and ship in the schemas jar under
 * {@code topic-schemas/}; {@code TopicSchemasTest} keeps them equal to the classes' schemas.
 *
 * <p>Wire format of every value: {@code C3 01}, then the writer schema's CRC-64-AVRO fingerprint
 * ({@link SchemaNormalization#parsingFingerprint64}) of its Parsing Canonical Form, little-endian, then the Avro
 * binary body.
 */
public final class TopicSchemas {

    /** Where the files live in the schemas jar (and under {@code src/main/resources}). */
    public static final String DIRECTORY = "topic-schemas";
    public static final String INDEX = "index.json";

    /** One Avro topic's value schema. */
    public record TopicSchema(String topic, Schema schema) {

        public String avscFile() {
            return topic + ".avsc";
        }

        public String fingerprintFile() {
            return topic + ".fingerprint";
        }

        /** The 8 fingerprint bytes of a message written with this schema, as lowercase hex. */
        public String fingerprintHex() {
            return TopicSchemas.fingerprintHex(schema);
        }
    }

    /** The topics whose values are Avro, in {@link Topics#ALL}'s order (the dead-letter topic holds raw bytes). */
    public static List<TopicSchema> all() {
        List<TopicSchema> schemas = new ArrayList<>();
        for (Topic<?, ?> topic : Topics.ALL) {
            if (topic.valueSerde() instanceof AvroSerde<?> avro) {
                schemas.add(new TopicSchema(topic.name(), avro.schema()));
            }
        }
        return schemas;
    }

    /** The fingerprint bytes as they stand in a message (bytes 2 to 9), lowercase hex. */
    public static String fingerprintHex(Schema schema) {
        byte[] bytes = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(SchemaNormalization.parsingFingerprint64(schema)).array();
        return HexFormat.of().formatHex(bytes);
    }

    /** Every file of {@value #DIRECTORY}, by name, with its exact content. */
    public static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        ObjectNode topics = JsonNodeFactory.instance.objectNode();
        for (TopicSchema topic : all()) {
            files.put(topic.avscFile(), topic.schema().toString(true) + "\n");
            files.put(topic.fingerprintFile(), topic.fingerprintHex() + "\n");

            ObjectNode entry = topics.putObject(topic.topic());
            entry.put("valueType", topic.schema().getFullName());
            entry.put("schema", topic.avscFile());
            entry.put("fingerprint", topic.fingerprintHex());
            ObjectNode writers = entry.putObject("writerSchemas");
            writers.put(topic.fingerprintHex(), topic.avscFile());
            List<Schema> released = SchemaHistory.releasedVersions(topic.schema());
            for (int version = 1; version <= released.size(); version++) {
                String fingerprint = fingerprintHex(released.get(version - 1));
                if (!writers.has(fingerprint)) {
                    writers.put(fingerprint, "../schema-history/" + topic.schema().getName() + "/v" + version + ".avsc");
                }
            }
        }
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        index.put("format", "Avro single-object encoding: bytes C3 01, then the 8-byte CRC-64-AVRO fingerprint of the"
                + " writer schema's Parsing Canonical Form (little-endian; the hex here is those 8 bytes as they stand"
                + " in the message), then the Avro binary body. Decode with the writer schema found by fingerprint in"
                + " writerSchemas, resolved to the topic's schema. Keys are UTF-8 strings. articles.dlq.v1 holds the"
                + " original bytes of records that failed, with headers saying why.");
        index.set("topics", topics);
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            files.put(INDEX, RecordJson.MAPPER.writer(printer).writeValueAsString(index) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + INDEX, e);
        }
        return files;
    }

    /** Writes {@link #files()} into a directory: {@code TopicSchemas DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TopicSchemas DIRECTORY");
            System.exit(2);
        }
        Path directory = Files.createDirectories(Path.of(args[0]));
        for (Map.Entry<String, String> file : files().entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private TopicSchemas() {
    }
}
