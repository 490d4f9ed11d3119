package io.visitwire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The machine-readable report. Figures that are not defined (an accuracy over no
 * matched items) are null rather than NaN, which JSON cannot carry.
 */
final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    static JsonNode render(Report report, boolean withByRule) {
        ObjectNode json = NODES.objectNode();
        json.put("articles", report.articles().size());
        json.put("articlesWithPredictions", report.articles().stream().filter(ArticleReport::predicted).count());
        for (Area area : Area.values()) {
            json.set(area.label(), prf(report.counts(area)));
        }
        json.set("hosts", prf(report.hosts()));
        ObjectNode accuracies = json.putObject("accuracy");
        for (Attribute attribute : Attribute.values()) {
            accuracies.set(attribute.label(), accuracy(report.accuracy(attribute)).put("extra", attribute.isExtra()));
        }
        strings(json.putArray("unscoredPredictionIds"), report.unscoredPredictionIds());
        if (withByRule) {
            ArrayNode rules = json.putArray("byRule");
            for (RuleScore score : report.byRule()) {
                rules.addObject().put("rule", score.rule()).put("outputs", score.outputs())
                        .put("matched", score.matched()).put("precision", score.precision());
            }
        }
        ArrayNode details = json.putArray("detail");
        report.articles().forEach(article -> details.add(article(article)));
        return json;
    }

    private static ObjectNode article(ArticleReport article) {
        ObjectNode json = NODES.objectNode();
        json.put("id", article.id());
        json.put("predicted", article.predicted());
        for (Area area : Area.values()) {
            AreaResult result = article.area(area);
            ObjectNode areaJson = prf(result.counts());
            strings(areaJson.putArray("misses"), result.misses());
            strings(areaJson.putArray("falseHits"), result.falseHits());
            json.set(area.label(), areaJson);
        }
        json.set("hosts", prf(article.hosts()));
        ArrayNode mismatches = json.putArray("mismatches");
        for (Mismatch mismatch : article.mismatches()) {
            mismatches.addObject().put("field", mismatch.field()).put("item", mismatch.item())
                    .put("gold", mismatch.gold()).put("predicted", mismatch.predicted());
        }
        return json;
    }

    private static ObjectNode prf(Prf counts) {
        return NODES.objectNode()
                .put("precision", counts.precision()).put("recall", counts.recall()).put("f1", counts.f1())
                .put("tp", counts.tp()).put("fp", counts.fp()).put("fn", counts.fn());
    }

    private static ObjectNode accuracy(Accuracy accuracy) {
        ObjectNode json = NODES.objectNode();
        if (Double.isNaN(accuracy.value())) {
            json.putNull("value");
        } else {
            json.put("value", accuracy.value());
        }
        return json.put("correct", accuracy.correct()).put("total", accuracy.total());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
