package io.visitwire.eval;

import java.util.Locale;

/** The plain-text summary: P/R/F1 per area, then attribute accuracies, columns aligned. */
final class ReportTable {

    private static final String PRF_ROW = "%-13s %6s %6s %6s %6s %6s %6s%n";
    private static final String ACCURACY_ROW = "%-22s %6s %13s  %s";

    private ReportTable() {
    }

    static String render(Report report) {
        StringBuilder table = new StringBuilder();
        long predicted = report.articles().stream().filter(ArticleReport::predicted).count();
        table.append(String.format(Locale.ROOT, "visitwire eval: %d articles, %d with predictions%n%n",
                report.articles().size(), predicted));
        table.append(String.format(Locale.ROOT, PRF_ROW, "area", "P", "R", "F1", "tp", "fp", "fn"));
        for (Area area : Area.values()) {
            prfRow(table, area.label(), report.counts(area));
        }
        prfRow(table, "visit.hosts", report.hosts());
        table.append(System.lineSeparator());
        accuracyRow(table, "attribute", "acc", "correct/total", "");
        for (Attribute attribute : Attribute.values()) {
            if (!attribute.isExtra()) {
                accuracyRow(table, attribute, report.accuracy(attribute), "");
            }
        }
        for (Attribute attribute : Attribute.values()) {
            if (attribute.isExtra()) {
                accuracyRow(table, attribute, report.accuracy(attribute), "(extra)");
            }
        }
        if (!report.unscoredPredictionIds().isEmpty()) {
            table.append(String.format(Locale.ROOT, "%nnot scored (no gold article): %s%n",
                    String.join(", ", report.unscoredPredictionIds())));
        }
        return table.toString();
    }

    /** One row per rule id, worst precision first, the id column as wide as the longest id. */
    static String renderByRule(Report report) {
        int width = Math.max("rule".length(), report.byRule().stream().mapToInt(r -> r.rule().length()).max().orElse(0));
        String row = "%-" + width + "s %7s %7s %6s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "by rule: %d rules on the scored visits and commitments%n%n",
                report.byRule().size()));
        table.append(String.format(Locale.ROOT, row, "rule", "outputs", "matched", "P"));
        for (RuleScore score : report.byRule()) {
            table.append(String.format(Locale.ROOT, row, score.rule(), score.outputs(), score.matched(),
                    decimal(score.precision())));
        }
        return table.toString();
    }

    static String decimal(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void prfRow(StringBuilder table, String label, Prf counts) {
        table.append(String.format(Locale.ROOT, PRF_ROW, label, decimal(counts.precision()), decimal(counts.recall()),
                decimal(counts.f1()), counts.tp(), counts.fp(), counts.fn()));
    }

    private static void accuracyRow(StringBuilder table, Attribute attribute, Accuracy accuracy, String note) {
        accuracyRow(table, attribute.label(), decimal(accuracy.value()), accuracy.correct() + "/" + accuracy.total(), note);
    }

    private static void accuracyRow(StringBuilder table, String label, String value, String counts, String note) {
        table.append(String.format(Locale.ROOT, ACCURACY_ROW, label, value, counts, note).stripTrailing())
                .append(System.lineSeparator());
    }
}
