package io.visitwire.ingest;

import io.visitwire.schemas.avro.Article;
import java.time.Instant;

/** Articles and JSON documents shared by the tests. */
public final class TestArticles {

    public static Article article(String id) {
        return Article.newBuilder()
                .setId(id)
                .setUrl(null)
                .setSource("American Forces Press Service")
                .setPublished("2010-06-07")
                .setDateline(null)
                .setTitle("Gates Thanks Azerbaijan for Support")
                .setBody("After arriving in the Azerbaijani capital of Baku yesterday, Gates met President Ilham Aliyev.")
                .setReceivedAt(Instant.parse("2024-05-01T10:15:30Z"))
                .build();
    }

    /** One valid article as a single line of JSON. */
    public static String json(String id) {
        return "{\"id\":\"" + id + "\",\"source\":\"American Forces Press Service\",\"published\":\"2010-06-07\","
                + "\"title\":\"Gates Thanks Azerbaijan\",\"body\":\"After arriving in Baku, Gates met Aliyev.\","
                + "\"gold\":{\"visits\":[]}}";
    }

    private TestArticles() {
    }
}
