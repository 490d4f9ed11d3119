package io.visitwire.sink.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;

/**
 * Where a page ended, in the order every list answer has: newest first ({@code time} descending), ties by id
 * ascending. Sent to clients as an opaque token; the next page holds the entries after it in that order. A visit
 * updated between two pages moves to the front: a reader paging on does not see it twice, a new first page shows it.
 *
 * @param time the entry's time in epoch milliseconds (a visit's {@code updatedAt}, a commitment record's timestamp)
 * @param id   the entry's key
 */
public record Cursor(long time, String id) {

    /** Newest first, then by id. */
    public static final Comparator<Cursor> ORDER = Comparator.comparingLong(Cursor::time).reversed()
            .thenComparing(Cursor::id);

    private static final String VERSION = "1:";

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + time + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code token} is not one {@link #token()} made */
    public static Cursor parse(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor of this API: pass the nextCursor of the previous answer");
        }
        int colon = text.indexOf(':', VERSION.length());
        if (!text.startsWith(VERSION) || colon < 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("not a cursor of this API: pass the nextCursor of the previous answer");
        }
        try {
            return new Cursor(Long.parseLong(text.substring(VERSION.length(), colon)), text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor of this API: pass the nextCursor of the previous answer");
        }
    }

    /** True when {@code entry} comes after this cursor in {@link #ORDER}. */
    public boolean isBefore(Cursor entry) {
        return ORDER.compare(this, entry) < 0;
    }
}
