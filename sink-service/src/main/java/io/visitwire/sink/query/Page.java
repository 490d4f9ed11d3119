package io.visitwire.sink.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One page of a list answer, in {@link Cursor#ORDER}.
 *
 * @param entries at most the query's limit
 * @param more    whether entries after the last one match too
 */
public record Page(List<Entry> entries, boolean more) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One record in the JSON form of its topic, at its place in the order. */
    public record Entry(Cursor position, ObjectNode record) {
    }

    /** The first {@code limit} of {@code candidates} after {@code cursor}; {@code more} when any is left over. */
    public static Page of(Collection<Entry> candidates, int limit, Optional<Cursor> cursor) {
        List<Entry> sorted = new ArrayList<>(candidates.stream()
                .filter(entry -> cursor.isEmpty() || cursor.get().isBefore(entry.position())).toList());
        sorted.sort(Comparator.comparing(Entry::position, Cursor.ORDER));
        boolean more = sorted.size() > limit;
        return new Page(List.copyOf(more ? sorted.subList(0, limit) : sorted), more);
    }

    /** The pages of several instances (disjoint partitions) as one. */
    public static Page merge(List<Page> pages, int limit, Optional<Cursor> cursor) {
        List<Entry> all = new ArrayList<>();
        boolean more = false;
        for (Page page : pages) {
            all.addAll(page.entries());
            more |= page.more();
        }
        Page merged = of(all, limit, cursor);
        return new Page(merged.entries(), merged.more() || more);
    }

    public Optional<String> nextCursor() {
        return more && !entries.isEmpty()
                ? Optional.of(entries.get(entries.size() - 1).position().token()) : Optional.empty();
    }

    /** The public answer: {@code {"<name>":[...],"nextCursor":"..."|null}}. */
    public ObjectNode toJson(String name) {
        ObjectNode body = NODES.objectNode();
        ArrayNode records = body.putArray(name);
        entries.forEach(entry -> records.add(entry.record()));
        Optional<String> next = nextCursor();
        if (next.isPresent()) {
            body.put("nextCursor", next.get());
        } else {
            body.putNull("nextCursor");
        }
        return body;
    }

    /** The answer between instances, with each entry's place in the order: {@code {"entries":[{"time","id","record"}],"more"}}. */
    ObjectNode toInternalJson() {
        ObjectNode body = NODES.objectNode();
        ArrayNode list = body.putArray("entries");
        for (Entry entry : entries) {
            list.addObject().put("time", entry.position().time()).put("id", entry.position().id())
                    .set("record", entry.record());
        }
        body.put("more", more);
        return body;
    }

    static Page fromInternalJson(JsonNode body) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode entry : body.path("entries")) {
            if (!entry.path("record").isObject() || !entry.path("time").canConvertToLong() || !entry.path("id").isTextual()) {
                throw new IllegalArgumentException("not an entry: " + entry);
            }
            entries.add(new Entry(new Cursor(entry.get("time").asLong(), entry.get("id").asText()),
                    (ObjectNode) entry.get("record")));
        }
        if (!body.path("more").isBoolean()) {
            throw new IllegalArgumentException("no 'more' in the answer");
        }
        return new Page(entries, body.get("more").asBoolean());
    }
}
