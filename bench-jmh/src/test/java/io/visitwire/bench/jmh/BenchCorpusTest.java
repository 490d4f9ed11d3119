package io.visitwire.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.Article;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cheap checks of what the benchmarks set up, without loading CoreNLP or running a benchmark. */
class BenchCorpusTest {

    @Test
    void theCorpusLoadsInFileOrderWithEveryFieldTheEngineReads() {
        List<Article> articles = BenchCorpus.articles();

        assertEquals(20, articles.size());
        assertEquals(articles, BenchCorpus.articles(), "same articles, same order on every load");
        for (Article a : articles) {
            assertFalse(a.getTitle().toString().isBlank());
            assertTrue(a.getBody().length() > 1_000, a.getId() + " has a wire-story body");
            assertNotNull(a.getPublished());
            assertNotNull(a.getDateline());
        }
    }

    @Test
    void theAnnotationProcessorListedTheThreeBenchmarks() throws Exception {
        try (InputStream in = SpeedGuard.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "JMH's generated benchmark list");
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String benchmark : List.of("enrich", "defaultNer", "rulesOnly")) {
                assertTrue(list.contains("SpeedGuard_" + benchmark + "_jmhTest"), benchmark + " in " + list);
            }
        }
    }
}
