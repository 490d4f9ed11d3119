package io.visitwire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores extraction results against gold annotations by the rules of CONTRACT.md.
 * Counting is micro: every gold item and every prediction of every article counts once,
 * so predicted visits on an article without gold visits cost precision.
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * @param goldArticles    articles as in {@code data/dev/articles.jsonl}: {@code id} and {@code gold}
     * @param predictionsById result lines of {@code visitwire extract}, keyed by article id; an
     *                        article without a result has all its gold items missed, and results
     *                        for articles without gold are listed in the report but not scored
     */
    public static Report score(List<JsonNode> goldArticles, Map<String, JsonNode> predictionsById) {
        List<ArticleReport> articles = new ArrayList<>();
        Set<String> scoredIds = new HashSet<>();
        for (JsonNode article : goldArticles) {
            String id = JsonFields.text(article, "id");
            if (id == null) {
                throw new IllegalArgumentException("gold article without an id: " + abbreviate(article));
            }
            if (!scoredIds.add(id)) {
                // scoring it twice would silently double its weight in the micro averages
                throw new IllegalArgumentException("gold article id appears twice: " + id);
            }
            JsonNode gold = article.get("gold");
            if (gold == null || !gold.isObject()) {
                throw new IllegalArgumentException("gold article " + id + " has no \"gold\" object");
            }
            articles.add(scoreArticle(id, gold, predictionsById.get(id)));
        }
        List<String> unscored = predictionsById.keySet().stream().filter(id -> !scoredIds.contains(id)).sorted().toList();
        return new Report(articles, unscored);
    }

    private static ArticleReport scoreArticle(String id, JsonNode gold, JsonNode prediction) {
        ArticleTally tally = new ArticleTally();
        tally.area(Area.ENTITIES, EntityScoring.score(items(gold, Area.ENTITIES), items(prediction, Area.ENTITIES), tally));
        tally.area(Area.VISITS, VisitScoring.score(items(gold, Area.VISITS), items(prediction, Area.VISITS), tally));
        tally.area(Area.COMMITMENTS,
                CommitmentScoring.score(items(gold, Area.COMMITMENTS), items(prediction, Area.COMMITMENTS), tally));
        return tally.build(id, prediction != null);
    }

    private static List<JsonNode> items(JsonNode node, Area area) {
        return JsonFields.items(node, area.label());
    }

    private static String abbreviate(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
