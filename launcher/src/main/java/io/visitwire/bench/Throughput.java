package io.visitwire.bench;

import java.util.ArrayList;
import java.util.List;

/** Articles and tokens processed in a wall-clock time on some threads. */
public record Throughput(int threads, int articles, long tokens, double seconds) {

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    /** This throughput as figures named {@code <label> tokens/s} and {@code <label> articles/s}. */
    public List<Figure> figures(String section, String label) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(section, label + ", " + threads + " thread(s)", "tokens/s", tokensPerSecond()));
        figures.add(new Figure(section, label + ", " + threads + " thread(s)", "articles/s", articlesPerSecond()));
        return figures;
    }
}
