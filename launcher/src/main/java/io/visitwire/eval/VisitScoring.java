package io.visitwire.eval;

import io.visitwire.schemas.names.NameMatcher;
import static io.visitwire.eval.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Visits: the visitor's name (person rule) and the visited country identify a visit.
 * Place, dates, status and hosts are judged on the matched pairs only.
 */
final class VisitScoring {

    private VisitScoring() {
    }

    static AreaResult score(List<JsonNode> gold, List<JsonNode> predicted, ArticleTally tally) {
        return Pairing.pairUp(gold, predicted, VisitScoring::tier, VisitScoring::describe,
                (goldVisit, predictedVisit) -> judge(goldVisit, predictedVisit, tally), tally::output);
    }

    /**
     * A visitor may go to the same country twice in one article; of the admissible
     * pairings the one agreeing on place and start is preferred, so that attribute
     * accuracy is not spoiled by crossing the two trips.
     */
    private static int tier(JsonNode gold, JsonNode predicted) {
        boolean sameVisit = NameMatcher.personsMatch(text(gold, "visitor"), text(predicted, "visitor"))
                && Agreement.sameCode(text(gold, "country"), text(predicted, "country"));
        if (!sameVisit) {
            return BipartiteMatching.NO_PAIR;
        }
        int disagreements = 0;
        if (!Agreement.samePlace(text(gold, "place"), text(predicted, "place"))) {
            disagreements++;
        }
        if (!Agreement.sameDate(text(gold, "start"), text(predicted, "start"))) {
            disagreements++;
        }
        return 1 + disagreements;
    }

    private static void judge(JsonNode gold, JsonNode predicted, ArticleTally tally) {
        String item = text(gold, "visitor") + " -> " + text(gold, "country");
        judgeField(Attribute.VISIT_PLACE, "place", Agreement::samePlace, gold, predicted, item, tally);
        judgeField(Attribute.VISIT_START, "start", Agreement::sameDate, gold, predicted, item, tally);
        judgeField(Attribute.VISIT_END, "end", Agreement::sameDate, gold, predicted, item, tally);
        judgeField(Attribute.VISIT_STATUS, "status", Agreement::sameCode, gold, predicted, item, tally);
        judgeField(Attribute.VISIT_VISITOR_COUNTRY, "visitorCountry", Agreement::sameCode, gold, predicted, item, tally);
        scoreHosts(gold, predicted, item, tally);
    }

    private static void judgeField(Attribute attribute, String field, BiPredicate<String, String> agree,
                                   JsonNode gold, JsonNode predicted, String item, ArticleTally tally) {
        String goldValue = text(gold, field);
        String predictedValue = text(predicted, field);
        tally.judge(attribute, agree.test(goldValue, predictedValue), item, goldValue, predictedValue);
    }

    private static void scoreHosts(JsonNode gold, JsonNode predicted, String item, ArticleTally tally) {
        List<String> goldHosts = JsonFields.names(gold, "hosts");
        List<String> predictedHosts = JsonFields.names(predicted, "hosts");
        BipartiteMatching matching = BipartiteMatching.match(goldHosts.size(), predictedHosts.size(), (g, p) -> {
            String goldHost = goldHosts.get(g);
            String predictedHost = predictedHosts.get(p);
            if (NameMatcher.sameNormalized("PERSON", goldHost, predictedHost)) {
                return 1;
            }
            return NameMatcher.personsMatch(goldHost, predictedHost) ? 2 : BipartiteMatching.NO_PAIR;
        });
        int tp = matching.pairCount();
        tally.hosts(new Prf(tp, predictedHosts.size() - tp, goldHosts.size() - tp), item, goldHosts, predictedHosts);
    }

    static String describe(JsonNode visit) {
        String place = text(visit, "place");
        return text(visit, "visitor") + " -> " + (place == null ? "" : place + ", ") + text(visit, "country")
                + " (" + orQuestionMark(text(visit, "start")) + ".." + orQuestionMark(text(visit, "end"))
                + ", " + text(visit, "status") + ")";
    }

    private static String orQuestionMark(String value) {
        return value == null ? "?" : value;
    }
}
