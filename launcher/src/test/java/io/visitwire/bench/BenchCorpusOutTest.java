package io.visitwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCorpusOutTest {

    @Test
    void writesTheGeneratedCorpusAsArticlesTheApiTakesAndMeasuresNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.jsonl");

        int exit = new CommandLine(new BenchCommand()).execute("--corpus-out", file.toString(), "--articles", "3", "--seed", "5");

        assertEquals(0, exit);
        List<String> lines = Files.readAllLines(file);
        List<SyntheticArticle> expected = new CorpusGenerator(5).generate(3);
        assertEquals(3, lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 3; i++) {
            JsonNode article = json.readTree(lines.get(i));
            assertEquals(expected.get(i).id(), article.get("id").asText());
            assertEquals(expected.get(i).body(), article.get("body").asText());
            assertEquals(expected.get(i).published().toString(), article.get("published").asText());
        }
    }
}
