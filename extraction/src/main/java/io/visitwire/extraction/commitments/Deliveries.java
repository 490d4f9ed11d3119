package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries whose giver the sentence leaves out: "the first batch of doses would be arriving in the next
 * two months, the minister said", "the generators will be delivered by the end of the year". A thing that
 * will arrive or be given carries out a pledge; when a pledge (a sum or goods) was made just before (this
 * sentence or the two before), the delivery is the same giver's PLEDGE. Without such a pledge the giver is
 * unknown and nothing is recorded. People arriving are visits, not deliveries.
 */
final class Deliveries {

    private static final Lexicon ARRIVALS = Lexicon.of("goods-arrival-verbs");
    private static final Lexicon NOT_GOODS = Lexicon.union("office-holder-nouns", "delegation-nouns", "event-nouns",
            "trip-nouns", "state-collectives");

    private Deliveries() {
    }

    /**
     * "will/would arrive" with a thing as the subject: the trigger, a PLEDGE of delivering it; else null.
     * {@code modal} is a "will", or a "would" of reported speech.
     */
    static Trigger arrival(Sentence s, Token modal) {
        for (Dependency d : s.heads(modal.index())) {
            if (!d.relation().equals("aux") || d.governor() < 0) {
                continue;
            }
            Token v = s.tokens().get(d.governor());
            if (!ARRIVALS.contains(v.lowerLemma()) || !v.isVerb()) {
                return null;
            }
            for (int subj : SubjectResolver.subjects(s, v.index())) {
                Token n = s.tokens().get(subj);
                if (n.pos().startsWith("NN") && !n.pos().startsWith("NNP") && "O".equals(n.ner())
                        && !NOT_GOODS.contains(n.lowerLemma())) {
                    return new Trigger(modal.index(), CommitmentKind.PLEDGE, v.index(), Trigger.Form.WILL);
                }
            }
            return null;
        }
        return null;
    }

    /** A trigger {@link #arrival} made. */
    static boolean isArrival(Sentence s, Trigger tr) {
        return tr.form() == Trigger.Form.WILL && tr.kind() == CommitmentKind.PLEDGE
                && ARRIVALS.contains(s.tokens().get(tr.actionHead()).lowerLemma());
    }

    /** The giver of the latest pledge in this sentence or the two before: the one the delivery carries out. */
    static Optional<Parties.Agent> earlierGiver(Sentence s, List<CommitmentCandidate> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            CommitmentCandidate c = earlier.get(i);
            if (c.evidence().index() < s.index() - 2) {
                break;
            }
            if (c.kind() == CommitmentKind.PLEDGE) {
                return Optional.of(new Parties.Agent(c.committer(), -1, CommitmentRule.COMMITTER_EARLIER_GIVER));
            }
        }
        return Optional.empty();
    }

    /** "the first batch of doses would be arriving in ..." → "deliver the first batch of doses in ...". */
    static String action(String body, Sentence s, Trigger tr, String phrase) {
        Token v = s.tokens().get(tr.actionHead());
        for (int subj : SubjectResolver.subjects(s, v.index())) {
            int lo = subj;
            int hi = subj;
            for (Dependency d : s.dependencies()) {
                if (d.governor() == subj && !d.relation().startsWith("acl") && !d.relation().startsWith("punct")) {
                    lo = Math.min(lo, d.dependent());
                    hi = Math.max(hi, d.dependent());
                }
            }
            // the subject's own words run up to the modal at most
            hi = Math.min(Math.max(hi, subj), tr.token() - 1);
            for (Dependency d : s.children(subj, null)) {
                if (d.relation().startsWith("nmod")) {
                    hi = Math.max(hi, Math.min(tr.token() - 1, d.dependent()));
                }
            }
            String object = s.textOf(body, lo, hi + 1);
            if (s.tokens().get(lo).pos().equals("DT")) {
                object = object.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + object.substring(1);
            }
            return ("deliver " + object + " " + phrase.replaceFirst("^\\S+\\s*", "")).trim();
        }
        return phrase;
    }
}
