package io.visitwire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one {@code visitwire eval}: micro P/R/F1 per area, attribute accuracies
 * over matched items, and the per-article findings they are summed from.
 */
public final class Report {

    private final List<ArticleReport> articles;
    private final List<String> unscoredPredictionIds;
    private final Map<Area, Prf> areas;
    private final Prf hosts;
    private final Map<Attribute, Accuracy> accuracies;
    private final List<RuleScore> byRule;

    public Report(List<ArticleReport> articles, List<String> unscoredPredictionIds) {
        this.articles = List.copyOf(articles);
        this.unscoredPredictionIds = List.copyOf(unscoredPredictionIds);
        EnumMap<Area, Prf> areaTotals = new EnumMap<>(Area.class);
        EnumMap<Attribute, Accuracy> accuracyTotals = new EnumMap<>(Attribute.class);
        for (Area area : Area.values()) {
            areaTotals.put(area, Prf.ZERO);
        }
        for (Attribute attribute : Attribute.values()) {
            accuracyTotals.put(attribute, Accuracy.NONE);
        }
        Prf hostTotal = Prf.ZERO;
        Map<String, RuleScore> ruleTotals = new LinkedHashMap<>();
        for (ArticleReport article : this.articles) {
            article.rules().forEach(score -> ruleTotals.merge(score.rule(), score, RuleScore::plus));
            for (Area area : Area.values()) {
                areaTotals.merge(area, article.area(area).counts(), Prf::plus);
            }
            article.accuracies().forEach((attribute, accuracy) -> accuracyTotals.merge(attribute, accuracy, Accuracy::plus));
            hostTotal = hostTotal.plus(article.hosts());
        }
        this.areas = Collections.unmodifiableMap(areaTotals);
        this.accuracies = Collections.unmodifiableMap(accuracyTotals);
        this.hosts = hostTotal;
        this.byRule = ruleTotals.values().stream().sorted(RuleScore.WORST_FIRST).toList();
    }

    public List<ArticleReport> articles() {
        return articles;
    }

    /** Ids that had a prediction but no gold article; not counted anywhere. */
    public List<String> unscoredPredictionIds() {
        return unscoredPredictionIds;
    }

    public Prf counts(Area area) {
        return areas.get(area);
    }

    public Prf entities() {
        return counts(Area.ENTITIES);
    }

    public Prf visits() {
        return counts(Area.VISITS);
    }

    public Prf commitments() {
        return counts(Area.COMMITMENTS);
    }

    /** Hosts of matched visits, matched one-to-one as persons, summed over all matched visits. */
    public Prf hosts() {
        return hosts;
    }

    /**
     * Each rule id named by the scored visits and commitments: its outputs, how many of them the
     * one-to-one matching paired with gold, and so its precision; worst precision first.
     */
    public List<RuleScore> byRule() {
        return byRule;
    }

    public double hostF1() {
        return hosts.f1();
    }

    public Accuracy accuracy(Attribute attribute) {
        return accuracies.get(attribute);
    }

    public double entityCountryAccuracy() {
        return accuracy(Attribute.ENTITY_COUNTRY).value();
    }

    public double personCountryAccuracy() {
        return accuracy(Attribute.PERSON_COUNTRY).value();
    }

    public double personTitleAccuracy() {
        return accuracy(Attribute.PERSON_TITLE).value();
    }

    public double visitPlaceAccuracy() {
        return accuracy(Attribute.VISIT_PLACE).value();
    }

    public double visitStartAccuracy() {
        return accuracy(Attribute.VISIT_START).value();
    }

    public double visitEndAccuracy() {
        return accuracy(Attribute.VISIT_END).value();
    }

    public double visitStatusAccuracy() {
        return accuracy(Attribute.VISIT_STATUS).value();
    }

    public double visitVisitorCountryAccuracy() {
        return accuracy(Attribute.VISIT_VISITOR_COUNTRY).value();
    }

    public double commitmentKindAccuracy() {
        return accuracy(Attribute.COMMITMENT_KIND).value();
    }

    public double commitmentDueAccuracy() {
        return accuracy(Attribute.COMMITMENT_DUE).value();
    }

    public double commitmentRecipientAccuracy() {
        return accuracy(Attribute.COMMITMENT_RECIPIENT).value();
    }

    /** The summary for a terminal: one aligned table of P/R/F1 and one of accuracies. */
    public String toTable() {
        return ReportTable.render(this);
    }

    /** Every article's misses, false hits and attribute mismatches, for {@code --detail}. */
    public String toDetail() {
        return ReportDetail.render(this);
    }

    /** The per-rule precision table, for {@code --by-rule}. */
    public String toByRuleTable() {
        return ReportTable.renderByRule(this);
    }

    public JsonNode toJson() {
        return ReportJson.render(this, false);
    }

    /** The JSON report, with {@code byRule} added when asked for. */
    public JsonNode toJson(boolean withByRule) {
        return ReportJson.render(this, withByRule);
    }

    @Override
    public String toString() {
        return toTable();
    }
}
