package io.visitwire.sink.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * What the query routes ask of the sink's state ({@link SinkQueries}): the public queries, gathered from every
 * instance, and the local ones other instances ask for. Each fails with {@link NotQueryable} rather than answer
 * short.
 */
public interface StateQueries {

    /** @param rawQuery the request's query string, passed on as it came to the other instances */
    Page visits(VisitQuery query, String rawQuery);

    Optional<ObjectNode> visit(String visitId);

    Page commitments(CommitmentQuery query, String rawQuery);

    Optional<ObjectNode> commitment(String commitmentId);

    /** This instance's share of a visit list: the given partitions (empty: every one it runs). */
    Page localVisits(VisitQuery query, Optional<Set<Integer>> partitions);

    /** @param partition the key's partition, which this instance must run; empty: any partition it runs */
    Optional<ObjectNode> localVisit(String visitId, Optional<Integer> partition);

    Page localCommitments(CommitmentQuery query, Optional<Set<Integer>> partitions);

    /** @param partition the key's partition, which this instance must run; empty: any partition it runs */
    Optional<ObjectNode> localCommitment(String commitmentId, Optional<Integer> partition);
}
