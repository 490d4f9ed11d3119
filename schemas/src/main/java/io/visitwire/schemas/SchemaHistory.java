package io.visitwire.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Released versions of each record's schema, kept as resources under
 * {@code schema-history/<RecordName>/v<N>.avsc}. A release that changes a schema copies the
 * previous one here first, so readers keep decoding what older producers wrote.
 */
public final class SchemaHistory {

    private static final int MAX_VERSIONS = 100;

    public static List<Schema> releasedVersions(Schema current) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; version <= MAX_VERSIONS; version++) {
            String resource = "/schema-history/" + current.getName() + "/v" + version + ".avsc";
            try (InputStream in = SchemaHistory.class.getResourceAsStream(resource)) {
                if (in == null) {
                    break;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return versions;
    }

    private SchemaHistory() {
    }
}
