package io.visitwire.extraction.nlp;

import io.visitwire.extraction.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the DATE (and dated TIME) mentions of a parsed text with values normalized against the
 * reference day (the dateline's, else the publication date), joining day ranges SUTime splits ("Apr." +
 * "3-5" → 2011-04-03..2011-04-05) and reading from the text the ranges it misses ("13-15 April", "between
 * 3 and 5 May", "from Monday to Wednesday next week"). A weekday takes the tense of the verb nearest to
 * it ("met on Monday": the past one; "will arrive on Monday": the coming one); a date that states no
 * time ("in the coming days", "later this year") is kept with no value.
 */
public final class DateExtractor {

    private static final Pattern DAY_RANGE = Pattern.compile("\\*+(\\d{1,2})/\\*+(\\d{1,2})");
    private static final Pattern DAY_RANGE_TEXT = Pattern.compile("(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})");
    /** "will", "shall", "'ll" ({@code future-modals}) and "plans to", "is scheduled to" ({@code future-markers}). */
    private static final Lexicon FUTURE_MODALS = Lexicon.of("future-modals");
    private static final Lexicon FUTURE_MARKERS = Lexicon.of("future-markers");
    /** "starting", "beginning": the first day of a stay. */
    private static final Lexicon BEGINNING = Lexicon.of("beginning-verbs");
    /** "overnight", "last night", "during the night": SUTime reads them as the reference day's night. */
    private static final Pattern OVERNIGHT = Pattern.compile("(?i)(?:during\\s+the\\s+night|overnight|last\\s+night)");

    public List<DateMention> extract(ParsedText doc) {
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            String text = s.text();
            List<DateMention> ranges = new ArrayList<>();
            for (DateRanges.Range r : DateRanges.dayRanges(text, doc.docDate())) {
                ranges.add(mention(s, r));
            }
            for (DateRanges.Range r : DateRanges.weekdayRanges(text, doc.docDate(), DateRanges.Tense.FUTURE)) {
                DateMention m = mention(s, r);
                DateRanges.Tense tense = tenseAt(s, m.begin());
                DateRanges.Range resolved = tense == DateRanges.Tense.FUTURE ? r
                        : DateRanges.weekdayRanges(m.text(), doc.docDate(), tense).get(0);
                if (ranges.stream().noneMatch(o -> overlaps(o, m.begin(), m.end()))) {
                    ranges.add(new DateMention(m.text(), m.begin(), m.end(), s.index(), resolved.start(), resolved.last()));
                }
            }
            List<DateMention> here = new ArrayList<>(ranges);
            List<NerSpan> spans = s.spans();
            for (int i = 0; i < spans.size(); i++) {
                NerSpan sp = spans.get(i);
                boolean dated = "DATE".equals(sp.type())
                        || "TIME".equals(sp.type()) && sp.normalized() != null && sp.normalized().matches("\\d{4}-\\d{2}-\\d{2}.*");
                if (!dated || ranges.stream().anyMatch(r -> overlaps(r, sp.begin(), sp.end()))) {
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
                        here.add(new DateMention(doc.text().substring(sp.begin(), next.end()), sp.begin(), next.end(),
                                s.index(), DateValues.withDay(v, Integer.parseInt(use.group(1))),
                                DateValues.withDay(v, Integer.parseInt(use.group(2)))));
                        i++;
                        continue;
                    }
                }
                if (sp.normalized() != null && DAY_RANGE.matcher(sp.normalized()).matches()) {
                    continue; // a bare "8-9" with no month in reach
                }
                DateRanges.Tense tense = tenseAt(s, sp.begin());
                DateRanges.Range weekend = DateRanges.weekend(sp.text(), doc.docDate(), tense);
                if (weekend != null) {
                    here.add(new DateMention(sp.text(), sp.begin(), sp.end(), s.index(), weekend.start(), weekend.last()));
                    continue;
                }
                String weekday = DateRanges.weekday(sp.text(), doc.docDate(), tense);
                if (weekday != null) {
                    v = weekday;
                } else if (OVERNIGHT.matcher(sp.text()).matches()) {
                    // "arrived in Amman overnight": the night before the story; "will fly overnight": the coming one
                    v = tense == DateRanges.Tense.PAST ? doc.docDate().minusDays(1).toString() : doc.docDate().toString();
                } else if (DateRanges.vague(sp.text())) {
                    v = null;
                }
                here.add(new DateMention(sp.text(), sp.begin(), sp.end(), s.index(), v, v));
            }
            here.sort(Comparator.comparingInt(DateMention::begin));
            out.addAll(here);
        }
        return out;
    }

    private static DateMention mention(Sentence s, DateRanges.Range r) {
        int begin = s.begin() + r.begin();
        int end = s.begin() + r.end();
        return new DateMention(s.text().substring(r.begin(), r.end()), begin, end, s.index(), r.start(), r.last());
    }

    private static boolean overlaps(DateMention m, int begin, int end) {
        return m.begin() < end && begin < m.end();
    }

    /**
     * The tense of the verb a date at body offset {@code at} most likely hangs from: the nearest verb before
     * it in the sentence, else the nearest after it ("On Monday, X met Y"). Past for a past form not after a
     * future modal ("met", "was received", "said"), future for a future modal, a "to" infinitive ("plans to
     * visit"), a present form ("arrives", "is visiting") or "is due".
     */
    /**
     * "was due to", "were scheduled to", "had been expected to" before the "to" at {@code to}: a plan told from a
     * past frame, whose day may since have come.
     */
    private static boolean pastFrame(List<Token> tokens, int to) {
        if (to < 2) {
            return false;
        }
        Token marker = tokens.get(to - 1);
        if (!marker.lowerWord().equals("due") && !(marker.pos().equals("VBN") && FUTURE_MARKERS.contains(marker.lowerLemma()))) {
            return false;
        }
        String aux = tokens.get(to - 2).lowerWord();
        return aux.equals("was") || aux.equals("were") || aux.equals("been") && to >= 3 && tokens.get(to - 3).lowerWord().equals("had");
    }

    /** A present-tense "is"/"are" before {@code verb} and no future modal or marker in between. */
    private static boolean presentStay(List<Token> tokens, int verb) {
        boolean present = false;
        for (int i = 0; i < verb; i++) {
            Token t = tokens.get(i);
            if (FUTURE_MODALS.contains(t.lowerWord()) || FUTURE_MARKERS.contains(t.lowerLemma())) {
                return false;
            }
            present |= (t.pos().equals("VBZ") || t.pos().equals("VBP")) && t.lowerLemma().equals("be");
        }
        return present;
    }

    static DateRanges.Tense tenseAt(Sentence s, int at) {
        List<Token> tokens = s.tokens();
        int verb = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= at; i++) {
            if (tokens.get(i).isVerb() || "MD".equals(tokens.get(i).pos())) {
                verb = i;
            }
        }
        if (verb < 0) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).begin() >= at && (tokens.get(i).isVerb() || "MD".equals(tokens.get(i).pos()))) {
                    verb = i;
                    break;
                }
            }
        }
        if (verb < 0) {
            return DateRanges.Tense.FUTURE;
        }
        // the verb group: the verb and the auxiliaries, "to" and adverbs right before it
        for (int i = verb; i >= 0 && i >= verb - 4; i--) {
            Token t = tokens.get(i);
            if (t.lowerWord().equals("to") && i < verb && pastFrame(tokens, i)) {
                return DateRanges.Tense.NEAREST;
            }
            if (FUTURE_MODALS.contains(t.lowerWord()) || t.lowerWord().equals("to") && i < verb) {
                return DateRanges.Tense.FUTURE;
            }
            if (i < verb && FUTURE_MARKERS.contains(t.lowerLemma()) && tokens.get(i + 1).lowerWord().equals("to")) {
                return DateRanges.Tense.FUTURE;
            }
            if (i < verb && !(t.isVerb() || "MD".equals(t.pos()) || t.pos().startsWith("RB"))) {
                break;
            }
        }
        Token v = tokens.get(verb);
        // "is on a two-day visit starting Wednesday": a stay told in the present began on or before the day
        if (v.pos().equals("VBG") && BEGINNING.contains(v.lowerLemma()) && presentStay(tokens, verb)) {
            return DateRanges.Tense.PAST;
        }
        for (int i = verb; i >= 0 && i >= verb - 3; i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("VBD")) {
                return DateRanges.Tense.PAST; // "met", "was received", "were visiting", "had arrived"
            }
            if (i < verb && !(t.isVerb() || "MD".equals(t.pos()) || t.pos().startsWith("RB"))) {
                break;
            }
        }
        if (v.pos().equals("VBN")) {
            return DateRanges.Tense.PAST; // "has visited", "visited on Monday" tagged as a participle
        }
        return DateRanges.Tense.FUTURE;
    }
}
