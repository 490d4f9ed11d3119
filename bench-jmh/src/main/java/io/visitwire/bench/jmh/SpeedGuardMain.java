package io.visitwire.bench.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * {@code ./visitwire bench --jmh [JMH options]}: runs the {@link SpeedGuard} benchmarks
 * (JMH's own options and output), then prints tokens/s per benchmark with its spread over iterations and
 * forks, and the guard: enrichment ÷ default NER, which must stay at or above {@value #GUARD}×. Exits 3 when
 * it does not; {@code -h}, {@code -l} and the other listing options go straight to JMH.
 */
public final class SpeedGuardMain {

    static final double GUARD = 2.5;
    static final String COUNTER = "tokens";

    private SpeedGuardMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Summary> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            Summary s = Summary.of(result);
            if (s != null) {
                byName.put(s.name, s);
            }
        }
        System.out.println();
        System.out.println("Speed guard, tokens/s on 1 thread (CoreNLP tokens, title + body; one op = one pass over the corpus)");
        System.out.printf(Locale.ROOT, "%-11s %10s %9s %10s %10s %7s  %s%n",
                "benchmark", "mean", "±99.9%", "min", "max", "spread", "per fork (mean of its iterations)");
        for (Summary s : byName.values()) {
            System.out.println(s.line());
        }
        Summary enrich = byName.get("enrich");
        Summary defaultNer = byName.get("defaultNer");
        Summary rules = byName.get("rulesOnly");
        int exit = 0;
        if (enrich != null && defaultNer != null) {
            double ratio = enrich.mean / defaultNer.mean;
            System.out.printf(Locale.ROOT, "enrich ÷ defaultNer: %.2f× (forks' means: %.2f× to %.2f×; guard ≥ %.1f×: %s)%n",
                    ratio, enrich.forkMin() / defaultNer.forkMax(), enrich.forkMax() / defaultNer.forkMin(), GUARD,
                    ratio >= GUARD ? "kept" : "BROKEN");
            exit = ratio >= GUARD ? 0 : 3;
        }
        if (enrich != null && rules != null) {
            System.out.printf(Locale.ROOT, "rules' share of enrichment time: %.1f %% (enrich ÷ rulesOnly tokens/s)%n",
                    100 * enrich.mean / rules.mean);
        }
        System.out.println("spread = (max - min) ÷ mean over all measured iterations of all forks");
        System.exit(exit);
    }

    /** One benchmark's tokens/s: over all measured iterations, and per fork. */
    record Summary(String name, double mean, double error, double min, double max, List<Double> forks) {

        static Summary of(RunResult result) {
            String label = result.getParams().getBenchmark();
            String name = label.substring(label.lastIndexOf('.') + 1);
            Result<?> tokens = result.getAggregatedResult().getSecondaryResults().get(COUNTER);
            if (tokens == null) {
                return null;
            }
            List<Double> forks = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                forks.add(fork.getSecondaryResults().get(COUNTER).getScore());
            }
            double min = Double.MAX_VALUE;
            double max = 0;
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult it : fork.getIterationResults()) {
                    double v = it.getSecondaryResults().get(COUNTER).getScore();
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            return new Summary(name, tokens.getScore(), tokens.getScoreError(), min, max, forks);
        }

        double forkMin() {
            return forks.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double forkMax() {
            return forks.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        String line() {
            StringBuilder perFork = new StringBuilder();
            for (double f : forks) {
                perFork.append(perFork.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", f));
            }
            return String.format(Locale.ROOT, "%-11s %10.0f %9s %10.0f %10.0f %6.1f%%  %s", name, mean,
                    Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%.0f", error), min, max,
                    100 * (max - min) / mean, perFork);
        }
    }
}
