package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.eval.Report;
import io.visitwire.eval.Scorer;
import io.visitwire.extract.OfflineExtractor;
import io.visitwire.schemas.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floor on the project's own copy of the dev articles ({@code src/test/resources/dev/articles.jsonl}):
 * the real engine ({@link Engine#loadEnricher()}), the offline extractor and the scorer of CONTRACT.md,
 * as {@code visitwire eval} runs them. The floors are the F1 figures measured on the 48 articles (entities
 * 0.894, visits 0.711, commitments 0.527) less a margin of 0.02-0.03, so that a regression fails the build;
 * their owners raise them as the rules improve. Prints the table so a failing build shows what moved.
 */
class DevSetQualityIT {

    static final double ENTITY_F1_FLOOR = 0.87;
    static final double VISIT_F1_FLOOR = 0.69;
    static final double COMMITMENT_F1_FLOOR = 0.50;

    private static Report report;

    @BeforeAll
    static void scoreTheDevSet() throws IOException {
        List<JsonNode> gold = new ArrayList<>();
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        OfflineExtractor extractor = new OfflineExtractor(Engine.loadEnricher(), Clock.systemUTC());
        List<String> lines = devArticles();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode article = RecordJson.MAPPER.readTree(lines.get(i));
            gold.add(article);
            JsonNode result = RecordJson.MAPPER.valueToTree(extractor.extractLine(lines.get(i), i + 1));
            predictions.put(article.get("id").asText(), result);
        }
        report = Scorer.score(gold, predictions);
        System.out.println("Dev set quality (" + lines.size() + " articles):\n" + report.toTable());
    }

    @Test
    void entityF1StaysAtOrAboveTheFloor() {
        double f1 = report.entities().f1();
        assertTrue(f1 >= ENTITY_F1_FLOOR, "entities F1 " + f1 + " < " + ENTITY_F1_FLOOR + "\n" + report.toDetail());
    }

    @Test
    void visitF1StaysAtOrAboveTheFloor() {
        double f1 = report.visits().f1();
        assertTrue(f1 >= VISIT_F1_FLOOR, "visits F1 " + f1 + " < " + VISIT_F1_FLOOR + "\n" + report.toTable());
    }

    @Test
    void commitmentF1StaysAtOrAboveTheFloor() {
        double f1 = report.commitments().f1();
        assertTrue(f1 >= COMMITMENT_F1_FLOOR, "commitments F1 " + f1 + " < " + COMMITMENT_F1_FLOOR + "\n"
                + report.toTable());
    }

    private static List<String> devArticles() throws IOException {
        try (InputStream in = DevSetQualityIT.class.getResourceAsStream("/dev/articles.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /dev/articles.jsonl");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
