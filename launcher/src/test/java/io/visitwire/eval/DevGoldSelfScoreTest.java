package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dev articles' gold, taken as a prediction, must score perfectly: otherwise the
 * scorer's own rules (name folding, one-to-one pairing) disagree with the annotation.
 */
class DevGoldSelfScoreTest {

    private static final String DEV_ARTICLES = "/dev/articles.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> goldArticles;
    private static Report report;

    @BeforeAll
    static void scoreGoldAgainstItself() throws IOException {
        goldArticles = readLines();
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        for (JsonNode article : goldArticles) {
            predictions.put(article.get("id").asText(), article.get("gold"));
        }
        report = Scorer.score(goldArticles, predictions);
    }

    @Test
    void everyAreaHasF1One() {
        for (Area area : Area.values()) {
            Prf counts = report.counts(area);
            assertEquals(0, counts.fp(), area.label());
            assertEquals(0, counts.fn(), area.label());
            assertEquals(1.0, counts.f1(), area.label());
        }
        assertEquals(1.0, report.hostF1());
    }

    @Test
    void countsAreTheAnnotatedTotals() {
        // the totals the dev set's README states
        assertEquals(48, report.articles().size());
        assertEquals(456, report.entities().tp());
        assertEquals(68, report.visits().tp());
        assertEquals(46, report.commitments().tp());
    }

    @Test
    void everyAttributeIsAccurate() {
        for (Attribute attribute : Attribute.values()) {
            Accuracy accuracy = report.accuracy(attribute);
            assertTrue(accuracy.total() > 0, attribute.label() + " was never judged");
            assertEquals(1.0, accuracy.value(), attribute.label());
        }
        assertTrue(report.articles().stream().allMatch(ArticleReport::isPerfect), report.toDetail());
    }

    private static List<JsonNode> readLines() throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        try (InputStream in = DevGoldSelfScoreTest.class.getResourceAsStream(DEV_ARTICLES)) {
            assertNotNull(in, DEV_ARTICLES + " is not on the test classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    articles.add(JSON.readTree(line));
                }
            }
        }
        return articles;
    }
}
