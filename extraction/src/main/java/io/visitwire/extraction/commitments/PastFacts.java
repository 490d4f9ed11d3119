package io.visitwire.extraction.commitments;

import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Undertakings the text dates in the past: "Last year, Canada pledged $100 million", "announced $30 million
 * last month", "had promised to deliver the vessels by 2025". They are background, past facts, not the
 * forward-looking undertakings ANNOTATION.md records. A date belongs to the trigger when it hangs on the
 * trigger or on its action without crossing into another clause ("pledged on Friday to honour the accord
 * signed in 2019" keeps the pledge). A future said now ("will") is never dated this way.
 */
final class PastFacts {

    /** Relations that open another clause, whose dates are not the trigger's. */
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis",
            "csubj", "conj");

    private PastFacts() {
    }

    static boolean datedBefore(Sentence s, Trigger tr, List<DateMention> dates, LocalDate published) {
        if (tr.form() == Trigger.Form.WILL || tr.form() == Trigger.Form.WILL_PASSIVE) {
            return false;
        }
        Token t = s.tokens().get(tr.token());
        if (!t.pos().equals("VBD") && !t.pos().equals("VBN")) {
            return false;
        }
        if (!s.children(tr.token(), "advcl:since").isEmpty()) {
            return true; // "has pledged $60 billion since the war began": a running total
        }
        for (DateMention d : dates) {
            if (d.sentence() == s.index() && past(d, published) && hangsOn(s, d, tr.token())) {
                return true;
            }
        }
        return false;
    }

    /** A month or year over before the publication month, or a day more than two weeks before publication. */
    private static boolean past(DateMention d, LocalDate published) {
        String v = d.last() != null ? d.last() : d.start();
        if (v == null || !v.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?.*")) {
            return false;
        }
        // "2025" and "2026-02" are whole periods: past once over before the publication month
        boolean range = v.length() < 10 || d.start() != null && !d.start().equals(d.last());
        LocalDate last = v.length() >= 10 ? LocalDate.parse(v.substring(0, 10))
                : v.length() >= 7 ? LocalDate.parse(v.substring(0, 7) + "-01").plusMonths(1).minusDays(1)
                : LocalDate.of(Integer.parseInt(v.substring(0, 4)), 12, 31);
        return range ? last.isBefore(published.withDayOfMonth(1)) : last.isBefore(published.minusDays(14));
    }

    /** The date's head reaches {@code trigger} up the parse without crossing a clause boundary. */
    private static boolean hangsOn(Sentence s, DateMention d, int trigger) {
        for (Dependency dep : s.dependencies()) {
            if (dep.governor() < 0 || !inside(s, d, dep.dependent()) || inside(s, d, dep.governor())) {
                continue;
            }
            int node = dep.governor();
            boolean inAction = false;
            for (int hop = 0; hop < 6 && node >= 0; hop++) {
                if (node == trigger) {
                    // a date of the action is its due date: past only when the text names the year ("by 2025");
                    // "agreed to host the summit in October" is resolved by the past tense, not the meaning
                    return !inAction || d.text().matches(".*\\b(19|20)[0-9]{2}\\b.*");
                }
                int up = -1;
                for (Dependency h : s.heads(node)) {
                    if (!CLAUSE_BOUNDARIES.contains(h.relation())) {
                        up = h.governor();
                        inAction |= h.relation().equals("xcomp");
                    }
                }
                node = up;
            }
        }
        return false;
    }

    private static boolean inside(Sentence s, DateMention d, int tok) {
        Token t = s.tokens().get(tok);
        return t.begin() >= d.begin() && t.end() <= d.end();
    }
}
