package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lemmas the visit and commitment rules start from. Only a sentence holding one of them is
 * dependency-parsed (~45 % of the pipeline's time when every sentence is): elsewhere no rule reads
 * the parse. {@code VisitTriggersParsedTest} and
 * {@code CommitmentTriggersParsedTest} keep these lists a superset of the rules' own trigger lists.
 */
public final class SyntaxTriggers {

    /** Movement, meeting, hosting, departure and cancellation words of the visit rules. */
    public static final Set<String> VISIT = Set.of("visit", "arrive", "travel", "tour", "land", "fly", "stop",
            "head", "depart", "trip", "stopover", "voyage", "meeting", "summit", "talks", "engagement", "meet",
            "hold", "lead", "attend", "begin", "conclude", "co-chair", "talk", "confer", "host", "welcome",
            "receive", "greet", "leave", "cancel", "postpone", "call", "scrap", "include", "comprise", "consist",
            "stay");
    /** Undertaking verbs and nouns and the future markers of the commitment rules. */
    public static final Set<String> COMMITMENT = Set.of("promise", "vow", "assure", "guarantee", "swear",
            "pledge", "commit", "agree", "undertake", "resolve", "recommit", "plan", "intend", "aim", "prepare",
            "expect", "seek", "offer", "invite", "propose", "volunteer", "commitment", "will", "'ll", "wo",
            "shall");

    private SyntaxTriggers() {
    }

    static boolean present(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (VISIT.contains(lemma) || COMMITMENT.contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
