package io.visitwire.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which articles of a gold file are scored: all of them, only the listed ids ({@code eval --ids}), or all but
 * the listed ids ({@code eval --except-ids}), e.g. the dev set without its held-out articles.
 *
 * <p>Every listed id must be an article of the gold file. A mistyped id would otherwise select nothing, or
 * leave nothing out, without a word: a held-out article scored with the tuning ones.
 */
public final class IdSelection {

    public static final IdSelection ALL = new IdSelection(Set.of(), false);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> listed;
    private final boolean only;

    private IdSelection(Set<String> listed, boolean only) {
        this.listed = Set.copyOf(listed);
        this.only = only;
    }

    /** Only the articles with these ids. */
    public static IdSelection only(Collection<String> ids) {
        return new IdSelection(new HashSet<>(ids), true);
    }

    /** All articles but those with these ids. */
    public static IdSelection except(Collection<String> ids) {
        return new IdSelection(new HashSet<>(ids), false);
    }

    /** The ids of an id file: one a line, surrounding spaces trimmed; blank lines and {@code #} comments skipped. */
    public static Set<String> readIds(Path file) throws IOException {
        return parseIds(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** {@link #readIds(Path)} on text already read; in the order listed. */
    public static Set<String> parseIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(ids::add);
        return ids;
    }

    /** Whether the article with this id is scored. */
    public boolean includes(String id) {
        return only == listed.contains(id);
    }

    /** The selected gold articles, in their order. */
    public List<JsonNode> select(List<JsonNode> articles) {
        return select(articles, article -> JsonFields.text(article, "id"));
    }

    /**
     * The selected lines of a JSON Lines article file, in their order. With {@link #ALL} the lines are not
     * parsed, so a malformed one fails where it is read as an article, as without a selection.
     */
    public List<String> selectLines(List<String> jsonLines) {
        if (this == ALL) {
            return List.copyOf(jsonLines);
        }
        return select(jsonLines, IdSelection::idOfLine);
    }

    private <T> List<T> select(List<T> items, Function<T, String> idOf) {
        List<T> selected = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (T item : items) {
            String id = idOf.apply(item);
            present.add(id);
            if (includes(id)) {
                selected.add(item);
            }
        }
        List<String> unknown = listed.stream().filter(id -> !present.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("ids listed but not in the gold file: "
                    + String.join(", ", unknown));
        }
        return selected;
    }

    private static String idOfLine(String line) {
        try {
            return JsonFields.text(JSON.readTree(line), "id");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON article: "
                    + (line.length() > 80 ? line.substring(0, 77) + "..." : line), e);
        }
    }
}
