package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSelectionTest {

    private static final List<String> LINES = List.of(
            "{\"id\":\"a\",\"title\":\"A\",\"body\":\"Alpha.\"}",
            "{\"id\":\"b\",\"title\":\"B\",\"body\":\"Beta.\"}",
            "{\"id\":\"c\",\"title\":\"C\",\"body\":\"Gamma.\"}");

    @Test
    void idFilesSkipCommentsBlankLinesAndSurroundingSpaces() {
        Set<String> ids = IdSelection.parseIds("# held out\n# seed 14\n\n  c \na\r\n\n# end\na\n");

        assertEquals(List.of("c", "a"), List.copyOf(ids));
    }

    @Test
    void onlyKeepsTheListedArticlesInTheFilesOrder() {
        List<String> selected = IdSelection.only(Set.of("c", "a")).selectLines(LINES);

        assertEquals(List.of(LINES.get(0), LINES.get(2)), selected);
    }

    @Test
    void exceptKeepsAllButTheListedArticles() {
        List<String> selected = IdSelection.except(Set.of("c", "a")).selectLines(LINES);

        assertEquals(List.of(LINES.get(1)), selected);
    }

    @Test
    void onlyAndExceptTheSameListSplitTheArticlesInTwo() {
        Set<String> listed = Set.of("b");
        for (String id : List.of("a", "b", "c", "not-in-any-file")) {
            assertTrue(IdSelection.only(listed).includes(id) != IdSelection.except(listed).includes(id), id);
        }
    }

    @Test
    void allKeepsEveryLineUnread() {
        List<String> lines = List.of(LINES.get(0), "not json, which eval reports where it reads the article");

        assertEquals(lines, IdSelection.ALL.selectLines(lines));
        assertTrue(IdSelection.ALL.includes("anything"));
    }

    @Test
    void anIdThatIsNoArticleOfTheFileIsAnErrorEitherWay() {
        Set<String> typo = Set.of("a", "cc");

        IllegalArgumentException only = assertThrows(IllegalArgumentException.class,
                () -> IdSelection.only(typo).selectLines(LINES));
        IllegalArgumentException except = assertThrows(IllegalArgumentException.class,
                () -> IdSelection.except(typo).selectLines(LINES));

        assertTrue(only.getMessage().endsWith(": cc"), only.getMessage());
        assertTrue(except.getMessage().endsWith(": cc"), except.getMessage());
    }

    @Test
    void selectsParsedGoldArticlesTheSameWay() {
        List<JsonNode> articles = List.of(new Extraction().asGold("a"), new Extraction().asGold("b"));

        List<JsonNode> selected = IdSelection.except(Set.of("a")).select(articles);

        assertEquals(1, selected.size());
        assertEquals("b", selected.get(0).get("id").asText());
        assertFalse(IdSelection.except(Set.of("a")).includes("a"));
    }
}
