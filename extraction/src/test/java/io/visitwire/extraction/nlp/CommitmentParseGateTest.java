package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commitment words that send a sentence to the parser only with a companion: "announce" with an
 * amount of money, a reported "would" with a speech verb. No NLP: tokens are built by hand.
 */
class CommitmentParseGateTest {

    /** Tokens of "word/lemma/tag/ner" items. */
    private static List<CoreLabel> tokens(String... items) {
        List<CoreLabel> out = new ArrayList<>();
        for (String item : items) {
            String[] f = item.split("/");
            CoreLabel t = new CoreLabel();
            t.setWord(f[0]);
            t.setLemma(f[1]);
            t.setTag(f[2]);
            t.setNER(f[3]);
            out.add(t);
        }
        return out;
    }

    @Test
    void announceIsParsedOnlyBesideAnAmountOfMoney() {
        assertTrue(SyntaxTriggers.present(tokens("Brazil/Brazil/NNP/COUNTRY", "announced/announce/VBD/O", "$/$/$/MONEY",
                "15/15/CD/MONEY", "million/million/CD/MONEY", "in/in/IN/O", "aid/aid/NN/O")));
        assertFalse(SyntaxTriggers.present(tokens("Brazil/Brazil/NNP/COUNTRY", "announced/announce/VBD/O",
                "its/its/PRP$/O", "squad/squad/NN/O")));
    }

    @Test
    void wouldIsParsedOnlyBesideASpeechVerb() {
        assertTrue(SyntaxTriggers.present(tokens("Japan/Japan/NNP/COUNTRY", "would/would/MD/O", "help/help/VB/O",
                ",/,/,/O", "officials/official/NNS/O", "said/say/VBD/O")));
        assertFalse(SyntaxTriggers.present(tokens("It/it/PRP/O", "would/would/MD/O", "rain/rain/VB/O")));
    }
}
