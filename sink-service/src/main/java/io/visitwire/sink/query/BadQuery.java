package io.visitwire.sink.query;

import java.util.List;

/** A query the API refuses (400), naming each parameter at fault. */
public final class BadQuery extends RuntimeException {

    /** One parameter and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public BadQuery(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
