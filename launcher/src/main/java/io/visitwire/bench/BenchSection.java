package io.visitwire.bench;

import java.util.List;

/** One part of the bench ({@code enrich}, {@code raw}, {@code e2e}, {@code ingest}): set up once, measured K times. */
public interface BenchSection extends AutoCloseable {

    String name();

    /** Loads and warms up; untimed. */
    void prepare() throws Exception;

    /** One measured run; {@code run} counts from 0. */
    List<Figure> run(int run) throws Exception;

    /** Figures taken once after the runs (heap at steady state, peak RSS); none by default. */
    default List<Figure> after() throws Exception {
        return List.of();
    }

    @Override
    default void close() throws Exception {
    }
}
