package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code eval --by-rule}: each rule id's outputs and matches, from hand-made predictions (no NLP). */
class ByRuleTest {

    private static final String SENTENCE = "Gates promised to relay the message to Clinton.";

    private static Extraction gold() {
        return new Extraction()
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", null, "COMPLETED")
                .visit("Robert M. Gates", "London", "GB", null, null, "PLANNED")
                .commitment("Robert M. Gates", null, "relay the message to Clinton", "PROMISE", null, SENTENCE);
    }

    private static Report score(Extraction gold, Extraction predicted) {
        return Scorer.score(List.of(gold.asGold("a")), Map.of("a", predicted.asPrediction("a")));
    }

    private static RuleScore rule(Report report, String id) {
        return report.byRule().stream().filter(r -> r.rule().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + report.byRule()));
    }

    @Test
    void eachRuleCountsItsOutputsAndTheirMatchesWorstPrecisionFirst() {
        Extraction predicted = new Extraction()
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", null, "COMPLETED")
                .rules("visit.move-verb", "visit.place.argument")
                .visit("Robert M. Gates", "Ankara", "TR", null, null, "COMPLETED")
                .rules("visit.move-verb", "visit.place.in-sentence")
                .visit("Barack Obama", null, "US", null, null, "COMPLETED")
                .rules("visit.met-in-place", "visit.place.in-sentence")
                .commitment("Robert M. Gates", null, "relay the message to Clinton", "PROMISE", null, SENTENCE)
                .rules("commitment.verb-clause", "commitment.committer.subject")
                .commitment("Robert M. Gates", null, "keep Karabakh a priority", "PLAN", null, "Gates said so.")
                .rules("commitment.will-verb", "commitment.committer.resolved", "commitment.committer.subject");

        Report report = score(gold(), predicted);

        assertEquals(List.of(
                new RuleScore("visit.place.in-sentence", 2, 0),
                new RuleScore("commitment.committer.resolved", 1, 0),
                new RuleScore("commitment.will-verb", 1, 0),
                new RuleScore("visit.met-in-place", 1, 0),
                new RuleScore("commitment.committer.subject", 2, 1),
                new RuleScore("visit.move-verb", 2, 1),
                new RuleScore("commitment.verb-clause", 1, 1),
                new RuleScore("visit.place.argument", 1, 1)), report.byRule());
        assertEquals(0.5, rule(report, "visit.move-verb").precision());
    }

    @Test
    void theMatchingIsOneToOneSoADuplicateOutputIsAFalseHitOfItsRule() {
        Extraction predicted = new Extraction()
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", null, "COMPLETED").rules("visit.move-verb")
                .visit("Gates", "Baku", "AZ", "2010-06-06", null, "COMPLETED").rules("visit.move-verb");

        RuleScore moveVerb = rule(score(gold(), predicted), "visit.move-verb");

        assertEquals(new RuleScore("visit.move-verb", 2, 1), moveVerb);
    }

    @Test
    void anIdNamedTwiceOnOneOutputCountsOnceAndOutputsWithoutRulesHaveTheirOwnRow() {
        Extraction predicted = new Extraction()
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", null, "COMPLETED")
                .rules("visit.move-verb", "visit.move-verb")
                .commitment("Robert M. Gates", null, "relay the message to Clinton", "PROMISE", null, SENTENCE);

        Report report = score(gold(), predicted);

        assertEquals(new RuleScore("visit.move-verb", 1, 1), rule(report, "visit.move-verb"));
        assertEquals(new RuleScore(RuleScore.NO_RULE, 1, 1), rule(report, RuleScore.NO_RULE));
    }

    @Test
    void articlesAddUpAndPredictionsWithoutGoldDoNotCount() {
        Extraction first = new Extraction()
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", null, "COMPLETED").rules("visit.move-verb");
        Extraction second = new Extraction()
                .visit("Barack Obama", "Paris", "FR", null, null, "COMPLETED").rules("visit.move-verb");
        Extraction unscored = new Extraction()
                .visit("Robert M. Gates", "Baku", "AZ", null, null, "COMPLETED").rules("visit.move-verb");

        Report report = Scorer.score(List.of(gold().asGold("a"), new Extraction().asGold("b")),
                Map.of("a", first.asPrediction("a"), "b", second.asPrediction("b"), "c", unscored.asPrediction("c")));

        assertEquals(List.of(new RuleScore("visit.move-verb", 2, 1)), report.byRule());
    }

    @Test
    void entitiesAreNotCountedAndNoOutputsMeanNoRows() {
        Report report = score(gold(), new Extraction().entity("Baku", "LOCATION", "AZ"));

        assertEquals(List.of(), report.byRule());
    }

    @Test
    void theTableListsRulesWorstFirstAndTheJsonOnlyWhenAskedFor() {
        Extraction predicted = new Extraction()
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", null, "COMPLETED")
                .rules("visit.move-verb", "visit.place.argument")
                .visit("Robert M. Gates", "Ankara", "TR", null, null, "COMPLETED")
                .rules("visit.move-verb", "visit.place.in-sentence");
        Report report = score(gold(), predicted);

        List<String> rows = report.toByRuleTable().lines().toList();
        assertTrue(rows.get(2).matches("rule\\s+outputs\\s+matched\\s+P"), rows.get(2));
        assertTrue(rows.get(3).matches("visit\\.place\\.in-sentence\\s+1\\s+0\\s+0\\.000"), rows.get(3));
        assertTrue(rows.get(4).matches("visit\\.move-verb\\s+2\\s+1\\s+0\\.500"), rows.get(4));
        assertTrue(rows.get(5).matches("visit\\.place\\.argument\\s+1\\s+1\\s+1\\.000"), rows.get(5));
        assertEquals(rows.get(2).length(), rows.get(4).length(), "columns line up");

        JsonNode json = report.toJson(true);
        assertEquals("visit.place.in-sentence", json.at("/byRule/0/rule").asText());
        assertEquals(2, json.at("/byRule/1/outputs").asInt());
        assertEquals(1, json.at("/byRule/1/matched").asInt());
        assertEquals(0.5, json.at("/byRule/1/precision").asDouble());
        assertFalse(report.toJson().has("byRule"), "the plain report is unchanged");
    }
}
