package io.visitwire.eval;

import io.visitwire.schemas.names.NameMatcher;
import static io.visitwire.eval.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Commitments: the committer's name (any name rule) plus either the same evidence
 * sentence or the gold action's words; then kind, due date and (extra) recipient.
 */
final class CommitmentScoring {

    private static final int ITEM_LABEL_ACTION_LENGTH = 60;

    private CommitmentScoring() {
    }

    static AreaResult score(List<JsonNode> gold, List<JsonNode> predicted, ArticleTally tally) {
        return Pairing.pairUp(gold, predicted, CommitmentScoring::tier, CommitmentScoring::describe,
                (goldCommitment, predictedCommitment) -> judge(goldCommitment, predictedCommitment, tally), tally::output);
    }

    /**
     * One sentence often carries several commitments by the same party, and then the
     * evidence test admits every crossing; pairs whose actions agree come first so that
     * each gold commitment gets its own prediction.
     */
    private static int tier(JsonNode gold, JsonNode predicted) {
        if (!NameMatcher.anyMatch(text(gold, "committer"), text(predicted, "committer"))) {
            return BipartiteMatching.NO_PAIR;
        }
        boolean sameAction = TextOverlap.coversHalfOfContentWords(text(gold, "action"), text(predicted, "action"));
        boolean sameSentence = TextOverlap.sameSentence(text(gold, "evidence"), text(predicted, "evidence"));
        if (sameAction) {
            return sameSentence ? 1 : 2;
        }
        return sameSentence ? 3 : BipartiteMatching.NO_PAIR;
    }

    private static void judge(JsonNode gold, JsonNode predicted, ArticleTally tally) {
        String item = label(gold);
        String goldKind = text(gold, "kind");
        String predictedKind = text(predicted, "kind");
        tally.judge(Attribute.COMMITMENT_KIND, Agreement.sameCode(goldKind, predictedKind), item, goldKind, predictedKind);
        String goldDue = text(gold, "due");
        String predictedDue = text(predicted, "due");
        tally.judge(Attribute.COMMITMENT_DUE, Agreement.sameDate(goldDue, predictedDue), item, goldDue, predictedDue);
        String goldRecipient = text(gold, "recipient");
        String predictedRecipient = text(predicted, "recipient");
        tally.judge(Attribute.COMMITMENT_RECIPIENT, Agreement.sameParty(goldRecipient, predictedRecipient), item,
                goldRecipient, predictedRecipient);
    }

    static String describe(JsonNode commitment) {
        String due = text(commitment, "due");
        return text(commitment, "committer") + ": " + text(commitment, "action") + " [" + text(commitment, "kind")
                + (due == null ? "" : ", due " + due) + "]";
    }

    private static String label(JsonNode commitment) {
        String action = String.valueOf(text(commitment, "action"));
        if (action.length() > ITEM_LABEL_ACTION_LENGTH) {
            action = action.substring(0, ITEM_LABEL_ACTION_LENGTH - 3) + "...";
        }
        return text(commitment, "committer") + ": " + action;
    }
}
