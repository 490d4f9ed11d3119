package io.visitwire.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.avro.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles shipped as a JSON Lines resource (as {@code visitwire bench --corpus-out} writes them), read in file
 * order as {@code articles.raw.v1} carries them: the engine's warm-up articles and the JMH benchmarks' corpus.
 */
public final class ResourceArticles {

    private ResourceArticles() {
    }

    /** The articles of {@code resource} on {@code anchor}'s class path; a missing or unreadable one is a bug. */
    public static List<Article> read(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("articles " + resource + " are not on the classpath");
        }
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode a = RecordJson.MAPPER.readTree(line);
                    articles.add(Article.newBuilder()
                            .setId(a.get("id").asText())
                            .setSource(a.get("source").asText())
                            .setPublished(a.get("published").asText())
                            .setDateline(a.get("dateline").asText())
                            .setTitle(a.get("title").asText())
                            .setBody(a.get("body").asText())
                            .setReceivedAt(Instant.EPOCH)
                            .build());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the articles " + resource, e);
        }
        return List.copyOf(articles);
    }
}
