package io.visitwire.ops.health;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BooleanSupplier;

/**
 * Named yes/no checks, all of which must pass: one set says a process is alive ({@code /health}), another
 * that it can do its work ({@code /ready}). A service adds its checks when it is built; a main that starts
 * serving HTTP before a service exists declares the check as {@link #pending} first, so the endpoint never
 * reports ready while a part is still missing.
 */
public final class HealthChecks {

    private final Map<String, BooleanSupplier> checks = new ConcurrentSkipListMap<>();

    /** Adds a check, or replaces the one of that name. A check that throws counts as failed. */
    public HealthChecks add(String name, BooleanSupplier check) {
        checks.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(check, "check"));
        return this;
    }

    /** A check that fails until {@link #add} replaces it: the part it stands for is not built yet. */
    public HealthChecks pending(String name) {
        return add(name, () -> false);
    }

    /** Each check's result, by name; runs every check once. */
    public Map<String, Boolean> results() {
        Map<String, Boolean> results = new TreeMap<>();
        checks.forEach((name, check) -> results.put(name, passes(check)));
        return results;
    }

    private static boolean passes(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
