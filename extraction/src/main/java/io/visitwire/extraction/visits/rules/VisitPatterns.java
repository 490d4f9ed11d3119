package io.visitwire.extraction.visits.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.visits.VisitRule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visit rules that are dependency patterns, read once per JVM from {@code rules/visits.semgrex} (as
 * CoreNLP's {@code KBPSemgrexExtractor} reads its relation files): one entry per rule, {@code id = pattern},
 * the id a {@link VisitRule} id, {@code #} lines saying what it means, indented lines continuing the pattern.
 * {@code @name} in a pattern stands for the one-word entries of lexicon {@code name}, so a word list is kept
 * once. Java asks a rule for its named nodes ({@code =trigger}, {@code =host}, ...) on a sentence's graph.
 * Immutable; thread-safe (a {@code SemgrexPattern} keeps no match state).
 */
public final class VisitPatterns {

    private static final String FILE = "/rules/visits.semgrex";
    private static final Pattern LEXICON_REF = Pattern.compile("@([a-z][a-z-]*)");
    private static final Map<VisitRule, SemgrexPattern> RULES = load();

    private VisitPatterns() {
    }

    /** A match: the token index (0-based) of each named node that took part. */
    public record Match(Map<String, Integer> nodes) {
        public int node(String name) {
            Integer i = nodes.get(name);
            return i == null ? -1 : i;
        }
    }

    public static boolean has(VisitRule rule) {
        return RULES.containsKey(rule);
    }

    /** Every match of {@code rule} on {@code graph}, in Semgrex's order. */
    public static List<Match> matches(VisitRule rule, SemanticGraph graph) {
        SemgrexPattern p = RULES.get(rule);
        if (p == null) {
            throw new IllegalArgumentException(rule.id() + " is not in " + FILE);
        }
        List<Match> out = new ArrayList<>();
        SemgrexMatcher m = p.matcher(graph);
        while (m.find()) {
            Map<String, Integer> nodes = new LinkedHashMap<>();
            for (String name : m.getNodeNames()) {
                IndexedWord w = m.getNode(name);
                if (w != null) {
                    nodes.put(name, w.index() - 1);
                }
            }
            out.add(new Match(nodes));
        }
        return out;
    }

    static Map<VisitRule, SemgrexPattern> load() {
        Map<String, VisitRule> byId = new LinkedHashMap<>();
        Arrays.stream(VisitRule.values()).forEach(r -> byId.put(r.id(), r));
        Map<VisitRule, SemgrexPattern> out = new EnumMap<>(VisitRule.class);
        try (InputStream in = VisitPatterns.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, StringBuilder> entries = new LinkedHashMap<>();
            StringBuilder current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0)) && current != null) {
                    current.append(' ').append(line.strip());
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new IllegalStateException(FILE + ": no 'id = pattern' in: " + line);
                }
                String id = line.substring(0, eq).strip();
                if (entries.containsKey(id)) {
                    throw new IllegalStateException(FILE + ": " + id + " twice (one entry per rule)");
                }
                current = new StringBuilder(line.substring(eq + 1).strip());
                entries.put(id, current);
            }
            for (var e : entries.entrySet()) {
                VisitRule rule = byId.get(e.getKey());
                if (rule == null) {
                    throw new IllegalStateException(FILE + ": " + e.getKey() + " is no VisitRule id");
                }
                out.put(rule, SemgrexPattern.compile(expand(e.getValue().toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code {lemma:@host-verbs}} → {@code {lemma:/host|welcome|receive|greet/}}. */
    static String expand(String pattern) {
        Matcher m = LEXICON_REF.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            List<String> words = Lexicon.of(m.group(1)).stream().filter(w -> w.matches("[\\p{L}-]+")).sorted().toList();
            m.appendReplacement(b, Matcher.quoteReplacement("/" + String.join("|", words) + "/"));
        }
        m.appendTail(b);
        return b.toString();
    }
}
