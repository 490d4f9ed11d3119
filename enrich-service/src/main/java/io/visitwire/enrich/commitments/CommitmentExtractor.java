package io.visitwire.enrich.commitments;

import io.visitwire.enrich.entities.CanonicalEntity;
import io.visitwire.enrich.entities.EntityIndex;
import io.visitwire.enrich.entities.SubjectResolver;
import io.visitwire.enrich.nlp.DateMention;
import io.visitwire.enrich.nlp.DateValues;
import io.visitwire.enrich.nlp.Dependency;
import io.visitwire.enrich.nlp.NerSpan;
import io.visitwire.enrich.nlp.ParsedText;
import io.visitwire.enrich.nlp.Sentence;
import io.visitwire.enrich.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First pass at commitments: explicit forward-looking undertakings ("promised to", "pledged",
 * "committed to", "agreed to", "will", "plans to", "invited X to visit") by an agent the text names,
 * with what was undertaken, a due date and an amount. Possibilities, negations, questions,
 * conditionals, reaffirmations and exhortations are not undertakings. Stateless; thread-safe.
 */
public final class CommitmentExtractor {

    private static final Set<String> PROMISE = Set.of("promise", "vow", "assure", "guarantee");
    private static final Set<String> PLEDGE = Set.of("pledge", "commit", "agree", "undertake", "resolve");
    private static final Set<String> PLAN = Set.of("plan", "intend", "schedule", "aim", "expect", "prepare");
    private static final Set<String> OFFER = Set.of("offer", "invite", "propose");
    private static final Set<String> MODAL_HEDGES = Set.of("may", "might", "could", "would", "should", "possibly",
            "perhaps", "possibility", "consider", "hope", "if", "unless", "whether");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");
    private static final Set<String> REAFFIRM = Set.of("reaffirm", "affirm", "reiterate", "underscore", "stand");
    /** Subjects of "will" that are things, not agents ("the treaty will go to ..."). */
    private static final Set<String> NON_AGENTS = Set.of("it", "this", "that", "which", "agreement", "appointment",
            "there", "letter", "meeting", "visit", "program", "plan", "campaign", "fund", "funds", "these", "those");
    private static final Set<String> ITINERARY = Set.of("meet", "travel", "visit", "arrive", "begin", "lead", "attend",
            "stop", "tour", "fly", "depart", "leave", "conclude", "head");
    private static final Pattern MONEY = Pattern.compile("~?([$€£¥])?([0-9.]+(?:E[0-9]+)?)");

