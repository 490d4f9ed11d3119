package io.visitwire.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The order of list answers, their cursor, and pages of several instances merged. */
class PageTest {

    @Test
    void newestFirstThenById() {
        Page page = Page.of(List.of(entry(1, "b"), entry(3, "z"), entry(1, "a"), entry(2, "m")), 10, Optional.empty());
        assertEquals(List.of("z", "m", "a", "b"), ids(page));
        assertTrue(page.nextCursor().isEmpty());
        assertTrue(page.toJson("visits").get("nextCursor").isNull());
    }

    @Test
    void pagesFollowEachOtherToTheEndWithoutGapOrRepeat() {
        Random random = new Random(17);
        List<Page.Entry> all = new ArrayList<>();
        // equal times on purpose: the id orders them
        IntStream.range(0, 23).forEach(i -> all.add(entry(random.nextInt(5), "id-" + i)));
        List<String> expected = ids(Page.of(all, 100, Optional.empty()));

        List<String> paged = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        do {
            Page page = Page.of(all, 4, cursor);
            paged.addAll(ids(page));
            cursor = page.nextCursor().map(Cursor::parse);
        } while (cursor.isPresent());
        assertEquals(expected, paged);
    }

    @Test
    void pagesOfSeveralInstancesMergeIntoTheSamePagesAsOneStore() {
        List<Page.Entry> first = List.of(entry(9, "a"), entry(7, "c"), entry(5, "e"), entry(3, "g"));
        List<Page.Entry> second = List.of(entry(8, "b"), entry(6, "d"), entry(4, "f"));
        List<Page.Entry> both = new ArrayList<>(first);
        both.addAll(second);
        Optional<Cursor> cursor = Optional.empty();
        List<String> merged = new ArrayList<>();
        do {
            Page page = Page.merge(List.of(Page.of(first, 2, cursor), Page.of(second, 2, cursor)), 2, cursor);
            assertEquals(Page.of(both, 2, cursor).entries(), page.entries());
            merged.addAll(ids(page));
            cursor = page.nextCursor().map(Cursor::parse);
        } while (cursor.isPresent());
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), merged);
    }

    @Test
    void anInstanceWithMoreMakesTheMergedPageHaveMore() {
        Page merged = Page.merge(List.of(new Page(List.of(entry(5, "a")), true), new Page(List.of(), false)), 1, Optional.empty());
        assertEquals(List.of("a"), ids(merged));
        assertTrue(merged.more());
    }

    @Test
    void theInternalFormCarriesEachEntrysPlace() {
        Page page = new Page(List.of(entry(5, "a"), entry(4, "b")), true);
        assertEquals(page, Page.fromInternalJson(page.toInternalJson()));
        assertThrows(IllegalArgumentException.class, () -> Page.fromInternalJson(JsonNodeFactory.instance.objectNode()));
    }

    @Test
    void aCursorIsOpaqueAndChecked() {
        Cursor cursor = new Cursor(1_275_868_800_000L, "visit-0a1b:odd|id");
        assertEquals(cursor, Cursor.parse(cursor.token()));
        assertTrue(cursor.token().matches("[A-Za-z0-9_-]+"), "safe in a query string as it is: " + cursor.token());
        for (String bad : List.of("", "%%%", "MTIz", cursor.token().substring(2))) {
            assertThrows(IllegalArgumentException.class, () -> Cursor.parse(bad), bad);
        }
    }

    private static Page.Entry entry(long time, String id) {
        return new Page.Entry(new Cursor(time, id), JsonNodeFactory.instance.objectNode().put("id", id));
    }

    private static List<String> ids(Page page) {
        return page.entries().stream().map(entry -> entry.position().id()).toList();
    }
}
