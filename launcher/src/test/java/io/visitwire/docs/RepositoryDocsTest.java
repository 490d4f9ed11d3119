package io.visitwire.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ stand on their own in a clone: every relative link resolves to a file of the repository,
 * nothing points outside it ({@code ../shared}), and the example the README and {@code up} suggest posting is an
 * article the API accepts.
 */
class RepositoryDocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** {@code [text](target)} and {@code [text](target "title")}; images too. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    @Test
    void everyRelativeLinkOfTheReadmeAndDocsResolvesToAFileOfTheRepository() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        int relative = 0;
        for (Path document : documents) {
            for (String target : links(Files.readString(document))) {
                if (target.startsWith("#") || target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // an anchor, or a URL with a scheme (https:, mailto:)
                }
                relative++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = document.getParent().resolve(file).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(document) + ": " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(relative >= 3, "the README links docs/CONTRACT.md, docs/ANNOTATION.md and docs/NLP-NOTES.md");
    }

    @Test
    void theReadmeNamesNoFileOutsideTheRepository() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertFalse(readme.contains("../shared"), "../shared is not in a clone");
        for (String doc : List.of("CONTRACT.md", "ANNOTATION.md", "NLP-NOTES.md")) {
            assertTrue(Files.isRegularFile(ROOT.resolve("docs").resolve(doc)), doc);
            assertTrue(readme.contains("](docs/" + doc + ")"), "the README links docs/" + doc);
        }
    }

    @Test
    void theExampleArticleIsOneTheApiAccepts() throws IOException {
        String json = Files.readString(ROOT.resolve("examples/article.json"));
        ParseResult parsed = new ArticleParser().parseLine(json.replace('\n', ' '), Instant.EPOCH);
        assertTrue(parsed instanceof ParseResult.Valid, parsed.toString());
        assertTrue(Files.readString(ROOT.resolve("README.md")).contains("@examples/article.json"));
    }

    @Test
    void linksAreFoundInTheirMarkdownForms() {
        assertEquals(List.of("docs/A.md", "b.md#x", "https://x.org", "#anchor", "c.md"),
                links("see [a](docs/A.md), [b](b.md#x), [c](https://x.org), [d](#anchor) and ![e](c.md \"t\")"));
    }

    private static List<String> links(String markdown) {
        // code spans and blocks are text, not links
        String text = markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
        List<String> targets = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            targets.add(matcher.group(1));
        }
        return targets;
    }
}
