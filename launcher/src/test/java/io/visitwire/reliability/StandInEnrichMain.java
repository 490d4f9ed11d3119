package io.visitwire.reliability;

import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichService;
import io.visitwire.schemas.config.Settings;
import java.time.Duration;

/**
 * The enrich service as its own process, like {@code EnrichMain} but with the {@link ScriptedEnricher}
 * instead of CoreNLP, so a fault test can kill it. Settings from the environment as for the real service;
 * {@code VISITWIRE_STANDIN_WORK_MS} sets the simulated NLP time per article.
 */
public final class StandInEnrichMain {

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(null);
        EnrichConfig config = EnrichConfig.from(settings);
        Duration work = Duration.ofMillis(settings.integer("standin.work.ms", 0, 0, 10_000));
        EnrichService service = new EnrichService(config, new ScriptedEnricher(work));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "stand-in-enrich-shutdown"));
        service.start();
    }

    private StandInEnrichMain() {
    }
}
