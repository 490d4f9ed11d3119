package io.visitwire.eval;

import io.visitwire.schemas.names.NameMatcher;
import static io.visitwire.eval.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Entities: same type and matching names; then country (and, as extras, person country and title). */
final class EntityScoring {

    private static final int SAME_NORMALIZED_NAME = 1;
    private static final int MATCHING_NAME = 2;

    private EntityScoring() {
    }

    static AreaResult score(List<JsonNode> gold, List<JsonNode> predicted, ArticleTally tally) {
        return Pairing.pairUp(gold, predicted, EntityScoring::tier, EntityScoring::describe,
                (goldEntity, predictedEntity) -> judge(goldEntity, predictedEntity, tally));
    }

    private static int tier(JsonNode gold, JsonNode predicted) {
        String type = text(gold, "type");
        String predictedType = text(predicted, "type");
        if (type == null || !type.equalsIgnoreCase(predictedType)) {
            return BipartiteMatching.NO_PAIR;
        }
        String goldName = text(gold, "name");
        String predictedName = text(predicted, "name");
        if (NameMatcher.sameNormalized(type, goldName, predictedName)) {
            return SAME_NORMALIZED_NAME;
        }
        return NameMatcher.matchAs(type, goldName, predictedName) ? MATCHING_NAME : BipartiteMatching.NO_PAIR;
    }

    private static void judge(JsonNode gold, JsonNode predicted, ArticleTally tally) {
        String item = describe(gold);
        String goldCountry = text(gold, "country");
        String predictedCountry = text(predicted, "country");
        boolean person = "PERSON".equalsIgnoreCase(text(gold, "type"));
        tally.judge(person ? Attribute.PERSON_COUNTRY : Attribute.ENTITY_COUNTRY,
                Agreement.sameCode(goldCountry, predictedCountry), item, goldCountry, predictedCountry);
        String goldTitle = text(gold, "title");
        // a null gold title often means "not annotated", not "has no title", so it is not judged
        if (person && goldTitle != null) {
            String predictedTitle = text(predicted, "title");
            tally.judge(Attribute.PERSON_TITLE, Agreement.sameTitle(goldTitle, predictedTitle), item, goldTitle, predictedTitle);
        }
    }

    static String describe(JsonNode entity) {
        return text(entity, "name") + " [" + text(entity, "type") + "]";
    }
}
