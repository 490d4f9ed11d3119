package io.visitwire.extraction.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lexicon folder as data: every file listed in index.lst, with a header, well-formed entries, no repeats. */
class LexiconFilesTest {

    private static final Set<String> KNOWN_TAGS = Set.of(Lexicon.PARSE, Lexicon.PARSE_WITH_MONEY,
            Lexicon.PARSE_WITH_SPEECH, Lexicon.PARSE_BEFORE_PLACE,
                Lexicon.PARSE_BE_TO);

    /** The source folder, not the build's copy, which keeps files deleted since. */
    private static Path folder() {
        return Path.of("src/main/resources/lexicon");
    }

    private static Set<String> files() throws Exception {
        try (Stream<Path> paths = Files.list(folder())) {
            Set<String> names = new TreeSet<>();
            paths.map(p -> p.getFileName().toString()).forEach(names::add);
            return names;
        }
    }

    @Test
    void theIndexNamesEveryListFileAndNoOther() throws Exception {
        Set<String> lists = new TreeSet<>();
        for (String f : files()) {
            assertTrue(f.endsWith(".lst"), f + ": only .lst files belong in lexicon/");
            if (!f.equals("index.lst")) {
                lists.add(f.substring(0, f.length() - ".lst".length()));
            }
        }
        assertEquals(lists, new TreeSet<>(Lexicon.index().keySet()), "lexicon/index.lst and the folder differ");
    }

    @Test
    void theIndexUsesKnownTagsOnly() {
        Lexicon.index().forEach((name, tags) ->
                tags.forEach(t -> assertTrue(KNOWN_TAGS.contains(t), name + ": unknown tag " + t)));
    }

    @Test
    void everyListOpensWithItsHeaderAndHoldsOneWellFormedEntryALine() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : Lexicon.index().keySet()) {
            List<String> lines = Files.readAllLines(folder().resolve(name + ".lst"), StandardCharsets.UTF_8);
            int header = 0;
            while (header < lines.size() && lines.get(header).startsWith("#")) {
                header++;
            }
            String text = String.join(" ", lines.subList(0, header)).replace("#", " ").strip();
            if (header == 0 || text.length() < 20) {
                problems.add(name + ": no header comment saying what the list means and what reads it");
            }
            boolean caseMatters = text.toLowerCase(Locale.ROOT).contains("case matters");
            Set<String> seen = new HashSet<>();
            List<String> entries = lines.subList(header, lines.size());
            if (entries.isEmpty()) {
                problems.add(name + ": no entries");
            }
            for (String e : entries) {
                if (e.isBlank() || e.startsWith("#")) {
                    problems.add(name + ": blank or comment line among the entries (comments go on top)");
                } else if (!e.equals(e.strip()) || e.contains("  ") || e.contains("\t")) {
                    problems.add(name + ": \"" + e + "\" has stray white space (words are separated by one space)");
                } else if (!caseMatters && !e.equals(e.toLowerCase(Locale.ROOT))) {
                    problems.add(name + ": \"" + e + "\" is not lower case (or say \"case matters\" in the header)");
                } else if (!seen.add(e)) {
                    problems.add(name + ": \"" + e + "\" is listed twice");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyListedListLoads() {
        for (String name : Lexicon.index().keySet()) {
            Lexicon l = Lexicon.of(name);
            assertFalse(l.isEmpty(), name);
            assertEquals(Lexicon.index().get(name), l.tags(), name);
        }
    }

    @Test
    void aListNotInTheIndexIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of("no-such-list"));
        assertTrue(e.getMessage().contains("index.lst"), e.getMessage());
    }
}
