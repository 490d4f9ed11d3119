package io.visitwire.extraction.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER step (the KBP gazetteers: CITY, COUNTRY, STATE_OR_PROVINCE, NATIONALITY,
 * TITLE, ...) as two token tries instead of TokensRegex patterns.
 *
 * <p>Why by hand: with regular-expression entries removed, TokensRegex still builds a sequence matcher for
 * every gazetteer entry that shares a word with the sentence ("new", "san", "port" start thousands of
 * city names); profiled, that was a quarter of the engine's time. A trie walk per token finds the same
 * matches. The semantics are TokensRegexNERAnnotator's with CoreNLP 4.5.10's fine-grained settings, so
 * the labels are the same (checked by {@code FineGrainedTypesEquivalenceTest} on the dev articles):
 * <ul>
 *   <li>entries: the caseless file compared ignoring case, the cased file exactly; only literal entries and
 *       their expansions ({@link LiteralGazetteers#literalForms}); {@code .*} matches any one token;</li>
 *   <li>among overlapping matches: higher priority, then longer, then earlier, then file order;</li>
 *   <li>a match is applied when one of its tokens has a noun, adjective or ADD tag, and when the labels it
 *       would replace may be replaced (background labels, its own kinds of label, the types the entry lists,
 *       LOCATION runs; never across the edge of another entity; CITY only over the types it lists).</li>
 * </ul>
 */
public final class FineGrainedTypes {

    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
    private static final String ANY_TOKEN = "\u0000any";

    private record Entry(String type, Set<String> overwritable, double priority, int order) {
    }

    private record Match(int start, int end, Entry entry) {
        int length() {
            return end - start;
        }

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    private static final Comparator<Match> PREFERENCE = Comparator
            .comparingDouble((Match m) -> -m.entry().priority())
            .thenComparingInt(m -> -m.length())
            .thenComparingInt(Match::start)
            .thenComparingInt(m -> m.entry().order());

    private static final class Node {
        Map<String, Node> next;
        Entry entry;

        Node child(String key) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(key, k -> new Node());
        }
    }

    private final Node caseless = new Node();
    private final Node cased = new Node();
    /** Labels a match may always replace: background, none, and every type the gazetteers assign. */
    private final Set<String> replaceable = new HashSet<>();

    private FineGrainedTypes() {
        replaceable.add("O");
        replaceable.add("MISC");
        replaceable.add(null);
    }

    /** Reads CoreNLP's two KBP gazetteers from the models jar (~1-2 s). */
    public static FineGrainedTypes load() {
        FineGrainedTypes types = new FineGrainedTypes();
        int order = types.read(LiteralGazetteers.CASELESS, true, types.caseless, 0);
        types.read(LiteralGazetteers.CASED, false, types.cased, order);
        return types;
    }

    private int read(String resource, boolean ignoreCase, Node root, int order) {
        // ~590,000 entries share a handful of types and override lists: one instance of each, not one per entry
        Map<String, String> types = new HashMap<>();
        Map<String, Set<String>> overwritables = new HashMap<>();
        try (BufferedReader in = IOUtils.readerFromString(resource, "UTF-8")) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    continue;
                }
                String type = cols[1].trim();
                int comma = type.indexOf(',');
                type = types.computeIfAbsent(comma > 0 ? type.substring(0, comma).trim() : type, t -> t);
                Set<String> overwritable = cols.length > 2
                        ? overwritables.computeIfAbsent(cols[2].trim(), list -> Set.of(list.split("\\s*,\\s*")))
                        : Set.of();
                double priority = cols.length > 3 ? Double.parseDouble(cols[3].trim()) : 0.0;
                replaceable.add(type);
                for (String form : LiteralGazetteers.literalForms(cols[0].trim())) {
                    Node node = root;
                    for (String token : form.split("\\s+")) {
                        node = node.child(key(token, ignoreCase));
                    }
                    // a repeated entry counts only with a higher priority, as in TokensRegexNER
                    if (node.entry == null || priority > node.entry.priority()) {
                        node.entry = new Entry(type, overwritable, priority, order++);
                    }
                }
            }
            return order;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String key(String token, boolean ignoreCase) {
        if (token.equals(".*")) {
            return ANY_TOKEN;
        }
        String literal = token.replace("\\.", ".");
        return ignoreCase ? literal.toLowerCase(Locale.ROOT) : literal;
    }

    /** Labels the gazetteer matches in one sentence's tokens, in place. */
    public void annotate(List<CoreLabel> tokens) {
        List<Match> all = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            walk(caseless, tokens, start, start, true, all);
            walk(cased, tokens, start, start, false, all);
        }
        all.sort(PREFERENCE);
        List<Match> chosen = new ArrayList<>();
        for (Match m : all) {
            if (chosen.stream().noneMatch(m::overlaps)) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        for (Match m : chosen) {
            if (hasValidPos(tokens, m) && mayReplace(tokens, m)) {
                for (int i = m.start(); i < m.end(); i++) {
                    tokens.get(i).setNER(m.entry().type());
                }
            }
        }
        for (CoreLabel token : tokens) {
            token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, token.ner());
        }
    }

    private static void walk(Node node, List<CoreLabel> tokens, int start, int at, boolean ignoreCase, List<Match> out) {
        if (node.entry != null && at > start) {
            out.add(new Match(start, at, node.entry));
        }
        if (node.next == null || at == tokens.size()) {
            return;
        }
        String word = tokens.get(at).word();
        Node literal = node.next.get(ignoreCase ? word.toLowerCase(Locale.ROOT) : word);
        if (literal != null) {
            walk(literal, tokens, start, at + 1, ignoreCase, out);
        }
        Node any = node.next.get(ANY_TOKEN);
        if (any != null) {
            walk(any, tokens, start, at + 1, ignoreCase, out);
        }
    }

    private static boolean hasValidPos(List<CoreLabel> tokens, Match m) {
        for (int i = m.start(); i < m.end(); i++) {
            String pos = tokens.get(i).tag();
            if (pos != null && VALID_POS.matcher(pos).matches()) {
                return true;
            }
        }
        return false;
    }

    /** TokensRegexNERAnnotator's rule for replacing the labels already there. */
    private boolean mayReplace(List<CoreLabel> tokens, Match m) {
        int start = m.start();
        int end = m.end();
        boolean allLocation = true;
        for (int i = start; i < end && allLocation; i++) {
            String ner = tokens.get(i).ner();
            allLocation = "LOCATION".equals(ner) || "GPE".equals(ner);
        }
        if (allLocation) {
            return true;
        }
        String startNer = tokens.get(start).ner();
        String endNer = tokens.get(end - 1).ner();
        boolean entityContinuesBefore = startNer != null && !replaceable.contains(startNer) && start > 0
                && startNer.equals(tokens.get(start - 1).ner());
        boolean entityContinuesAfter = endNer != null && !replaceable.contains(endNer) && end < tokens.size()
                && endNer.equals(tokens.get(end).ner());
        if (entityContinuesBefore || entityContinuesAfter) {
            return false; // cutting across an entity already recognized
        }
        if (startNer == null) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            if (!startNer.equals(tokens.get(i).ner())) {
                return true;
            }
        }
        if (m.entry().overwritable().contains(startNer)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(m.entry().type()) && replaceable.contains(startNer);
    }
}
