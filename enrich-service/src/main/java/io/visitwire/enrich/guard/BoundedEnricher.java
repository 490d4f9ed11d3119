package io.visitwire.enrich.guard;

import io.visitwire.extraction.Extractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Caps the work one article may cost, so one odd article cannot stall a partition: too long a
 * body, or an enrichment running past its time, fails the article (to the dead-letter topic)
 * and the stream goes on. CoreNLP's annotators stop when their thread is interrupted.
 */
public final class BoundedEnricher implements Extractor, AutoCloseable {

    private final Extractor delegate;
    private final int maxBodyChars;
    private final Duration maxTime;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "visitwire-enrich-worker");
        thread.setDaemon(true);
        return thread;
    });

    public BoundedEnricher(Extractor delegate, int maxBodyChars, Duration maxTime) {
        this.delegate = delegate;
        this.maxBodyChars = maxBodyChars;
        this.maxTime = maxTime;
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        if (article.getBody().length() > maxBodyChars) {
            throw new ArticleTooCostlyException("Article " + article.getId() + " has " + article.getBody().length()
                    + " characters; the limit is " + maxBodyChars + " (enrich.max.body.chars)");
        }
        Future<EnrichedArticle> work = workers.submit(() -> delegate.enrich(article));
        try {
            return work.get(maxTime.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new ArticleTooCostlyException("Enriching article " + article.getId() + " took longer than "
                    + maxTime.toSeconds() + " s (enrich.max.article.seconds)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Enriching article " + article.getId() + " failed", e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while enriching article " + article.getId(), e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The article would cost more than the service allows one article. */
    public static final class ArticleTooCostlyException extends RuntimeException {
        public ArticleTooCostlyException(String message) {
            super(message);
        }
    }
}
