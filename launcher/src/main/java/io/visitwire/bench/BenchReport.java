package io.visitwire.bench;

import io.visitwire.schemas.RecordJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of every run, the median per figure over the runs, derived ratios, the settings
 * and the machine; rendered as a plain-text table and as JSON.
 */
public final class BenchReport {

    private final Map<String, Object> settings;
    private final Map<String, Object> machine;
    /** Figure key -> its values, one per run, in first-seen order. */
    private final Map<String, List<Figure>> runs = new LinkedHashMap<>();

    public BenchReport(Map<String, Object> settings, Map<String, Object> machine) {
        this.settings = settings;
        this.machine = machine;
    }

    public void add(Figure figure) {
        runs.computeIfAbsent(figure.key() + " [" + figure.unit() + "]", k -> new ArrayList<>()).add(figure);
    }

    public void addAll(List<Figure> figures) {
        figures.forEach(this::add);
    }

    /** The median of the runs of each figure. */
    public List<Figure> medians() {
        List<Figure> medians = new ArrayList<>();
        for (List<Figure> values : runs.values()) {
            Figure first = values.get(0);
            medians.add(new Figure(first.section(), first.name(), first.unit(),
                    Stats.median(values.stream().map(Figure::value).toList())));
        }
        return medians;
    }

    /** Adds ratios computed from the medians: the rules' overhead and the speed against default NER. */
    public void deriveRatios() {
        Double enrich1 = median("enrich", "enrichment, 1 thread(s)", "tokens/s");
        Double raw1 = median("raw", "engine's CoreNLP pipeline, 1 thread(s)", "tokens/s");
        Double default1 = median("raw", "CoreNLP default English NER, 1 thread(s)", "tokens/s");
        if (enrich1 != null && raw1 != null) {
            add(new Figure("ratio", "rules' overhead: enrichment time / raw time - 1, 1 thread", "%",
                    (raw1 / enrich1 - 1) * 100));
        }
        if (enrich1 != null && default1 != null) {
            add(new Figure("ratio", "enrichment / CoreNLP default NER speed, 1 thread (target > 4)", "x",
                    enrich1 / default1));
        }
        Double before1 = median("single-pass", "enrichment before the cascade, 1 thread(s)", "tokens/s");
        if (enrich1 != null && before1 != null) {
            add(new Figure("ratio", "cascade speed-up: enrichment / enrichment before the cascade, 1 thread", "x",
                    enrich1 / before1));
        }
        Double http = median("ingest", null, "requests/s");
        Double perf = median("ingest", "Kafka ProducerPerformance", "records/s");
        if (http != null && perf != null) {
            add(new Figure("ratio", "HTTP ingest / Kafka producer records per second", "%", http / perf * 100));
        }
    }

    private Double median(String section, String namePrefix, String unit) {
        return medians().stream()
                .filter(f -> f.section().equals(section) && f.unit().equals(unit)
                        && (namePrefix == null || f.name().startsWith(namePrefix)))
                .map(Figure::value).findFirst().orElse(null);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        int runsCount = runs.values().stream().mapToInt(List::size).max().orElse(0);
        List<Figure> medians = medians();
        int width = medians.stream().mapToInt(f -> f.name().length()).max().orElse(10);
        int sectionWidth = Math.max(7, medians.stream().mapToInt(f -> f.section().length()).max().orElse(7));
        String row = "%-" + sectionWidth + "s  %-" + width + "s  %12s  %-10s  %s%n";
        out.append(String.format(Locale.ROOT, row, "section", "figure", runsCount > 1 ? "median" : "value", "unit",
                runsCount > 1 ? "runs" : ""));
        out.append("-".repeat(sectionWidth + 2 + width + 2 + 12 + 2 + 10 + 2 + (runsCount > 1 ? 30 : 0))).append('\n');
        List<List<Figure>> all = new ArrayList<>(runs.values());
        for (int i = 0; i < medians.size(); i++) {
            Figure f = medians.get(i);
            String each = all.get(i).size() > 1
                    ? String.join(" ", all.get(i).stream().map(x -> format(x.value())).toList()) : "";
            out.append(String.format(Locale.ROOT, row, f.section(), f.name(), format(f.value()), f.unit(), each));
        }
        out.append('\n');
        machine.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-12s %s%n", k, v)));
        out.append(String.format(Locale.ROOT, "%-12s %s%n", "command", settings.get("command")));
        return out.toString();
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public String json() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("settings", settings);
        root.put("machine", machine);
        List<Map<String, Object>> figures = new ArrayList<>();
        List<List<Figure>> all = new ArrayList<>(runs.values());
        List<Figure> medians = medians();
        for (int i = 0; i < medians.size(); i++) {
            Figure f = medians.get(i);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("section", f.section());
            node.put("figure", f.name());
            node.put("unit", f.unit());
            node.put("median", Double.isNaN(f.value()) ? null : f.value());
            node.put("runs", all.get(i).stream().map(x -> Double.isNaN(x.value()) ? null : x.value()).toList());
            figures.add(node);
        }
        root.put("figures", figures);
        return RecordJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
