package io.visitwire.extraction.visits.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule file loads (every entry a VisitRule id, every pattern compiles, lexicon references expanded) and
 * its patterns match the graphs built from the project's own parse records. No CoreNLP pipeline: the
 * sentences are written out as tokens and enhanced++ edges.
 */
class VisitPatternsTest {

    private static Sentence sentence(String[][] tokens, Dependency... deps) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < tokens.length; i++) {
            String w = tokens[i][0];
            ts.add(new Token(i, w, tokens[i][1], tokens[i][2], tokens[i][3], null, at, at + w.length()));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at, "", ts, List.of(), List.of(deps));
    }

    @Test
    void theRuleFileNamesVisitRulesOnly() {
        for (VisitRule r : List.of(VisitRule.HOST_RECEIVED, VisitRule.VISITOR_POSSESSOR, VisitRule.HOSTS_MET_WITH,
                VisitRule.HOSTS_DELEGATION, VisitRule.HOSTS_INVITATION, VisitRule.HOSTS_HOSTED_EVENT)) {
            assertTrue(VisitPatterns.has(r), r.id());
        }
        assertEquals(12, VisitPatterns.load().size());
    }

    @Test
    void lexiconReferencesBecomeAlternations() {
        String p = VisitPatterns.expand("{lemma:@host-verbs}");
        assertTrue(p.matches("\\{lemma:/[a-z|-]+/\\}") && p.contains("|receive|"), p);
    }

    @Test
    void aHostReceivingAGuest() {
        // "Rawlings received Ruiz": the subject hosts, the object is the guest
        Sentence s = sentence(new String[][] {{"Rawlings", "Rawlings", "NNP", "PERSON"}, {"received", "receive", "VBD", "O"},
                {"Ruiz", "Ruiz", "NNP", "PERSON"}}, new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1),
                new Dependency("obj", 1, 2));
        List<VisitPatterns.Match> ms = VisitPatterns.matches(VisitRule.HOST_RECEIVED, SentenceGraphs.of(s));
        assertTrue(ms.stream().anyMatch(m -> m.nodes().equals(Map.of("trigger", 1, "host", 0))), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.nodes().equals(Map.of("trigger", 1, "guest", 2))), ms.toString());
    }

    @Test
    void aGuestReceivedByAHost() {
        // "Ruiz was welcomed by Rawlings": passive subject the guest, the by-agent the host
        Sentence s = sentence(new String[][] {{"Ruiz", "Ruiz", "NNP", "PERSON"}, {"was", "be", "VBD", "O"},
                {"welcomed", "welcome", "VBN", "O"}, {"by", "by", "IN", "O"}, {"Rawlings", "Rawlings", "NNP", "PERSON"}},
                new Dependency("nsubj:pass", 2, 0), new Dependency("aux:pass", 2, 1), new Dependency("root", -1, 2),
                new Dependency("case", 4, 3), new Dependency("obl:by", 2, 4));
        List<VisitPatterns.Match> ms = VisitPatterns.matches(VisitRule.HOST_RECEIVED, SentenceGraphs.of(s));
        assertTrue(ms.stream().anyMatch(m -> m.node("agent") == 4), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.node("guest") == 0), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.node("host") >= 0), "a passive subject hosts no one: " + ms);
    }

    @Test
    void thePeopleMetWithAndTheOwnerOfAVisit() {
        // "his visit ... met with Otieno"
        Sentence s = sentence(new String[][] {{"his", "he", "PRP$", "O"}, {"visit", "visit", "NN", "O"},
                {"met", "meet", "VBD", "O"}, {"with", "with", "IN", "O"}, {"Otieno", "Otieno", "NNP", "PERSON"}},
                new Dependency("nmod:poss", 1, 0), new Dependency("obl:during", 2, 1), new Dependency("root", -1, 2),
                new Dependency("case", 4, 3), new Dependency("obl:with", 2, 4));
        assertEquals(List.of(new VisitPatterns.Match(Map.of("verb", 2, "met", 4))),
                VisitPatterns.matches(VisitRule.HOSTS_MET_WITH, SentenceGraphs.of(s)));
        assertEquals(List.of(new VisitPatterns.Match(Map.of("trigger", 1, "visitor", 0))),
                VisitPatterns.matches(VisitRule.VISITOR_POSSESSOR, SentenceGraphs.of(s)));
    }
}
