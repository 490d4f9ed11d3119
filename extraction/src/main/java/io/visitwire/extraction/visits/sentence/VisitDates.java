package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.schemas.avro.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;


/**
 * The days of a stay from the sentence's dates, and the verbs that make up the trigger's clause.
 */
public final class VisitDates {

    /** "since May", "until 2012": a date that is a point of reference, not the days of the stay. */
    private static final Lexicon DATE_REFERENCES = Lexicon.of("date-reference-prepositions");
    /** "said", "told": the day after one is the day of the report ("the ministry said on Friday"). */
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");
    /** "planned", "scheduled": a relative clause that schedules the trip. */
    private static final Lexicon SCHEDULE = Lexicon.of("schedule-verbs");
    /** "reported": a press report's verb, whose own day follows it. */
    private static final Lexicon REPORT = Lexicon.of("report-verbs");
    private static final Lexicon PLAN = Lexicon.of("plan-verbs");
    /** How many words may stand between a report's verb and its day ("told reporters in Hanoi on Friday"). */
    private static final int REPORT_WINDOW = 5;

    private VisitDates() {
    }

    /** The full date attached to {@code verb} ("left Baku this morning"), if any. */
    public static String dateOf(Sentence s, int verb, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.sentence() != s.index() || d.start() == null || d.start().length() != 10) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.begin() >= d.begin() && t.end() <= d.end()) {
                    for (Dependency h : s.heads(t.index())) {
                        if (h.governor() == verb) {
                            return d.start();
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Start and end of the stay from the sentence's dates: a day range gives both ends; several dates
     * give the earliest and latest; one day gives the start only (the end is told by a departure), and so does
     * one month ("visited Baghdad in June": ANNOTATION.md fills the end only when an end or a range is stated); a
     * week, known only to its month, stands for both ends. The dateline's date and a departure's date do not count.
     */
    static Span dateSpan(Sentence s, int trigger, List<DateMention> dates, DocumentContext ctx) {
        List<Integer> clause = clauseOf(s, trigger);
        List<DateMention> here = dates.stream().filter(d -> d.sentence() == s.index() && d.start() != null)
                .filter(d -> d.start().length() >= 7) // a year alone ("later this year", "in 2024") is no contract date
                .filter(d -> d.begin() >= ctx.datelineEnd() && !isDatelineDate(s, d))
                .filter(d -> !precededBy(s, d, DATE_REFERENCES) || d.start().length() == 10)
                .filter(d -> !attachedToDeparture(s, d) && !inOtherClause(s, d, clause))
                .filter(d -> !dayOfReportOrCancellation(s, d))
                .toList();
        if (here.isEmpty()) {
            return new Span(null, null, null);
        }
        if (here.size() == 1) {
            DateMention d = here.get(0);
            if (d.start().length() == 10 && Objects.equals(d.start(), d.last())) {
                return new Span(d.start(), null, VisitRule.DATE_SINGLE_DAY);
            }
            if (d.start().length() == 7 && (d.last() == null || d.start().equals(d.last())) && !namesWeek(d)) {
                return new Span(d.start(), null, VisitRule.DATE_ONE_MONTH);
            }
            return new Span(d.start(), d.last(), VisitRule.DATE_ONE_SPAN);
        }
        String min = null;
        String max = null;
        for (DateMention d : here) {
            if (min == null || d.start().compareTo(min) < 0) {
                min = d.start();
            }
            String last = d.last() == null ? d.start() : d.last();
            if (max == null || last.compareTo(max) > 0) {
                max = last;
            }
        }
        return new Span(min, max, VisitRule.DATE_SEVERAL);
    }

    /** "this week", "earlier this week", "last week": a span of days the contract can only give as its month. */
    private static boolean namesWeek(DateMention d) {
        return d.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\bweek\\b.*");
    }

    /**
     * A range given for a whole multi-country trip ("will visit A, B and C from March 10 to 16") is not split
     * per leg: each leg gets the month when the range lies in one month, else no date.
     */
    static Span forLegs(Span span, int legs) {
        if (legs < 2 || span.rule() != VisitRule.DATE_ONE_SPAN || span.start() == null || span.end() == null
                || span.start().length() != 10 || span.end().length() != 10 || span.start().equals(span.end())) {
            return span;
        }
        String month = span.start().substring(0, 7);
        return new Span(span.end().startsWith(month) ? month : null, null, VisitRule.DATE_TRIP_MONTH);
    }

    /**
     * "will travel to China from Jan. 9 to 12, and then to Japan Jan. 13 and 14": when one sentence names
     * several legs and several dates, each leg takes the dates written after its place and before the next
     * leg's; a leg with none takes the month all the dates lie in, or nothing.
     */
    static Span perLeg(VisitArticle a, Sentence s, Span span, List<String> legs, String country, String home,
                       List<DateMention> dates) {
        if (span.rule() != VisitRule.DATE_SEVERAL) {
            return span;
        }
        boolean ownLegs = legs.size() >= 2;
        if (!ownLegs) {
            // "will visit Riyadh on June 20, before travelling to Doha on June 22": legs of two triggers
            legs = a.index.mentionsIn(s.index()).stream().filter(m -> m.getValue().type() == EntityType.LOCATION)
                    .map(m -> m.getValue().country()).filter(c -> c != null && !c.equals(home)).distinct().toList();
            if (legs.size() < 2 || !legs.contains(country)) {
                return span;
            }
        } else if (daysLong(s.text()) != null) {
            // "will travel to Kenya and Uganda for a five-day trip starting Monday": the dates are the whole trip's
            boolean oneMonth = span.start() != null && span.end() != null
                    && span.start().substring(0, 7).equals(span.end().substring(0, 7));
            return new Span(oneMonth ? span.start().substring(0, 7) : null, null, VisitRule.DATE_TRIP_MONTH);
        }
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        for (var m : a.index.mentionsIn(s.index())) {
            if (m.getValue().type() == EntityType.LOCATION && legs.contains(m.getValue().country())) {
                at.putIfAbsent(m.getValue().country(), m.getKey().begin());
            }
        }
        if (!at.keySet().containsAll(legs) || !at.containsKey(country)) {
            return span;
        }
        int from = at.get(country);
        int to = at.values().stream().filter(o -> o > from).min(Integer::compare).orElse(s.end());
        List<DateMention> mine = dates.stream().filter(d -> d.sentence() == s.index() && d.start() != null
                && d.start().length() >= 7 && d.begin() >= from && d.begin() < to).toList();
        if (mine.isEmpty() && !ownLegs) {
            return span; // the dates after another country's place are not this place's to lose
        }
        if (mine.isEmpty()) {
            boolean oneMonth = span.start() != null && span.end() != null
                    && span.start().substring(0, 7).equals(span.end().substring(0, 7));
            return new Span(oneMonth ? span.start().substring(0, 7) : null, null, VisitRule.DATE_PER_LEG);
        }
        String min = mine.stream().map(DateMention::start).min(String::compareTo).get();
        String max = mine.stream().map(d -> d.last() == null ? d.start() : d.last()).max(String::compareTo).get();
        return new Span(min, max.equals(min) && min.length() == 10 ? null : max, VisitRule.DATE_PER_LEG);
    }

    /**
     * "September 3, 2026, Hanoi. Pavel Orlov arrived in Vietnam on a state visit.", "HANOI, Sept 3 (Reuters) -
     * X arrived in Vietnam for talks": the story's first sentence reporting in the past tense an event it gives
     * no day of reports the day its dateline states.
     */
    static Span datelineDay(VisitArticle a, Sentence s, Span span, VisitRule statusRule) {
        LocalDate day = a.ctx.datelineDay();
        if (span.start() != null || day == null
                || statusRule != VisitRule.STATUS_PAST_TENSE && statusRule != VisitRule.STATUS_ARRIVED_FOR_STAY) {
            return span;
        }
        Sentence lead = a.doc.sentences().stream().filter(x -> x.begin() >= a.ctx.datelineEnd() - 1).findFirst().orElse(null);
        return lead == s ? new Span(day.toString(), null, VisitRule.DATE_DATELINE_DAY) : span;
    }

    /** "wrapped up", "ends", "concluded": verbs whose day is the last day of the stay. */
    private static final Lexicon END_VERBS = Lexicon.of("ending-verbs");
    /** "a two-day visit", "a three-day state visit", "a 3-day trip": the length of the stay in days. */
    private static final String DAYS = "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})[- ]day(?:-long)?\\s+"
            + "(?:[a-z-]+\\s+){0,2}?";
    private static final java.util.regex.Pattern DAYS_LONG = java.util.regex.Pattern.compile(
            DAYS + "(?:visit|trip|tour|stay|mission|journey|swing)s?\\b");
    /** A length given to a visit or a stay, which is one leg's, not a tour's or a trip's. */
    private static final java.util.regex.Pattern LEG_LENGTH = java.util.regex.Pattern.compile(DAYS + "(?:visit|stay)s?\\b");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /**
     * The length of a stay and the words that end one: "a two-day visit starting Tuesday" ends on the Wednesday
     * (the first day plus the length less one); "wrapped up a two-day visit on Friday", "a three-day visit that
     * ends on Friday" started the length less one before that day; "is in Cairo through Thursday", "until
     * Thursday" state the end only. A whole multi-country trip's length is not any one leg's.
     */
    static Span lengthAndEnd(VisitArticle a, Sentence s, Span span, List<DateMention> dates, String country,
                             String home, int legs) {
        DocumentContext ctx = a.ctx;
        DateMention endDay = null;
        boolean endOnly = false;
        for (DateMention d : dates) {
            if (d.sentence() != s.index() || d.start() == null || d.start().length() != 10
                    || !d.start().equals(d.last()) || d.begin() < ctx.datelineEnd() || dayOfReportOrCancellation(s, d)) {
                continue;
            }
            Token before = tokenBefore(s, d);
            if (before != null && Set.of("through", "thru", "until", "till").contains(before.lowerWord())) {
                endDay = d;
                endOnly = true;
                break;
            }
            Token verb = verbBefore(s, d);
            if (verb != null && END_VERBS.contains(verb.lowerLemma())) {
                endDay = d;
                break;
            }
        }
        // "kicking off a four-day Asian tour that will also take her to Seoul": a length of more than this leg
        boolean otherCountry = a.index.mentionsIn(s.index()).stream().anyMatch(m -> m.getValue().type() == EntityType.LOCATION
                && m.getValue().country() != null && !m.getValue().country().equals(country)
                && !m.getValue().country().equals(home));
        Integer days = legs < 2 ? daysLong(s.text()) : null;
        // "a four-day Asian tour that will also take her to Seoul" is the whole trip's; "a two-day visit before
        // going on to Amman" this leg's
        otherCountry &= days != null && !LEG_LENGTH.matcher(s.text()).find();
        if (endDay != null) {
            String end = endDay.start();
            String start = span.start() != null && span.start().length() == 10 && span.start().compareTo(end) < 0
                    ? span.start() : null;
            if (start == null && days != null) {
                return new Span(LocalDate.parse(end).minusDays(days - 1).toString(), end, VisitRule.DATE_BACK_FROM_END);
            }
            if (start != null || endOnly) {
                return new Span(start, end, VisitRule.END_STATED);
            }
            return span;
        }
        if (days != null && !otherCountry && span.start() != null && span.start().length() == 10
                && (span.end() == null || span.end().equals(span.start())) && firstDay(s, span.start(), dates)) {
            return new Span(span.start(), LocalDate.parse(span.start()).plusDays(days - 1).toString(), VisitRule.END_LENGTH);
        }
        return span;
    }

    /**
     * Whether the sentence's day {@code day} is the stay's first: not the day of a meeting during it ("on a
     * three-day visit to Japan, met X on Thursday"), unless the text says so ("on the first day of").
     */
    private static boolean firstDay(Sentence s, String day, List<DateMention> dates) {
        if (s.text().toLowerCase(java.util.Locale.ROOT).contains("first day")) {
            return true;
        }
        for (DateMention d : dates) {
            if (d.sentence() == s.index() && day.equals(d.start())) {
                Token verb = verbBefore(s, d);
                return verb == null || !Hosts.MEET_LEMMAS.contains(verb.lowerLemma()) && !Hosts.holds(verb);
            }
        }
        return true;
    }

    private static Integer daysLong(String text) {
        java.util.regex.Matcher m = DAYS_LONG.matcher(text);
        Integer found = null;
        while (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int v = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : NUMBERS.indexOf(n) + 1;
            if (v < 1 || v > 31 || found != null && found != v) {
                return null;
            }
            found = v;
        }
        return found;
    }

    /** The word before a date, "on" skipped ("through Friday", "until June 14", "ends on Friday"). */
    private static Token tokenBefore(Sentence s, DateMention d) {
        Token prev = null;
        for (Token t : s.tokens()) {
            if (t.begin() >= d.begin()) {
                break;
            }
            prev = t;
        }
        if (prev != null && prev.lowerWord().equals("on") && prev.index() > 0) {
            return s.tokens().get(prev.index() - 1);
        }
        return prev;
    }

    /** The nearest verb written before a date in its sentence. */
    private static Token verbBefore(Sentence s, DateMention d) {
        Token verb = null;
        for (Token t : s.tokens()) {
            if (t.begin() >= d.begin()) {
                break;
            }
            if (t.isVerb()) {
                verb = t;
            }
        }
        return verb;
    }

    /**
     * "will head to Cairo on Monday ... before going on to Amman": a lone day written after another country's place
     * and before this leg's is the other leg's, not this one's.
     */
    static Span othersDay(VisitArticle a, Sentence s, Span span, String country, String home, List<DateMention> dates) {
        if (span.rule() != VisitRule.DATE_SINGLE_DAY && span.rule() != VisitRule.DATE_ONE_SPAN) {
            return span;
        }
        DateMention d = dates.stream().filter(x -> x.sentence() == s.index() && span.start().equals(x.start()))
                .findFirst().orElse(null);
        if (d == null) {
            return span;
        }
        Integer mine = null;
        boolean otherBefore = false;
        for (var m : a.index.mentionsIn(s.index())) {
            String c = m.getValue().country();
            if (m.getValue().type() != EntityType.LOCATION || c == null || c.equals(home)) {
                continue;
            }
            if (c.equals(country)) {
                mine = mine == null ? m.getKey().begin() : Math.min(mine, m.getKey().begin());
            } else if (m.getKey().end() <= d.begin()) {
                otherBefore = true;
            }
        }
        if (mine == null || !otherBefore || d.end() > mine) {
            return span;
        }
        // "concluded her visit to Japan on Wednesday and left for Seoul": the day of leaving is the next leg's too
        int from = d.end();
        int to = mine;
        boolean leaves = s.tokens().stream().anyMatch(t -> t.begin() >= from && t.end() <= to && t.isVerb()
                && VisitTriggers.DEPART.contains(t.lowerLemma()));
        return leaves ? span : new Span(null, null, null);
    }

    /** The days of a stay and the rule that read them ({@code rule} null when the sentence gives no date). */
    record Span(String start, String end, VisitRule rule) {
    }

    /** "Dec. 10 - Admiral X visited ...": a date opening the first sentence before a dash is the dateline's. */
    private static boolean isDatelineDate(Sentence s, DateMention d) {
        if (s.index() != 0 || d.begin() - s.begin() > 3) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.begin() >= d.end()) {
                return t.word().matches("[-–—]+");
            }
        }
        return false;
    }

    /** The verbs of the trigger's event: its own verb (a noun trigger's governing verb) and their xcomp/advcl/conj links. */
    static List<Integer> clauseOf(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>(List.of(trigger));
        int cur = trigger;
        // a noun trigger, or a verb modifying a noun ("the meeting hosted by X that took place on <date>"),
        // belongs to the clause of the verb above the noun
        for (int hop = 0; hop < 4; hop++) {
            int from = cur;
            boolean modifier = s.heads(cur).stream().anyMatch(d -> d.relation().startsWith("acl") && d.governor() >= 0);
            if (s.tokens().get(cur).isVerb() && !modifier) {
                break;
            }
            int up = s.heads(from).stream().mapToInt(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
            if (up < 0) {
                break;
            }
            cur = up;
            if (s.tokens().get(cur).isVerb() && !out.contains(cur)) {
                out.add(cur);
            }
        }
        for (int i = 0; i < out.size() && i < 12; i++) {
            int v = out.get(i);
            for (Dependency d : s.children(v, null)) {
                String r = d.relation();
                if ((r.startsWith("xcomp") || r.startsWith("advcl") || r.startsWith("conj")) && !out.contains(d.dependent())
                        && s.tokens().get(d.dependent()).isVerb()) {
                    out.add(d.dependent());
                }
            }
            for (Dependency d : s.heads(v)) {
                String r = d.relation();
                if ((r.startsWith("xcomp") || r.startsWith("advcl")) && d.governor() >= 0 && !out.contains(d.governor())) {
                    out.add(d.governor());
                }
            }
        }
        return out;
    }

    /** "X met Y last month, and Z recently visited W": a date hanging from another subject's verb. */
    private static boolean inOtherClause(Sentence s, DateMention d, List<Integer> clause) {
        for (Token t : s.tokens()) {
            if (t.begin() < d.begin() || t.end() > d.end()) {
                continue;
            }
            for (Dependency h : s.heads(t.index())) {
                int g = h.governor();
                if (g < 0 || s.tokens().get(g).begin() >= d.begin() && s.tokens().get(g).end() <= d.end()) {
                    continue;
                }
                return s.tokens().get(g).isVerb() && !clause.contains(g) && !s.children(g, "nsubj").isEmpty()
                        && !scheduleOfTheTrip(s, g) && !misattachedToLaterReport(s, d, g, clause);
            }
        }
        return false;
    }

    /**
     * "X landed in Amman early on Thursday, state media reported": the parser hangs the day on the report that
     * follows it after a comma, but a report's own day follows the report ("reported on Thursday"); a day written
     * after the trigger's verb and before the comma is the trigger's.
     */
    private static boolean misattachedToLaterReport(Sentence s, DateMention d, int governor, List<Integer> clause) {
        Token g = s.tokens().get(governor);
        if (!SPEECH.contains(g.lowerLemma()) && !REPORT.contains(g.lowerLemma()) || g.begin() < d.end()
                || clause.stream().noneMatch(v -> s.tokens().get(v).end() <= d.begin())) {
            return false;
        }
        return s.tokens().stream().anyMatch(t -> t.begin() >= d.end() && t.end() <= g.begin() && t.word().equals(","));
    }

    /**
     * "..., the ministry said on Friday", "told reporters on Monday", "was called off on Thursday": a day
     * written after a verb of reporting or of calling the visit off, with no other verb between, is the day
     * of the report or of the cancellation, not a day of the stay. Read on the words, so that it holds on
     * sentences the parser misreads or the cascade leaves unparsed.
     */
    static boolean dayOfReportOrCancellation(Sentence s, DateMention d) {
        int first = -1;
        for (Token t : s.tokens()) {
            if (t.begin() >= d.begin()) {
                first = t.index();
                break;
            }
        }
        for (int i = first - 1, seen = 0; i >= 0 && seen < REPORT_WINDOW; i--, seen++) {
            Token t = s.tokens().get(i);
            if (t.isVerb() && (SPEECH.contains(t.lowerLemma()) || REPORT.contains(t.lowerLemma())) && !t.lowerLemma().equals("provide")
                    || VisitTriggers.isCancel(s, i)) {
                return true;
            }
            if (t.isVerb() && !t.lowerLemma().equals("be") && !t.lowerLemma().equals("have")
                    || t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "postponed her visit to Amman, which had been planned for June 20": a relative clause scheduling what
     * the sentence speaks of gives the trip's planned days, not another event's.
     */
    private static boolean scheduleOfTheTrip(Sentence s, int verb) {
        String lemma = s.tokens().get(verb).lowerLemma();
        return (SCHEDULE.contains(lemma) || PLAN.contains(lemma))
                && s.heads(verb).stream().anyMatch(h -> h.relation().startsWith("acl"));
    }

    private static boolean attachedToDeparture(Sentence s, DateMention d) {
        for (Token t : s.tokens()) {
            if (t.begin() >= d.begin() && t.end() <= d.end()) {
                for (Dependency h : s.heads(t.index())) {
                    if (h.governor() >= 0 && VisitTriggers.DEPART.contains(s.tokens().get(h.governor()).lowerLemma())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean precededBy(Sentence s, DateMention d, Set<String> words) {
        for (Token t : s.tokens()) {
            if (t.end() <= d.begin() && d.begin() - t.end() <= 2) {
                return words.contains(t.lowerWord());
            }
        }
        return false;
    }
}
