package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The undertaking as a short verb phrase in the base form: "relay the message to ...", "launch the
 * second phase ..." (from "committed to launching"), "remit the funds ..." (from "the funds will be
 * remitted"), "commit troops to ..." (from "for committing troops").
 */
final class ActionPhrases {

    /** After a comma, these words open another clause or an elaboration, which the action leaves out. */
    private static final Lexicon CLAUSE_OPENERS = Lexicon.of("clause-openers");
    /** "and", "but": they end the phrase when a clause of its own follows, else they join a list. */
    private static final Lexicon COORDINATORS = Lexicon.of("coordinators");

    /** What joins a list's actions and is left out of each: "provide X; expand Y, and to open Z". */
    private static final Set<String> LIST_JOINS = Set.of(",", ";", "to", "also", "then");

    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");

    private ActionPhrases() {
    }

    static String of(String body, Sentence s, Trigger tr) {
        return phrase(body, s, tr).replaceAll("\\s+", " ").trim();
    }

    private static String phrase(String body, Sentence s, Trigger tr) {
        return switch (tr.form()) {
            case WILL, VERB_CLAUSE, INSTRUCTION -> verbPhrase(body, s, tr.actionHead(), tr.end());
            case WILL_PASSIVE -> activeOfPassive(body, s, tr.actionHead(), tr.end());
            case VERB_OBJECT -> join(tr.kindRule() == CommitmentRule.ANNOUNCED_AMOUNT ? "provide" : baseOf(s.tokens().get(tr.token())),
                    rest(body, s, tr.token() + 1));
            case PARTICIPLE -> join(Triggers.stemLemma(s.tokens().get(tr.token())), rest(body, s, tr.token() + 1));
            case NOUN -> nounPhrase(body, s, tr);
        };
    }

    /** From the action verb to the end of its clause, the verb in its base form. */
    private static String verbPhrase(String body, Sentence s, int head, int limit) {
        Token v = s.tokens().get(head);
        return join(baseOf(v), rest(body, s, head + 1, limit));
    }

    /** "the funds will be remitted in ..." → "remit the funds in ...". */
    private static String activeOfPassive(String body, Sentence s, int verb, int limit) {
        String object = "";
        for (Dependency d : s.children(verb, "nsubj:pass")) {
            int[] span = span(s, d.dependent());
            object = s.textOf(body, span[0], span[1] + 1);
            if (s.tokens().get(span[0]).pos().equals("DT")) {
                object = object.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + object.substring(1);
            }
        }
        int from = verb + 1;
        for (Dependency d : s.children(verb, "obl:agent")) {
            // "delivered by Sweden before June" → "deliver the radars before June": the agent is the committer
            int[] agent = span(s, d.dependent());
            if (agent[0] == verb + 1 && !"DATE".equals(s.tokens().get(d.dependent()).ner())) { // "by the end of May": a date
                from = agent[1] + 1;
            }
        }
        return join(join(baseOf(s.tokens().get(verb)), object), rest(body, s, from, limit));
    }

