package io.visitwire.extraction.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.extraction.nlp.NlpPipeline;
import io.visitwire.schemas.avro.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cost of the whole enrichment (CoreNLP + rules), not a unit test: enriches the articles of a JSON
 * Lines file once to warm up, then {@code rounds} times, and prints tokens per second (tokens as the
 * pipeline counts them in the bodies). Run from the repository root after {@code mvn -o -q -pl
 * enrich-service -am install -DskipTests} and {@code mvn -o -q -pl enrich-service test-compile}:
 * <pre>
 * java -Xmx3g -cp "enrich-service/target/classes:enrich-service/target/test-classes:launcher/target/lib/*" \
 *   io.visitwire.extraction.probe.EnrichBench ../shared/data/dev/articles.jsonl 3
 * </pre>
 */
public final class EnrichBench {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/work/shared/data/dev/articles.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ObjectMapper om = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        long tokens = 0;
        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.shared();
        System.out.printf("pipeline load %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = om.readTree(line);
            Article art = Article.newBuilder().setId(a.get("id").asText()).setUrl(text(a, "url"))
                    .setSource(text(a, "source")).setPublished(text(a, "published")).setDateline(text(a, "dateline"))
                    .setTitle(a.get("title").asText()).setBody(a.get("body").asText()).setReceivedAt(Instant.now())
                    .build();
            articles.add(art);
            java.time.LocalDate d = java.time.LocalDate.parse(art.getPublished().toString().substring(0, 10));
            tokens += nlp.parse(art.getBody().toString(), d).sentences().stream().mapToInt(s -> s.tokens().size()).sum();
            tokens += nlp.parse(art.getTitle().toString(), d).sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        }
        CoreNlpExtractor enricher = new CoreNlpExtractor();
        articles.forEach(enricher::enrich); // warm-up
        for (int r = 1; r <= rounds; r++) {
            long t = System.nanoTime();
            articles.forEach(enricher::enrich);
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("round %d: %d articles, %d tokens (bodies + titles) in %.2f s = %.0f tokens/s%n", r,
                    articles.size(), tokens, s, tokens / s);
        }
    }

    private static String text(JsonNode a, String f) {
        return a.hasNonNull(f) ? a.get(f).asText() : null;
    }
}
