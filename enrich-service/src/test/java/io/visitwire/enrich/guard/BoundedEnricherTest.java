package io.visitwire.enrich.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.Extractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BoundedEnricherTest {

    private static final Extractor ECHO = article -> EnrichedArticle.newBuilder().setArticleId(article.getId())
            .setTitle(article.getTitle()).setEngineVersion("echo").setEnrichedAt(Instant.EPOCH).build();

    @Test
    void anArticleWithinTheLimitsIsEnrichedAsUsual() {
        try (BoundedEnricher bounded = new BoundedEnricher(ECHO, 100, Duration.ofSeconds(30))) {
            assertEquals("a", bounded.enrich(article("a", "short")).getArticleId());
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnyWork() {
        try (BoundedEnricher bounded = new BoundedEnricher(ECHO, 10, Duration.ofSeconds(30))) {
            BoundedEnricher.ArticleTooCostlyException error = assertThrows(BoundedEnricher.ArticleTooCostlyException.class,
                    () -> bounded.enrich(article("long", "x".repeat(11))));
            assertTrue(error.getMessage().contains("enrich.max.body.chars"), error.getMessage());
        }
    }

    @Test
    void anEnrichmentThatNeverEndsIsGivenUpAndInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Extractor stuck = article -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new IllegalStateException("unreachable unless interrupted");
        };
        try (BoundedEnricher bounded = new BoundedEnricher(stuck, 100, Duration.ofMillis(50))) {
            BoundedEnricher.ArticleTooCostlyException error = assertThrows(BoundedEnricher.ArticleTooCostlyException.class,
                    () -> bounded.enrich(article("slow", "text")));
            assertTrue(error.getMessage().contains("enrich.max.article.seconds"), error.getMessage());
            interrupted.await();
        }
    }

    @Test
    void theEnginesOwnFailureIsPassedOnUnchanged() {
        Extractor failing = article -> {
            throw new IllegalArgumentException("bad input");
        };
        try (BoundedEnricher bounded = new BoundedEnricher(failing, 100, Duration.ofSeconds(30))) {
            assertThrows(IllegalArgumentException.class, () -> bounded.enrich(article("a", "text")));
        }
    }

    private static Article article(String id, String body) {
        return Article.newBuilder().setId(id).setTitle("t").setBody(body).setReceivedAt(Instant.EPOCH).build();
    }
}
