package io.visitwire.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.visitwire.ops.health.HealthChecks;
import io.visitwire.ops.metrics.PrometheusRegistry;

/**
 * What a service reports to operators: its meters and its liveness and readiness checks. A service is given
 * one and adds to it; the launcher's single process gives the same one to all three services, so one
 * endpoint serves them all.
 *
 * @param registry  scraped on {@code /metrics}
 * @param liveness  checks behind {@code /health}: false means restart the process
 * @param readiness checks behind {@code /ready}: false means do not send work yet
 */
public record ServiceOps(PrometheusMeterRegistry registry, HealthChecks liveness, HealthChecks readiness) {

    public static ServiceOps create() {
        return new ServiceOps(PrometheusRegistry.create(), new HealthChecks(), new HealthChecks());
    }
}
