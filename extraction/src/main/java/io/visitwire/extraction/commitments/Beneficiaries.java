package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whom resources or an offer are for: the party after "to" or "for" of the giving ("pledged $50 million to
 * Ukraine", "£40 million in aid for Sudan", "will deploy 300 soldiers to Lithuania"), or the party the
 * beneficiaries belong to ("for the people of Gaza", "for flood victims in Pakistan", "to the World Food
 * Programme's operations"). ANNOTATION.md: the recipient, where stated.
 */
final class Beneficiaries {

    private final EntityIndex index;
    private final Parties parties;

    Beneficiaries(EntityIndex index, Parties parties) {
        this.index = index;
        this.parties = parties;
    }

    /** The party a PLEDGE or OFFER is for, when the text names one other than the committer. */
    Optional<String> of(Sentence s, Trigger tr, CommitmentKind kind, Party committer) {
        if (kind != CommitmentKind.PLEDGE && kind != CommitmentKind.OFFER) {
            return Optional.empty();
        }
        List<Integer> heads = new ArrayList<>(List.of(tr.actionHead()));
        if (tr.form() == Trigger.Form.VERB_OBJECT && tr.token() != tr.actionHead()) {
            heads.add(tr.token()); // "pledged $50 million to Ukraine" parsed with "to Ukraine" on the verb
        }
        for (Dependency d : s.children(tr.actionHead(), null)) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                heads.add(d.dependent()); // "will provide £10 million for ..." with "for" on the amount
            }
        }
        for (int h : List.copyOf(heads)) {
            for (Dependency d : s.children(h, null)) {
                if (d.relation().equals("nmod:of") || d.relation().equals("nmod:in")) {
                    heads.add(d.dependent()); // "50 tonnes of aid to Syria", "$20 million in assistance to Moldova"
                }
            }
        }
        for (int h : heads) {
            for (Dependency d : s.children(h, null)) {
                String r = d.relation();
                boolean toOrFor = r.equals("obl:to") || r.equals("nmod:to") || r.equals("obl:for") || r.equals("nmod:for");
                if (!toOrFor || d.dependent() >= tr.end()) {
                    continue;
                }
                Optional<String> p = party(s, d.dependent(), committer);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The party at {@code tok} (a place only when it is a country: "to the Red Sea" is where, not whom), or
     * the one its noun belongs to ("the people of Gaza", "victims in Pakistan").
     */
    private Optional<String> party(Sentence s, int tok, Party committer) {
        Token t = s.tokens().get(tok);
        if (t.isVerb() || "DATE".equals(t.ner())) {
            return Optional.empty();
        }
        Optional<String> direct = index.at(s.index(), tok).filter(parties::isState)
                .filter(e -> !Party.of(e).equals(committer)).map(CanonicalEntity::name);
        if (direct.isPresent()) {
            return direct;
        }
        for (Dependency d : s.children(tok, null)) {
            String r = d.relation();
            if (r.equals("nmod:of") || r.equals("nmod:in") || r.equals("nmod:poss")) {
                Optional<String> owner = named(s, d.dependent(), committer);
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        for (Dependency d : s.children(tok, "amod")) {
            // "for Sudanese refugees": the country of the people it is for
            Optional<Party> nation = parties.nation(s.tokens().get(d.dependent())).filter(p -> !p.equals(committer));
            if (nation.isPresent()) {
                return nation.map(Party::name);
            }
        }
        return Optional.empty();
    }

    private Optional<String> named(Sentence s, int tok, Party committer) {
        return index.at(s.index(), tok).filter(e -> !Party.of(e).equals(committer)).map(CanonicalEntity::name);
    }
}
