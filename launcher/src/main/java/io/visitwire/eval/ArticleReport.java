package io.visitwire.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The score of one article. {@code predicted} is false when the predictions had no
 * result for the article, in which case every gold item is a miss. {@code rules}: the
 * article's predicted visits and commitments counted per rule id they name.
 */
public record ArticleReport(
        String id,
        boolean predicted,
        AreaResult entities,
        AreaResult visits,
        AreaResult commitments,
        Prf hosts,
        Map<Attribute, Accuracy> accuracies,
        List<Mismatch> mismatches,
        List<RuleScore> rules) {

    public ArticleReport {
        EnumMap<Attribute, Accuracy> copy = new EnumMap<>(Attribute.class);
        copy.putAll(accuracies);
        accuracies = Collections.unmodifiableMap(copy);
        mismatches = List.copyOf(mismatches);
        rules = List.copyOf(rules);
    }

    public AreaResult area(Area area) {
        return switch (area) {
            case ENTITIES -> entities;
            case VISITS -> visits;
            case COMMITMENTS -> commitments;
        };
    }

    public Accuracy accuracy(Attribute attribute) {
        return accuracies.getOrDefault(attribute, Accuracy.NONE);
    }

    /** Nothing missed, nothing invented, no attribute wrong. */
    public boolean isPerfect() {
        return predicted && entities.isClean() && visits.isClean() && commitments.isClean() && mismatches.isEmpty();
    }
}
