package io.visitwire.bench.jmh;

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
 * The fixed corpus of the benchmarks, in file order: {@value #RESOURCE}, the 20 generated articles that
 * {@code visitwire bench} measures by default ({@code ./visitwire bench --corpus-out FILE}, default
 * {@code --articles} and {@code --seed}), as {@code articles.raw.v1} carries them. A file rather than the
 * generator, so the guard's text cannot move under it; the launcher's {@code BenchJmhCorpusTest} says when
 * the generator's default corpus and this file part.
 */
public final class BenchCorpus {

    static final String RESOURCE = "/bench-corpus.jsonl";

    private BenchCorpus() {
    }

    public static List<Article> articles() {
        InputStream in = BenchCorpus.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bench corpus " + RESOURCE + " is not on the classpath");
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
            throw new UncheckedIOException("cannot read the bench corpus " + RESOURCE, e);
        }
        return List.copyOf(articles);
    }
}
