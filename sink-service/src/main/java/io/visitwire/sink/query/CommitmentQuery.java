package io.visitwire.sink.query;

import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.names.NameMatcher;
import io.visitwire.schemas.DateRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /commitments?committer=&kind=&dueBefore=&ids=&limit=&cursor=}: every filter given must hold.
 *
 * @param committer a person, organization or country, matched as the eval matches committers (any of its person,
 *                  organization and location rules: "United States", "U.S. Department of Defense" by "DoD", "Okafor")
 * @param kinds     any of these kinds (comma-separated); empty for all
 * @param dueBefore the commitment's due date (YYYY-MM-DD or YYYY-MM) begins before this day, month or year begins;
 *                  commitments without a due date are left out when it is given
 * @param ids       only these commitment ids (comma-separated, at most {@value #MAX_IDS}): a visit's
 *                  {@code commitmentIds} in one request, with no 404 for one not (yet) in the stores; empty for all
 * @param limit     at most this many commitments (1 to 500; default 50)
 * @param cursor    continue after this position (the previous answer's {@code nextCursor})
 */
public record CommitmentQuery(Optional<String> committer, Set<CommitmentKind> kinds, Optional<DateRange> dueBefore,
                              Set<String> ids, int limit, Optional<Cursor> cursor) {

    public static final Set<String> PARAMETERS = Set.of("committer", "kind", "dueBefore", "ids", "limit", "cursor");
    static final int MAX_IDS = QueryParameters.MAX_LIMIT;

    /** @throws BadQuery naming every parameter at fault */
    public static CommitmentQuery parse(Map<String, List<String>> parameters) {
        return parse(parameters, PARAMETERS);
    }

    static CommitmentQuery parse(Map<String, List<String>> parameters, Set<String> known) {
        QueryParameters given = new QueryParameters(parameters, known);
        Optional<String> committer = given.text("committer");
        if (committer.isPresent() && NameMatcher.normalize(committer.get()).isEmpty()) {
            given.fail("committer", "'" + committer.get() + "' has no letters or digits to match a name by");
        }
        Set<CommitmentKind> kinds = given.symbols("kind", CommitmentKind.class);
        Optional<DateRange> dueBefore = given.period("dueBefore");
        Set<String> ids = given.text("ids").map(CommitmentQuery::idList).orElse(Set.of());
        if (ids.size() > MAX_IDS) {
            given.fail("ids", ids.size() + " ids; ask for at most " + MAX_IDS + " at a time");
        }
        int limit = given.limit();
        Optional<Cursor> cursor = given.cursor();
        given.check();
        return new CommitmentQuery(committer, kinds, dueBefore, ids, limit, cursor);
    }

    private static Set<String> idList(String text) {
        Set<String> ids = new TreeSet<>();
        for (String id : text.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }

    public boolean matches(Commitment commitment) {
        if (!ids.isEmpty() && !ids.contains(commitment.getId().toString())) {
            return false;
        }
        if (committer.isPresent() && !NameMatcher.anyMatch(committer.get(), commitment.getCommitter())) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(commitment.getKind())) {
            return false;
        }
        if (dueBefore.isPresent()) {
            DateRange due = commitment.getDue() == null ? null : DateRange.parse(commitment.getDue());
            return due != null && due.first().isBefore(dueBefore.get().first());
        }
        return true;
    }
}
