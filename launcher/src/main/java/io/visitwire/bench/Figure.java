package io.visitwire.bench;

/** One measured number of one run: section ({@code enrich}, {@code raw}, ...), what, unit, value. */
public record Figure(String section, String name, String unit, double value) {

    public String key() {
        return section + "/" + name;
    }
}
