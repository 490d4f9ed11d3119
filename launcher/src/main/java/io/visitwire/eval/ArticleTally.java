package io.visitwire.eval;

import java.util.ArrayList;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects one article's figures while its areas are scored, then freezes them. */
final class ArticleTally {

    private final Map<Area, AreaResult> areas = new EnumMap<>(Area.class);
    private final Map<Attribute, Accuracy> accuracies = new EnumMap<>(Attribute.class);
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final Map<String, RuleScore> rules = new LinkedHashMap<>();
    private Prf hosts = Prf.ZERO;

    void area(Area area, AreaResult result) {
        areas.put(area, result);
    }

    /** Counts one judgement of an attribute and keeps the disagreement for the detail listing. */
    void judge(Attribute attribute, boolean correct, String item, String gold, String predicted) {
        accuracies.merge(attribute, Accuracy.of(correct), Accuracy::plus);
        if (!correct) {
            mismatches.add(new Mismatch(attribute.label(), item, gold, predicted));
        }
    }

    void hosts(Prf counts, String item, List<String> gold, List<String> predicted) {
        hosts = hosts.plus(counts);
        if (counts.fp() > 0 || counts.fn() > 0) {
            mismatches.add(new Mismatch("visit.hosts", item, String.valueOf(gold), String.valueOf(predicted)));
        }
    }

    /** Counts one predicted visit or commitment, matched to gold or not, for each rule id it names. */
    void output(JsonNode predicted, boolean matched) {
        Set<String> ids = new LinkedHashSet<>(JsonFields.names(predicted, "rules"));
        if (ids.isEmpty()) {
            ids.add(RuleScore.NO_RULE);
        }
        ids.forEach(rule -> rules.merge(rule, RuleScore.of(rule, matched), RuleScore::plus));
    }

    ArticleReport build(String id, boolean predicted) {
        return new ArticleReport(id, predicted,
                areas.getOrDefault(Area.ENTITIES, AreaResult.EMPTY),
                areas.getOrDefault(Area.VISITS, AreaResult.EMPTY),
                areas.getOrDefault(Area.COMMITMENTS, AreaResult.EMPTY),
                hosts, accuracies, mismatches, List.copyOf(rules.values()));
    }
}
