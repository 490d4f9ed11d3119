package io.visitwire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
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
        for (ArticleReport article : this.articles) {
            for (Area area : Area.values()) {
                areaTotals.merge(area, article.area(area).counts(), Prf::plus);
            }
            article.accuracies().forEach((attribute, accuracy) -> accuracyTotals.merge(attribute, accuracy, Accuracy::plus));
            hostTotal = hostTotal.plus(article.hosts());
        }
        this.areas = Collections.unmodifiableMap(areaTotals);
        this.accuracies = Collections.unmodifiableMap(accuracyTotals);
        this.hosts = hostTotal;
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

    public JsonNode toJson() {
        return ReportJson.render(this);
    }

    @Override
    public String toString() {
        return toTable();
    }
}
