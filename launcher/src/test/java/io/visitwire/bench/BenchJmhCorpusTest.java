package io.visitwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JMH speed guard's corpus file is the corpus {@code visitwire bench} measures by default (20 articles,
 * the default seed). When the generator changes on purpose, rewrite the file with
 * {@code ./visitwire bench --corpus-out bench-jmh/src/main/resources/bench-corpus.jsonl} and say so: JMH
 * figures from before and after are then of different text.
 */
class BenchJmhCorpusTest {

    private static final Path FILE = Path.of("..", "bench-jmh", "src", "main", "resources", "bench-corpus.jsonl");

    @Test
    void theJmhCorpusFileIsTheBenchDefaultCorpus() throws Exception {
        List<String> expected = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).generate(20).stream()
                .map(SyntheticArticle::toJson).toList();

        assertEquals(expected, Files.readAllLines(FILE, StandardCharsets.UTF_8));
    }
}
