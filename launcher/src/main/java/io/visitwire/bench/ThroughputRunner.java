package io.visitwire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one piece of work per article on a number of threads, all sharing one engine, and times
 * the whole corpus by the wall clock: threads take the next article until none is left.
 */
public final class ThroughputRunner {

    private ThroughputRunner() {
    }

    public static Throughput measure(List<SyntheticArticle> corpus, TokenCounts tokens, int threads,
                                     Consumer<SyntheticArticle> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    int index;
                    while ((index = next.getAndIncrement()) < corpus.size()) {
                        work.accept(corpus.get(index));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Throughput(threads, corpus.size(), tokens.total(corpus), seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Benchmark work failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the work once per article on the calling thread, untimed (JIT and caches warm up). */
    public static void warmUp(List<SyntheticArticle> articles, Consumer<SyntheticArticle> work) {
        articles.forEach(work);
    }
}
