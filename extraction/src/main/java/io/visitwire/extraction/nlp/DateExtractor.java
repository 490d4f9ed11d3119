package io.visitwire.extraction.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the DATE (and dated TIME) mentions of a parsed text with values normalized against the
 * publication date, joining day ranges SUTime splits ("Apr." + "3-5" → 2011-04-03..2011-04-05).
 */
public final class DateExtractor {

    private static final Pattern DAY_RANGE = Pattern.compile("\\*+(\\d{1,2})/\\*+(\\d{1,2})");
    private static final Pattern DAY_RANGE_TEXT = Pattern.compile("(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})");

    public List<DateMention> extract(ParsedText doc) {
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<NerSpan> spans = s.spans();
            for (int i = 0; i < spans.size(); i++) {
                NerSpan sp = spans.get(i);
                boolean dated = "DATE".equals(sp.type())
                        || "TIME".equals(sp.type()) && sp.normalized() != null && sp.normalized().matches("\\d{4}-\\d{2}-\\d{2}.*");
                if (!dated) {
                    continue;
                }
                String v = DateValues.normalize(sp.normalized(), doc.docDate());
                NerSpan next = i + 1 < spans.size() ? spans.get(i + 1) : null;
                if (next != null && "DATE".equals(next.type()) && next.tokenStart() == sp.tokenEnd()
                        && v != null && v.length() == 7) {
                    Matcher m = next.normalized() == null ? null : DAY_RANGE.matcher(next.normalized());
                    Matcher mt = DAY_RANGE_TEXT.matcher(next.text());
                    if (m != null && m.matches() || mt.matches()) {
                        Matcher use = m != null && m.matches() ? m : mt;
                        out.add(new DateMention(doc.text().substring(sp.begin(), next.end()), sp.begin(), next.end(),
                                s.index(), DateValues.withDay(v, Integer.parseInt(use.group(1))),
                                DateValues.withDay(v, Integer.parseInt(use.group(2)))));
                        i++;
                        continue;
                    }
                }
                if (sp.normalized() != null && DAY_RANGE.matcher(sp.normalized()).matches()) {
                    continue; // a bare "8-9" with no month in reach
                }
                out.add(new DateMention(sp.text(), sp.begin(), sp.end(), s.index(), v, v));
            }
        }
        return out;
    }
}
