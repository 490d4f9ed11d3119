package io.visitwire.ingest.http;

import io.visitwire.ingest.Problem;
import java.util.List;

/**
 * A request the API refuses, with the HTTP status and the JSON error body
 * {@code {"error": ..., "problems": [...]}} it answers with. Thrown inside handlers and answered by them, so
 * no exception mapper has to be installed on a Javalin instance shared with other services.
 */
final class RejectedRequest extends RuntimeException {

    private final int status;
    private final RejectionReason reason;
    private final transient List<Problem> problems;

    RejectedRequest(int status, RejectionReason reason, String error, List<Problem> problems) {
        super(error, null, false, false);
        this.status = status;
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    RejectedRequest(int status, RejectionReason reason, String error) {
        this(status, reason, error, List.of());
    }

    RejectionReason reason() {
        return reason;
    }

    int status() {
        return status;
    }

    String error() {
        return getMessage();
    }

    List<Problem> problems() {
        return problems;
    }
}
