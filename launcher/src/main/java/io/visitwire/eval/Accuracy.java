package io.visitwire.eval;

/**
 * How often an attribute of matched items agrees with gold. Unlike {@link Prf} there is
 * no vacuous success: with no matched items the value is NaN (rendered "n/a" or null),
 * because nothing was judged.
 */
public record Accuracy(int correct, int total) {

    public static final Accuracy NONE = new Accuracy(0, 0);

    public Accuracy {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("correct=" + correct + " total=" + total);
        }
    }

    public static Accuracy of(boolean correct) {
        return new Accuracy(correct ? 1 : 0, 1);
    }

    public Accuracy plus(Accuracy other) {
        return new Accuracy(correct + other.correct, total + other.total);
    }

    public double value() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }
}