    public List<CommitmentCandidate> extract(ParsedText doc, EntityIndex index, List<DateMention> dates,
                                             SubjectResolver subjects) {
        List<CommitmentCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.text().trim().endsWith("?") || startsConditional(s)) {
                continue;
            }
            for (Token t : s.tokens()) {
                CommitmentKind kind = kindOf(s, t);
                if (kind == null || hedged(s, t)) {
                    continue;
                }
                int actionHead = actionHead(s, t, kind);
                if (actionHead < 0) {
                    continue;
                }
                Optional<CanonicalEntity> who = committer(s, t, kind, subjects);
                if (who.isEmpty()) {
                    continue;
                }
                String action = actionText(doc.text(), s, actionHead);
                if (action.isBlank()) {
                    continue;
                }
                String due = due(s, dates, doc);
                Double amount = null;
                String currency = null;
                for (NerSpan sp : s.spans()) {
                    if ("MONEY".equals(sp.type()) && sp.begin() >= s.tokens().get(actionHead).begin() && sp.normalized() != null) {
                        Matcher m = MONEY.matcher(sp.normalized());
                        if (m.lookingAt()) {
                            amount = Double.valueOf(m.group(2));
                            currency = currencyOf(m.group(1));
                        }
                        break;
                    }
                }
                double confidence = kind == CommitmentKind.PLAN ? 0.6 : 0.75;
                out.add(new CommitmentCandidate(who.get(), null, action, kind, due, amount, currency, confidence, s));
                break; // one undertaking per sentence in this first pass
            }
        }
        return out;
    }

    /** The kind a token signals, or null. "will" counts only as an auxiliary of an agentive verb. */
    private CommitmentKind kindOf(Sentence s, Token t) {
        String l = t.lowerLemma();
        if (t.lowerWord().equals("will") && t.pos().equals("MD")) {
            return CommitmentKind.PLAN;
        }
        if (!t.isVerb()) {
            return null;
        }
        if (PROMISE.contains(l)) {
            return CommitmentKind.PROMISE;
        }
        if (PLEDGE.contains(l)) {
            return CommitmentKind.PLEDGE;
        }
        if (PLAN.contains(l)) {
            return CommitmentKind.PLAN;
        }
        if (OFFER.contains(l)) {
            return CommitmentKind.OFFER;
        }
        return null;
    }

    private static boolean startsConditional(Sentence s) {
        return !s.tokens().isEmpty() && Set.of("if", "unless", "should").contains(s.tokens().get(0).lowerWord());
    }

    /** Hedges, negations and reaffirmations near the trigger cancel it. */
    private static boolean hedged(Sentence s, Token t) {
        int from = Math.max(0, t.index() - 4);
        for (int i = from; i < t.index(); i++) {
            String w = s.tokens().get(i).lowerWord();
            if (NEGATIONS.contains(w) || MODAL_HEDGES.contains(w)) {
                return true;
            }
        }
        int after = Math.min(s.tokens().size(), t.index() + 3);
        for (int i = t.index() + 1; i < after; i++) {
            if (NEGATIONS.contains(s.tokens().get(i).lowerWord())) {
                return true;
            }
        }
        for (Token x : s.tokens()) {
            if (x.index() < t.index() && REAFFIRM.contains(x.lowerLemma()) && x.isVerb() && x.index() > t.index() - 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb of what is undertaken: the xcomp of "promised to send", the verb "will" modifies,
     * the object verb of "committed to opening"; -1 when the trigger has none (a past fact or a
     * bare noun).
     */
    private static int actionHead(Sentence s, Token t, CommitmentKind kind) {
        if (t.lowerWord().equals("will")) {
            for (Dependency d : s.heads(t.index())) {
                if (d.relation().equals("aux") && d.governor() >= 0) {
                    Token v = s.tokens().get(d.governor());
                    // "will be the chair" (copula, head is a noun), "will be remitted", and itinerary
                    // verbs ("will meet", "will travel": a planned visit, not an undertaking)
                    if (!v.isVerb() || v.lowerLemma().equals("be")
                            || ITINERARY.contains(v.lowerLemma()) && individualSubject(s, d.governor())) {
                        return -1;
                    }
                    return d.governor();
                }
            }
            return -1;
        }
        for (Dependency d : s.children(t.index(), null)) {
            String r = d.relation();
            Token dep = s.tokens().get(d.dependent());
            if ((r.equals("xcomp") || r.startsWith("advcl:to") || r.startsWith("obl:to") && dep.isVerb()) && dep.isVerb()) {
                return d.dependent();
            }
            if (kind == CommitmentKind.OFFER && r.equals("obj")) {
                return d.dependent();
            }
        }
        if (kind == CommitmentKind.PLEDGE && t.lowerLemma().equals("commit") && t.pos().equals("VBG")) {
            for (Dependency d : s.children(t.index(), "obj")) {
                return t.index(); // "for committing troops": the act of committing is the pledge
            }
        }
        return -1;
    }

    private Optional<CanonicalEntity> committer(Sentence s, Token t, CommitmentKind kind, SubjectResolver subjects) {
        int verb = t.index();
        if (t.lowerWord().equals("will")) {
            for (Dependency d : s.heads(t.index())) {
                if (d.relation().equals("aux")) {
                    verb = d.governor();
                }
            }
        }
        List<Integer> subj = SubjectResolver.subjects(s, verb);
        if (subj.isEmpty()) {
            // "praised the Danes for committing ships": the thanked party made the commitment.
            for (Dependency d : s.heads(t.index())) {
                if (d.relation().startsWith("advcl") || d.relation().startsWith("obl")) {
                    for (Dependency o : s.children(d.governor(), "obj")) {
                        return nationalityOrEntity(s, o.dependent(), subjects);
                    }
                }
            }
            return Optional.empty();
        }
        int head = subj.get(0);
        if (NON_AGENTS.contains(s.tokens().get(head).lowerWord())) {
            return Optional.empty();
        }
        return nationalityOrEntity(s, head, subjects);
    }

    private Optional<CanonicalEntity> nationalityOrEntity(Sentence s, int tok, SubjectResolver subjects) {
        return subjects.resolveToken(s, tok);
    }

    /** One person as subject ("He will meet ..."): an itinerary item; groups and states "will meet" as a plan. */
    private static boolean individualSubject(Sentence s, int verb) {
        for (int sub : SubjectResolver.subjects(s, verb)) {
            Token t = s.tokens().get(sub);
            if ("PERSON".equals(t.ner()) || Set.of("he", "she").contains(t.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** Words of the action: from its head verb to the end of its clause. */
    private static String actionText(String body, Sentence s, int head) {
        int end = head;
        for (int i = head; i < s.tokens().size(); i++) {
            String w = s.tokens().get(i).word();
            if (i > head && (w.equals(";") || w.equals(".") || w.equals("\"") || w.equals("”")
                    || w.equals(",") && i + 1 < s.tokens().size() && Set.of("where", "which", "who", "saying", "and", "but")
                            .contains(s.tokens().get(i + 1).lowerWord()))) {
                break;
            }
            end = i;
        }
        return s.textOf(body, head, end + 1).trim();
    }

    /** Due date: a future date in the sentence, or the end of "within/over the next <duration>". */
    private static String due(Sentence s, List<DateMention> dates, ParsedText doc) {
        for (DateMention d : dates) {
            if (d.sentence() == s.index() && d.start() != null && d.start().compareTo(doc.docDate().toString()) > 0) {
                return d.start();
            }
        }
        for (NerSpan sp : s.spans()) {
            if ("DURATION".equals(sp.type()) && sp.tokenStart() > 0) {
                String prev = s.tokens().get(sp.tokenStart() - 1).lowerWord();
                if (prev.equals("within") || prev.equals("next") || prev.equals("in")) {
                    String v = DateValues.after(sp.normalized(), doc.docDate());
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    private static String currencyOf(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> null;
        };
    }
}
