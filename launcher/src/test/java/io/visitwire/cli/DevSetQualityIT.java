package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.eval.Area;
import io.visitwire.eval.IdSelection;
import io.visitwire.eval.Report;
import io.visitwire.eval.Scorer;
import io.visitwire.extract.OfflineExtractor;
import io.visitwire.schemas.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quality floors on the project's own copy of the dev articles ({@code src/test/resources/dev/articles.jsonl},
 * 48 articles): the real engine ({@link Engine#loadEnricher()}), the offline extractor and the scorer of
 * CONTRACT.md, as {@code visitwire eval} runs them. The F1 of entities, visits and commitments must stay at or
 * above a floor on all 48, on the 36 tuning articles and on the 12 held-out ones ({@code dev/held-out.txt}); the
 * three are scored from one extraction of the 48. Prints the three tables so a failing build shows what moved.
 *
 * <p>The floors are the figures measured with issue 15's rules (engine rules-7) less 0.03-0.04; raise them as the rules
 * improve. On the 12 held-out articles one visit moves visit F1 by about 0.08 and one commitment (of 7 in the gold) commitment
 * F1 by about 0.13: there the floors leave room for one visit and one commitment. Held-out articles are never shown article by article, not even when a floor fails: only the tuning
 * set's failures print detail.
 */
class DevSetQualityIT {

    /** Floors of F1, and what was measured (entities, visits, commitments). */
    enum Articles {
        ALL("all 48 articles", 48, floors(0.91, 0.82, 0.68)),           // measured 0.941, 0.857, 0.721
        TUNING("36 tuning articles", 36, floors(0.93, 0.85, 0.77)),     // measured 0.962, 0.882, 0.806
        HELD_OUT("12 held-out articles", 12, floors(0.83, 0.66, 0.15)); // measured 0.870, 0.750, 0.286

        final String label;
        final int size;
        final Map<Area, Double> floors;

        Articles(String label, int size, Map<Area, Double> floors) {
            this.label = label;
            this.size = size;
            this.floors = floors;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Map<Articles, Report> REPORTS = new EnumMap<>(Articles.class);

    @BeforeAll
    static void scoreTheDevSetOnce() throws IOException {
        List<JsonNode> gold = new ArrayList<>();
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        OfflineExtractor extractor = new OfflineExtractor(Engine.loadEnricher(), Clock.systemUTC());
        List<String> lines = resource("/dev/articles.jsonl").lines().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode article = RecordJson.MAPPER.readTree(lines.get(i));
            gold.add(article);
            JsonNode result = RecordJson.MAPPER.valueToTree(extractor.extractLine(lines.get(i), i + 1));
            predictions.put(article.get("id").asText(), result);
        }
        Set<String> heldOut = IdSelection.parseIds(resource("/dev/held-out.txt"));
        score(Articles.ALL, IdSelection.ALL, gold, predictions);
        score(Articles.TUNING, IdSelection.except(heldOut), gold, predictions);
        score(Articles.HELD_OUT, IdSelection.only(heldOut), gold, predictions);
    }

    @Test
    void theTuningAndHeldOutArticlesSplitTheDevSet() {
        for (Articles articles : Articles.values()) {
            assertEquals(articles.size, REPORTS.get(articles).articles().size(), articles.label);
        }
        for (Area area : Area.values()) {
            assertEquals(REPORTS.get(Articles.ALL).counts(area),
                    REPORTS.get(Articles.TUNING).counts(area).plus(REPORTS.get(Articles.HELD_OUT).counts(area)));
        }
    }

    @ParameterizedTest(name = "{0}: {1} F1 at or above the floor")
    @MethodSource("floors")
    void f1StaysAtOrAboveTheFloor(Articles articles, Area area) {
        Report report = REPORTS.get(articles);
        double f1 = report.counts(area).f1();
        double floor = articles.floors.get(area);
        assertTrue(f1 >= floor, articles.label + ": " + area.label() + " F1 " + f1 + " < " + floor + "\n"
                + report.toTable() + (articles == Articles.TUNING ? "\n" + report.toDetail() : ""));
    }

    static Stream<Arguments> floors() {
        return Stream.of(Articles.values())
                .flatMap(articles -> articles.floors.keySet().stream().map(area -> Arguments.of(articles, area)));
    }

    private static void score(Articles articles, IdSelection selection, List<JsonNode> gold,
                              Map<String, JsonNode> predictions) {
        Map<String, JsonNode> selected = new LinkedHashMap<>(predictions);
        selected.keySet().removeIf(id -> !selection.includes(id));
        Report report = Scorer.score(selection.select(gold), selected);
        REPORTS.put(articles, report);
        System.out.println("Dev set quality, " + articles.label + ":\n" + report.toTable());
    }

    private static Map<Area, Double> floors(double entities, double visits, double commitments) {
        Map<Area, Double> floors = new EnumMap<>(Area.class);
        floors.put(Area.ENTITIES, entities);
        floors.put(Area.VISITS, visits);
        floors.put(Area.COMMITMENTS, commitments);
        return floors;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DevSetQualityIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
