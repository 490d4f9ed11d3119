package io.visitwire.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One word list the rules read, as data: the entries of {@code lexicon/<name>.lst} on the classpath, one a
 * line (a lemma, a word, or a phrase of words separated by single spaces), after the {@code #} comment
 * lines on top that say what the list means and what reads it. {@code lexicon/index.lst} names every list,
 * with its tags: a list tagged {@value #PARSE} holds words the rules start from on the dependency parse, and
 * the cascade parses the sentences that hold one ({@code nlp.SyntaxTriggers}), so the rules and the parse
 * gate read the same files.
 *
 * <p>Each list is read once per JVM, on first use, and shared. A lexicon is an immutable set of its
 * entries in file order, so a rule keeps writing {@code LIST.contains(token.lowerLemma())}; phrases are
 * matched on tokens with {@link #phraseAt}. Thread-safe.
 */
public final class Lexicon extends AbstractSet<String> {

    /** The tag of the lists whose words send a sentence to the dependency parser. */
    public static final String PARSE = "parse";
    /** Words that send a sentence to the parser only when it also holds an amount of money ("announced $5 million"). */
    public static final String PARSE_WITH_MONEY = "parse-money";
    /** Words that send a sentence to the parser only when it also holds a speech verb ("would ..., he said"). */
    public static final String PARSE_WITH_SPEECH = "parse-speech";
    /** Words that send a sentence to the parser only when a place follows them ("is in Hanoi", "went on to Amman"). */
    public static final String PARSE_BEFORE_PLACE = "parse-place";
    /** Words that send a sentence to the parser only between "be" and "to" ("is set to sign", "are due to hold"). */
    public static final String PARSE_BE_TO = "parse-be-to";

    private static final String DIR = "/lexicon/";
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final Set<String> tags;
    private final Set<String> entries;
    /** Every entry as its words, longest phrase first, so {@link #phraseAt} finds the longest match. */
    private final List<String[]> phrases;

    private Lexicon(String name, Set<String> tags, Set<String> entries) {
        this.name = name;
        this.tags = Collections.unmodifiableSet(tags);
        this.entries = Collections.unmodifiableSet(entries);
        List<String[]> words = new ArrayList<>();
        entries.forEach(e -> words.add(e.split(" ")));
        words.sort(Comparator.comparingInt((String[] w) -> -w.length));
        this.phrases = List.copyOf(words);
    }

    /** The list {@code lexicon/<name>.lst}; the name must be in {@code lexicon/index.lst}. */
    public static Lexicon of(String name) {
        return LOADED.computeIfAbsent(name, Lexicon::load);
    }

    /**
     * Several lists read as one, for a rule whose word class is made of named concepts ("not a visit":
     * remote contact and possibility words). Its tags are those every part has.
     */
    public static Lexicon union(String... names) {
        Set<String> entries = new LinkedHashSet<>();
        Set<String> tags = null;
        for (String n : names) {
            Lexicon part = of(n);
            entries.addAll(part.entries);
            if (tags == null) {
                tags = new LinkedHashSet<>(part.tags);
            } else {
                tags.retainAll(part.tags);
            }
        }
        return new Lexicon(String.join("+", names), tags == null ? Set.of() : tags, entries);
    }

    /** Every list named in {@code lexicon/index.lst}, in its order, with its tags. */
    public static Map<String, Set<String>> index() {
        return Index.LISTS;
    }

    /** The lists the index gives {@code tag}, in index order. */
    public static List<Lexicon> tagged(String tag) {
        return Index.LISTS.entrySet().stream().filter(e -> e.getValue().contains(tag)).map(e -> of(e.getKey())).toList();
    }

    public String name() {
        return name;
    }

    public Set<String> tags() {
        return tags;
    }

    @Override
    public boolean contains(Object o) {
        return entries.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return entries.iterator();
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** The first word of every entry: a phrase can only start at a token that is one. */
    public Set<String> firstWords() {
        Set<String> out = new LinkedHashSet<>();
        phrases.forEach(p -> out.add(p[0]));
        return Collections.unmodifiableSet(out);
    }

    /**
     * How many tokens from {@code start} on spell an entry, word by word in {@code form} (a token's lower-case
     * lemma or word): the longest such entry's length, 0 when none does ("called off" → 2 with "call off").
     */
    public <T> int phraseAt(List<T> tokens, int start, Function<? super T, String> form) {
        for (String[] p : phrases) {
            if (start + p.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < p.length && all; k++) {
                all = p[k].equals(form.apply(tokens.get(start + k)));
            }
            if (all) {
                return p.length;
            }
        }
        return 0;
    }

    /**
     * A regular-expression group matching any entry literally, longest first: {@code (?:prime minister|king)}.
     * For the patterns that stay patterns ("late or former, then the office") around a word list.
     */
    public String alternation() {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            b.append(i > 0 ? "|" : "").append(Pattern.quote(sorted.get(i)));
        }
        return b.append(')').toString();
    }

    @Override
    public String toString() {
        return name + entries;
    }

    private static Lexicon load(String name) {
        Set<String> tags = Index.LISTS.get(name);
        if (tags == null) {
            throw new IllegalArgumentException("lexicon " + name + " is not named in " + DIR + "index.lst");
        }
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : entries(name + ".lst")) {
            if (!entries.add(entry)) {
                throw new IllegalStateException(DIR + name + ".lst lists \"" + entry + "\" twice");
            }
        }
        return new Lexicon(name, tags, entries);
    }

    /** The non-comment, non-blank lines of a file in this folder, trimmed. */
    static List<String> entries(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DIR + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
        return out;
    }

    /** {@code index.lst}: a list's name, then its tags, separated by white space. */
    private static final class Index {
        static final Map<String, Set<String>> LISTS = read();

        private static Map<String, Set<String>> read() {
            Map<String, Set<String>> lists = new LinkedHashMap<>();
            for (String line : entries("index.lst")) {
                String[] cols = line.split("\\s+");
                Set<String> tags = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(cols).subList(1, cols.length)));
                if (lists.put(cols[0], tags) != null) {
                    throw new IllegalStateException(DIR + "index.lst names " + cols[0] + " twice");
                }
            }
            return Collections.unmodifiableMap(lists);
        }
    }
}
