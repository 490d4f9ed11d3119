package io.visitwire.extraction.nlp;

import edu.stanford.nlp.io.IOUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The literal entries of CoreNLP's fine-grained (KBP) NER gazetteers.
 *
 * <p>Of their ~586,000 entries, ~1,100 are regular expressions, and those make TokensRegexNER try a
 * pattern at every token: measured on the dev articles, the fine-grained step cost ~1.2 s per 3,200
 * tokens with them and ~0.4 s without, with the same mentions. Entries whose only pattern syntax is an
 * optional or escaped character or a small character class ({@code Ala\.?}, {@code V[aA]\.?}) are
 * expanded into their literal forms; the rest (e-mail and URL shapes, handles) are dropped: none of them
 * is a place, nationality or title the rules need. Literal escapes such as {@code U\.S\.} and the few
 * open-ended titles ({@code secretary of the .*}) are kept.
 *
 * <p>{@link FineGrainedTypes} matches these entries; {@link #fineGrainedMapping()} writes them as files
 * CoreNLP's own TokensRegexNER reads, the reference {@code FineGrainedTypesEquivalenceIT} compares with.
 */
public final class LiteralGazetteers {

    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    /** CoreNLP 4.5.10's default fine-grained settings, with the two files replaced. */
    private static final String SETTINGS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,%s;%s";
    private static final int MAX_VARIANTS = 16;
    private static final Pattern LITERAL_WITH_ESCAPED_DOTS = Pattern.compile("([^\\[\\]()*+?|{}^$\\\\.]|\\\\\\.)*");
    /**
     * "secretary of .*", "secretary of the .*": a literal start lets TokensRegex find candidates by index, so
     * these few open-ended titles stay; they make "Secretary of the Navy" one TITLE.
     */
    private static final Pattern OPEN_ENDED_TITLE = Pattern.compile("[a-z]+ of( the)? \\.\\*");
    private static final Pattern PLAIN = Pattern.compile("[^\\[\\]()*+?|{}^$\\\\.]");

    private LiteralGazetteers() {
    }

    /** The {@code ner.fine.regexner.mapping} value pointing at the literal copies, written if missing. */
    public static String fineGrainedMapping() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "visitwire-corenlp-4.5.10-kbp-literal-v5");
        return String.format(SETTINGS, copy(CASELESS, dir), copy(CASED, dir));
    }

    private static String copy(String resource, Path dir) {
        Path target = dir.resolve(Path.of(resource).getFileName());
        if (Files.isRegularFile(target)) {
            return target.toString();
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "kbp", ".part");
            try (BufferedReader in = IOUtils.readerFromString(resource, "UTF-8");
                 Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    int tab = line.indexOf('\t');
                    String rest = tab < 0 ? "" : line.substring(tab);
                    for (String literal : literalForms(tab < 0 ? line : line.substring(0, tab))) {
                        out.write(literal);
                        out.write(rest);
                        out.write('\n');
                    }
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write literal copy of " + resource, e);
        }
    }

    /**
     * The literal forms of a gazetteer pattern: itself when literal, its expansions when it only uses
     * optional characters, escapes and small character classes, nothing otherwise.
     */
    static List<String> literalForms(String pattern) {
        if (LITERAL_WITH_ESCAPED_DOTS.matcher(pattern).matches() || OPEN_ENDED_TITLE.matcher(pattern).matches()) {
            return List.of(pattern);
        }
        // an expansion with an escaped dot would be a regular expression again: TokensRegex indexes only
        // plain strings, and each regular expression is tried at every token
        return expansions(pattern).stream().filter(f -> f.indexOf('\\') < 0).toList();
    }

    private static List<String> expansions(String pattern) {
        List<String> forms = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < pattern.length()) {
            List<String> unit;
            char c = pattern.charAt(i);
            int next;
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '.') {
                unit = List.of(pattern.substring(i, i + 2)); // kept escaped: the entry stays a valid pattern
                next = i + 2;
            } else if (c == '[') {
                int close = pattern.indexOf(']', i);
                if (close < 0) {
                    return List.of();
                }
                unit = new ArrayList<>();
                for (char member : pattern.substring(i + 1, close).toCharArray()) {
                    if (!PLAIN.matcher(String.valueOf(member)).matches() || member == '-') {
                        return List.of();
                    }
                    unit.add(String.valueOf(member));
                }
                next = close + 1;
            } else if (c == ' ' || PLAIN.matcher(String.valueOf(c)).matches()) {
                unit = List.of(String.valueOf(c));
                next = i + 1;
            } else {
                return List.of();
            }
            if (next < pattern.length() && pattern.charAt(next) == '?') {
                unit = new ArrayList<>(unit);
                unit.add("");
                next++;
            }
            List<String> grown = new ArrayList<>();
            for (String prefix : forms) {
                for (String u : unit) {
                    grown.add(prefix + u);
                }
            }
            if (grown.size() > MAX_VARIANTS) {
                return List.of();
            }
            forms = grown;
            i = next;
        }
        return forms.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
    }
}
