package io.visitwire.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scrape of a Prometheus text endpoint, read the way a query would: by metric name and some labels. */
final class PrometheusScrape {

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final String text;

    PrometheusScrape(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String series = line.substring(0, space);
            double value = Double.parseDouble(line.substring(space + 1));
            int brace = series.indexOf('{');
            Map<String, String> labels = new LinkedHashMap<>();
            if (brace >= 0) {
                // label values here never hold '",' or '="'; a scrape test needs no full parser
                for (String pair : series.substring(brace + 1, series.length() - 1).split("\",")) {
                    int equals = pair.indexOf("=\"");
                    if (equals > 0) {
                        labels.put(pair.substring(0, equals), pair.substring(equals + 2).replaceAll("\"$", ""));
                    }
                }
            }
            samples.add(new Sample(brace >= 0 ? series.substring(0, brace) : series, labels, value));
        }
    }

    /** Sum of the samples of {@code name} that carry all of {@code labels} ({@code "k", "v", ...}); 0 if none. */
    double value(String name, String... labels) {
        return samples.stream()
                .filter(sample -> sample.name.equals(name))
                .filter(sample -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!labels[i + 1].equals(sample.labels.get(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToDouble(Sample::value).sum();
    }

    boolean hasMetricStartingWith(String prefix) {
        return samples.stream().anyMatch(sample -> sample.name.startsWith(prefix));
    }

    @Override
    public String toString() {
        return text;
    }
}
