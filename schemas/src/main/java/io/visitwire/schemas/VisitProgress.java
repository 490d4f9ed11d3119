package io.visitwire.schemas;

import io.visitwire.schemas.avro.VisitStatus;

/** How far along a visit is: reports of one visit never move it back (a completed visit stays completed). */
public final class VisitProgress {

    public static int of(VisitStatus status) {
        return switch (status) {
            case UNKNOWN -> 0;
            case PLANNED -> 1;
            case ONGOING -> 2;
            case COMPLETED -> 3;
            case CANCELLED -> 4;
        };
    }

    private VisitProgress() {
    }
}
