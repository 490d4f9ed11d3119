package io.visitwire.reliability;

import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichService;
import io.visitwire.reliability.ScriptedEnricher.Cost;
import io.visitwire.schemas.config.Settings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The enrich service as its own process, like {@code EnrichMain} but with the {@link ScriptedEnricher}
 * instead of CoreNLP, so a fault test can kill it. Settings from the environment as for the real service;
 * {@code VISITWIRE_STANDIN_WORK_MS} sets the simulated NLP time per article; {@code VISITWIRE_STANDIN_COLD_WORK_MS}
 * the time of each of the first {@code VISITWIRE_STANDIN_COLD_ARTICLES} articles of this JVM (a cold JVM);
 * {@code VISITWIRE_STANDIN_RUN_LOG} a file each NLP run appends its article id to.
 */
public final class StandInEnrichMain {

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(null);
        EnrichConfig config = EnrichConfig.from(settings);
        Duration work = Duration.ofMillis(settings.integer("standin.work.ms", 0, 0, 10_000));
        Cost cost = new Cost(work, Duration.ofMillis(settings.integer("standin.cold.work.ms", 0, 0, 60_000)),
                settings.integer("standin.cold.articles", 0, 0, 100_000));
        String runLog = settings.text("standin.run.log", "");
        EnrichService service = new EnrichService(config,
                new ScriptedEnricher(cost, runLog.isEmpty() ? null : Path.of(runLog)));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "stand-in-enrich-shutdown"));
        service.start();
    }

    private StandInEnrichMain() {
    }
}
