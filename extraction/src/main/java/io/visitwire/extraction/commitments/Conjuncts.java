package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One undertaking per coordinated action (ANNOTATION.md): "The United States will provide X; expand Y;
 * and open Z", "promised to fund A and train B" are three and two commitments with the same evidence.
 * The coordinated verbs share the trigger's subject and modal; a conjunct with a subject or a modal of
 * its own is a clause of its own, which its own trigger reads. Verbs sharing one object ("intensify and
 * expand efforts") are one action.
 */
final class Conjuncts {

    private Conjuncts() {
    }

    static List<Trigger> split(Sentence s, Trigger tr) {
        if (tr.form() != Trigger.Form.WILL && tr.form() != Trigger.Form.VERB_CLAUSE
                && tr.form() != Trigger.Form.WILL_PASSIVE && tr.form() != Trigger.Form.INSTRUCTION) {
            return List.of(tr);
        }
        int head = tr.actionHead();
        List<Integer> bounds = new ArrayList<>();
        for (Dependency d : s.children(head, null)) {
            Token c = s.tokens().get(d.dependent());
            if (d.relation().startsWith("conj") && c.isVerb() && d.dependent() > head && d.dependent() < tr.end()) {
                bounds.add(d.dependent());
            }
        }
        boolean surface = false;
        if (bounds.isEmpty()) {
            bounds.addAll(surfaceList(s, tr));
            surface = !bounds.isEmpty();
        }
        if (bounds.isEmpty() || !surface && !ownArgumentBefore(s, head, bounds.stream().min(Integer::compare).get())) {
            return List.of(tr);
        }
        bounds.sort(Integer::compare);
        List<Trigger> out = new ArrayList<>();
        out.add(new Trigger(tr.token(), tr.kind(), head, tr.form(), bounds.get(0)));
        List<Integer> shared = SubjectResolver.subjects(s, head);
        for (int i = 0; i < bounds.size(); i++) {
            int c = bounds.get(i);
            int end = i + 1 < bounds.size() ? bounds.get(i + 1) : tr.end();
            if (!surface && !sharesClause(s, c, shared, head)) {
                continue;
            }
            CommitmentKind kind = surface && !s.tokens().get(c).pos().equals("VB") ? Triggers.kindAfterWill(s, c) : kindOf(s, tr, c);
            if (kind != null) {
                out.add(new Trigger(tr.token(), kind, c, tr.form(), end));
            }
        }
        return out;
    }

    /**
     * "will provide $20 million in aid, expand support for refugees and open a consulate", when the parser hung the
     * list every which way: base-form verbs right after a comma, a semicolon or "and", in the clause of the first
     * verb (no finite verb, modal or "to"-purpose between), read from the words. Empty when the parse links none.
     */
    private static List<Integer> surfaceList(Sentence s, Trigger tr) {
        List<Integer> out = new ArrayList<>();
        int head = tr.actionHead();
        if (tr.form() != Trigger.Form.WILL && tr.form() != Trigger.Form.INSTRUCTION && tr.form() != Trigger.Form.VERB_CLAUSE
                || !s.tokens().get(head).pos().equals("VB")) {
            return out;
        }
        for (int i = head + 1; i < Math.min(s.tokens().size(), tr.end()); i++) {
            Token t = s.tokens().get(i);
            String pos = t.pos();
            if (pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || t.word().equals(".")
                    || pos.equals("TO") && purposeAt(s, i)) {
                break; // another clause, or a purpose whose own list this is not
            }
            String prev = s.tokens().get(i - 1).word();
            boolean joined = prev.equals(",") || prev.equals(";") || prev.equalsIgnoreCase("and");
            // "intensify and expand efforts": verbs sharing one object are one action; a verb the parse makes
            // another verb's conjunct belongs to that verb's list
            if ((pos.equals("VB") || verbBeforeItsObject(s, i)) && joined && i - 1 > head + 1 && !conjunctOfAnother(s, i, head)) {
                out.add(i);
            }
        }
        return out;
    }

    /** ", fund a new station and host a conference": a word the tagger read as a noun, right before its object's determiner. */
    private static boolean verbBeforeItsObject(Sentence s, int i) {
        String pos = s.tokens().get(i).pos();
        return i + 1 < s.tokens().size() && (pos.equals("NN") || pos.equals("VBP"))
                && java.util.Set.of("DT", "PRP$", "CD").contains(s.tokens().get(i + 1).pos());
    }

    /** "to build", "to further review": an infinitive of purpose starts at {@code to}. */
    private static boolean purposeAt(Sentence s, int to) {
        for (int i = to + 1; i < Math.min(s.tokens().size(), to + 3); i++) {
            String pos = s.tokens().get(i).pos();
            if (pos.equals("VB")) {
                return true;
            }
            if (!pos.equals("RB")) {
                return false;
            }
        }
        return false;
    }

    private static boolean conjunctOfAnother(Sentence s, int verb, int head) {
        for (Dependency d : s.heads(verb)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() != head
                    && s.tokens().get(d.governor()).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** The first verb has an argument of its own before the next one: "provide $20 million ... ; expand". */
    private static boolean ownArgumentBefore(Sentence s, int head, int next) {
        for (Dependency d : s.children(head, null)) {
            String r = d.relation();
            boolean argument = r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.equals("xcomp")
                    || r.equals("ccomp") || r.startsWith("advcl") || r.equals("compound:prt");
            if (argument && d.dependent() > head && d.dependent() < next) {
                return true;
            }
        }
        return false;
    }

    /** No subject but the shared one, no modal or tense of its own, and a verb in the same form. */
    private static boolean sharesClause(Sentence s, int conj, List<Integer> shared, int head) {
        if (s.markedTo(conj) && !s.markedTo(head)) {
            return false; // "launch a dialogue to build on ... and to intensify ...": the purpose's list
        }
        for (Dependency d : s.children(conj, null)) {
            String r = d.relation();
            if (r.startsWith("nsubj") && !shared.contains(d.dependent()) || r.equals("aux") && d.dependent() < conj
                    && !s.tokens().get(d.dependent()).lowerWord().equals("to")) {
                return false;
            }
        }
        return true;
    }


    private static CommitmentKind kindOf(Sentence s, Trigger tr, int conj) {
        Token c = s.tokens().get(conj);
        return switch (tr.form()) {
            case WILL, INSTRUCTION -> c.pos().equals("VB") ? Triggers.kindAfterWill(s, conj) : null;
            case WILL_PASSIVE -> c.pos().equals("VBN") ? tr.kind() : null;
            default -> c.pos().equals("VB") ? tr.kind() : null;
        };
    }
}
