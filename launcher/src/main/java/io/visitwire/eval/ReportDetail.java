package io.visitwire.eval;

import java.util.List;
import java.util.Locale;

/**
 * The {@code --detail} listing: per article, what gold had that the prediction missed,
 * what the prediction invented, and where a matched item's attributes differ.
 */
final class ReportDetail {

    private static final String NEWLINE = System.lineSeparator();
    private static final String LINE = "  %-21s %s";

    private ReportDetail() {
    }

    static String render(Report report) {
        StringBuilder detail = new StringBuilder();
        for (ArticleReport article : report.articles()) {
            detail.append("== ").append(article.id());
            if (article.isPerfect()) {
                detail.append(": all correct").append(NEWLINE);
                continue;
            }
            detail.append(article.predicted() ? "" : " (no prediction)").append(NEWLINE);
            for (Area area : Area.values()) {
                AreaResult result = article.area(area);
                lines(detail, area.label() + " miss", result.misses());
                lines(detail, area.label() + " false", result.falseHits());
            }
            for (Mismatch mismatch : article.mismatches()) {
                detail.append(String.format(Locale.ROOT, LINE, mismatch.field(), mismatch.item() + ": gold "
                        + mismatch.gold() + ", predicted " + mismatch.predicted())).append(NEWLINE);
            }
        }
        if (!report.unscoredPredictionIds().isEmpty()) {
            detail.append("== not scored (no gold article): ").append(String.join(", ", report.unscoredPredictionIds()))
                    .append(NEWLINE);
        }
        return detail.toString();
    }

    private static void lines(StringBuilder detail, String heading, List<String> items) {
        for (String item : items) {
            detail.append(String.format(Locale.ROOT, LINE, heading, item)).append(NEWLINE);
        }
    }
}
