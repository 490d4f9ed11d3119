package io.visitwire.extraction.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** One sentence: its tokens, entity mentions and dependency edges. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
                       List<NerSpan> spans, List<Dependency> dependencies) {

    /** Edges whose governor is {@code governor}, optionally restricted to a relation prefix. */
    public List<Dependency> children(int governor, String relationPrefix) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor && (relationPrefix == null || d.relation().startsWith(relationPrefix))) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether {@code verb} is a to-infinitive: "to" marks it ("agreed to hold", "is set to sign"). */
    public boolean markedTo(int verb) {
        return children(verb, "mark").stream().anyMatch(m -> tokens.get(m.dependent()).lowerWord().equals("to"));
    }

    /** {@code head} and the tokens under it, following only the edges whose relation {@code follows} accepts. */
    public Set<Integer> subtree(int head, Predicate<String> follows) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (seen.add(n)) {
                children(n, null).stream().filter(d -> follows.test(d.relation())).forEach(d -> todo.push(d.dependent()));
            }
        }
        return seen;
    }

    /** Edges whose dependent is {@code dependent}. */
    public List<Dependency> heads(int dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                out.add(d);
            }
        }
        return out;
    }

    /** The span covering token {@code i}, or null. */
    public NerSpan spanAt(int i) {
        for (NerSpan s : spans) {
            if (i >= s.tokenStart() && i < s.tokenEnd()) {
                return s;
            }
        }
        return null;
    }

    /** Body text between two token indices (inclusive start, exclusive end). */
    public String textOf(String body, int tokenStart, int tokenEnd) {
        if (tokenStart >= tokenEnd) {
            return "";
        }
        return body.substring(tokens.get(tokenStart).begin(), tokens.get(tokenEnd - 1).end());
    }
}
