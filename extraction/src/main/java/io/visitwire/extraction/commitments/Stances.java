package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;

/**
 * A future wished, believed or expected rather than undertaken, read from the words when the parse is
 * broken: "She said she hoped Japan would join", "officials expect Seoul will send" (ANNOTATION.md: hopes
 * and wishes are not commitments). {@link Exclusions} reads the same on a sound parse; this covers
 * sentences where the parser made the future the root and the attitude verb a stray dependent.
 */
final class Stances {

    private static final Lexicon ATTITUDES = Lexicon.of("attitude-verbs");
    private static final int REACH = 6;

    private Stances() {
    }

    /** An attitude verb among the few words before the modal, in the same stretch of the sentence. */
    static boolean wished(Sentence s, Trigger tr) {
        if (tr.form() != Trigger.Form.WILL && tr.form() != Trigger.Form.WILL_PASSIVE) {
            return false;
        }
        for (int i = tr.token() - 1; i >= Math.max(0, tr.token() - REACH); i--) {
            Token t = s.tokens().get(i);
            if (t.pos().equals("CC") || !Character.isLetterOrDigit(t.word().charAt(0))) {
                return false;
            }
            if (t.isVerb() && ATTITUDES.contains(t.lowerLemma())) {
                return true;
            }
        }
        return false;
    }
}
