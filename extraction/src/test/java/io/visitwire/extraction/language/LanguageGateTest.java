package io.visitwire.extraction.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.Extractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LanguageGateTest {

    private final AtomicInteger englishCalls = new AtomicInteger();
    private final Extractor english = article -> {
        englishCalls.incrementAndGet();
        return EnrichedArticle.newBuilder().setArticleId(article.getId()).setTitle(article.getTitle())
                .setLanguage("en").setEngineVersion("english").setEnrichedAt(Instant.EPOCH).build();
    };
    private final LanguageGate gate = new LanguageGate(english, "test", Clock.systemUTC());

    @Test
    void englishGoesThroughTheEnglishEngine() {
        EnrichedArticle out = gate.enrich(article("The foreign minister arrived in the capital on Monday for two days"
                + " of talks with the president about trade, energy and the security of the region."));

        assertEquals("en", out.getLanguage());
        assertEquals(1, englishCalls.get());
    }

    @Test
    void otherLanguagesAreMarkedAndSkipTheEnglishEngine() {
        EnrichedArticle german = gate.enrich(article("Der Außenminister traf am Montag in der Hauptstadt ein und führte"
                + " zwei Tage lang Gespräche mit dem Präsidenten über Handel, Energie und die Sicherheit der Region."));
        EnrichedArticle spanish = gate.enrich(article("El ministro de Asuntos Exteriores llegó el lunes a la capital para"
                + " mantener dos días de conversaciones con el presidente sobre comercio, energía y seguridad."));

        assertEquals("de", german.getLanguage());
        assertEquals("es", spanish.getLanguage());
        assertTrue(german.getEntities().isEmpty() && german.getVisits().isEmpty());
        assertEquals(0, englishCalls.get());
    }

    @Test
    void tooLittleTextToTellIsTreatedAsEnglish() {
        assertEquals("en", gate.detect("OK"));
    }

    private static Article article(String body) {
        return Article.newBuilder().setId("l1").setTitle("").setBody(body).setReceivedAt(Instant.EPOCH).build();
    }
}
