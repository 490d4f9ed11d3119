package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.lexicon.Lexicon;
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

    /** Verbs whose object is the one helped: "support Kenya's health ministry", "to help Senegal's coast guard". */
    private static final Lexicon HELP = Lexicon.of("helped-object-verbs");
    private static final Lexicon GIVING = Lexicon.union("giving-verbs", "pledge-actions");

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
            } else if (d.relation().equals("obl:in") && d.dependent() < tr.end()) {
                heads.add(d.dependent()); // "1.2 billion yuan in grant assistance to Cambodia" with "in" on the verb
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
        return direct(s, tr, committer);
    }

    /**
     * Without "to" or "for": the party given to as the verb's object ("give Egypt $5 billion", "provide
     * Ukraine with equipment"), the one helped ("support Kenya's health ministry with £15 million", "A$5.5
     * million to support Fiji's recovery"), or the country the resources go into ("invest $2 billion in
     * Indonesia's new capital", "finance a solar plant in Namibia").
     */
    private Optional<String> direct(Sentence s, Trigger tr, Party committer) {
        int head = tr.actionHead();
        List<Integer> helped = new ArrayList<>();
        if (HELP.contains(s.tokens().get(head).lowerLemma())) {
            helped.add(head);
        }
        for (int h : List.of(head, tr.token())) {
            for (Dependency d : s.children(h, null)) {
                String r = d.relation();
                if ((r.equals("xcomp") || r.equals("advcl:to")) && d.dependent() < tr.end()
                        && HELP.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                    helped.add(d.dependent()); // "A$5.5 million to support", "40 trainers to help"
                }
            }
        }
        if (helped.isEmpty() && !GIVING.contains(s.tokens().get(head).lowerLemma())) {
            return Optional.empty(); // "invited him to visit Russia": Russia is where, not whom
        }
        for (Dependency d : s.children(head, null)) {
            if (d.dependent() >= tr.end()) {
                continue;
            }
            String r = d.relation();
            if (r.equals("iobj") || (r.equals("obj") && !helped.contains(head))) {
                Optional<String> p = state(s, d.dependent(), committer); // "give Egypt", "provide Ukraine with"
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        for (int h : helped) {
            for (Dependency d : s.children(h, "obj")) {
                if (d.dependent() < tr.end()) {
                    Optional<String> p = party(s, d.dependent(), committer);
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
        }
        List<Integer> places = new ArrayList<>();
        for (Dependency d : s.children(head, null)) {
            if (d.relation().equals("obl:in")) {
                places.add(d.dependent());
            } else if (d.relation().equals("obj")) {
                s.children(d.dependent(), "nmod:in").forEach(c -> places.add(c.dependent()));
            }
        }
        for (int tok : places) {
            if (tok < tr.end()) {
                Optional<String> p = party(s, tok, committer);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> state(Sentence s, int tok, Party committer) {
        return index.at(s.index(), tok).filter(parties::isState).filter(e -> !Party.of(e).equals(committer))
                .map(CanonicalEntity::name);
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
        Optional<String> direct = state(s, tok, committer);
        if (direct.isPresent()) {
            return direct;
        }
        for (String r : List.of("nmod:poss", "nmod:of", "nmod:in")) {
            // "the World Food Programme's operations in Chad": the owner before the place
            for (Dependency d : s.children(tok, r)) {
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