    /** "the Dutch's financial commitments to accelerate ..." → "make financial commitments to accelerate ...". */
    private static String nounPhrase(String body, Sentence s, Trigger tr) {
        int start = tr.token();
        for (Dependency d : s.children(tr.token(), null)) {
            String r = d.relation();
            Token m = s.tokens().get(d.dependent());
            if ((r.equals("amod") || r.equals("compound") || r.equals("nummod")) && d.dependent() < tr.token()
                    && ("O".equals(m.ner()) || "MONEY".equals(m.ner()) || "NUMBER".equals(m.ner()))) {
                start = Math.min(start, span(s, d.dependent())[0]);
            }
        }
        String verb = s.tokens().get(tr.token()).lowerLemma().equals("plan") ? "carry out" : "make";
        // "Poland's offer to host the talks was welcomed": the purpose ends where its subtree does
        int limit = tr.actionHead() == tr.token() ? Integer.MAX_VALUE : span(s, tr.actionHead(), true)[1] + 1;
        // and never runs into a finite verb: the purpose is an infinitive, so "... talks was welcomed" is the clause
        // the noun is part of, however the parser attached the purpose
        for (int i = tr.token() + 1; i < Math.min(limit, s.tokens().size()); i++) {
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(s.tokens().get(i).pos())) {
                limit = i;
                break;
            }
        }
        return join(join(verb, s.textOf(body, start, tr.token() + 1)), rest(body, s, tr.token() + 1, limit));
    }

    /** Text from token {@code from} to the end of the clause. */
    private static String rest(String body, Sentence s, int from) {
        return rest(body, s, from, Integer.MAX_VALUE);
    }

    /** Text from token {@code from} to the end of the clause or token {@code limit}, whichever comes first. */
    private static String rest(String body, Sentence s, int from, int limit) {
        int end = from - 1;
        for (int i = from; i < Math.min(limit, s.tokens().size()); i++) {
            String w = s.tokens().get(i).word();
            if (i > from && COORDINATORS.contains(w) && !s.tokens().get(i - 1).word().equals(",")
                    && opensClause(s, i)) {
                break;
            }
            if (w.equals(";") || w.equals(".") || w.equals("\"") || w.equals("”") || w.equals("“") || w.equals(":")
                    || w.equals("-LRB-") || w.equals("(") || w.equals("—") || w.equals("--")
                    || w.equals(",") && i + 1 < s.tokens().size()
                    && CLAUSE_OPENERS.contains(s.tokens().get(i + 1).lowerWord()) && opensClause(s, i + 1)
                    || w.equals(",") && attribution(s, i + 1)) {
                break;
            }
            end = i;
        }
        boolean cut = end == limit - 1;
        while (end >= from && (Set.of(",", "'", "’").contains(s.tokens().get(end).word())
                || cut && (LIST_JOINS.contains(s.tokens().get(end).lowerWord()) || COORDINATORS.contains(s.tokens().get(end).lowerWord())))) {
            end--;
        }
        return end < from ? "" : s.textOf(body, from, end + 1);
    }

    /** ", the foreign ministry said on Friday", ", he told reporters": the words that attribute the clause. */
    private static boolean attribution(Sentence s, int from) {
        for (int j = from; j < Math.min(s.tokens().size(), from + 12); j++) {
            Token t = s.tokens().get(j);
            if (t.isVerb()) {
                return j > from && SPEECH.contains(t.lowerLemma());
            }
        }
        return false;
    }

    /** "and"/"but" open a new clause when a verb with its own subject follows; otherwise they join a list. */
    private static boolean opensClause(Sentence s, int opener) {
        String w = s.tokens().get(opener).lowerWord();
        if (!COORDINATORS.contains(w)) {
            return true;
        }
        for (int j = opener + 1; j < Math.min(s.tokens().size(), opener + 6); j++) {
            for (Dependency d : s.children(j, null)) {
                if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && d.dependent() > opener) {
                    return true;
                }
            }
        }
        return false;
    }

    /** First and last token of the subtree under {@code head}, its clauses on nouns left out. */
    private static int[] span(Sentence s, int head) {
        return span(s, head, false);
    }

    /**
     * First and last token of the subtree under {@code head}; {@code withClauses} keeps the clauses on its
     * nouns ("efforts to combat ...") and leaves out subjects and punctuation instead.
     */
    private static int[] span(Sentence s, int head, boolean withClauses) {
        int lo = head;
        int hi = head;
        Deque<Integer> todo = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            lo = Math.min(lo, n);
            hi = Math.max(hi, n);
            for (Dependency d : s.children(n, null)) {
                String r = d.relation();
                boolean out = r.equals("ref") || r.contains("xsubj") || (withClauses
                        ? r.startsWith("nsubj") || r.startsWith("punct") : r.startsWith("acl"));
                if (!out) {
                    todo.push(d.dependent());
                }
            }
        }
        return new int[] {lo, hi};
    }

    private static String baseOf(Token v) {
        return v.isVerb() ? v.lowerLemma() : v.word();
    }

    private static String join(String a, String b) {
        if (a.isBlank()) {
            return b.trim();
        }
        return b.isBlank() ? a.trim() : a.trim() + " " + b.trim();
    }
}
