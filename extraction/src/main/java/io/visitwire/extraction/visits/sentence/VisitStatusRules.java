package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.visits.VisitRule;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Status of a visit from the trigger's tense and modality: cancelled/postponed → CANCELLED;
 * will/plans/scheduled/bound for, or a date after publication → PLANNED; "is visiting" → ONGOING;
 * an arrival for a stay of several days still under way at publication → ONGOING; past tense → COMPLETED;
 * a present-tense itinerary ("ends her tour with a visit") → PLANNED.
 */
final class VisitStatusRules {

    private static final Lexicon ARRIVAL = Lexicon.of("arrival-verbs");
    private static final Lexicon TRIP_NOUNS = Lexicon.of("trip-nouns");
    private static final Lexicon BEGINNING = Lexicon.of("beginning-verbs");
    private static final List<String> NUMBER_WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten");
    /** "three-day", "3-day" as one token. */
    private static final Pattern STAY_LENGTH = Pattern.compile("(" + NUMBER.pattern() + ")-day");

    /** A status and the rule that gave it. */
    record Decision(VisitStatus status, VisitRule rule) {
    }

    Decision status(Sentence s, int trigger, List<DateMention> dates, LocalDate docDate) {
        for (Token t : s.tokens()) {
            if (VisitTriggers.isCancel(s, t.index())) {
                return new Decision(VisitStatus.CANCELLED, VisitRule.STATUS_CANCELLED);
            }
        }
        Token trig = s.tokens().get(trigger);
        int copula = copulaOf(s, trigger);
        int verb = copula >= 0 ? copula : governingVerb(s, trigger);
        Token v = s.tokens().get(verb);
        List<Dependency> auxes = new java.util.ArrayList<>(s.children(verb, "aux"));
        if (copula >= 0) {
            s.heads(copula).stream().filter(d -> d.relation().equals("cop") && d.governor() >= 0)
                    .forEach(d -> auxes.addAll(s.children(d.governor(), "aux")));
        }
        for (Dependency d : auxes) {
            if (VisitTriggers.isFutureMarker(s.tokens().get(d.dependent()).lowerWord())) {
                return new Decision(VisitStatus.PLANNED, VisitRule.STATUS_FUTURE_AUX);
            }
        }
        if (trig.lowerWord().equals("bound")) {
            return new Decision(VisitStatus.PLANNED, VisitRule.STATUS_BOUND_FOR);
        }
        for (Token t : s.tokens()) {
            if (t.index() < trigger + 4 && VisitTriggers.isFutureMarker(t.lowerLemma())
                    && (t.lowerWord().equals("will") || t.isVerb() && t.index() + 1 < s.tokens().size()
                            && s.tokens().get(t.index() + 1).lowerWord().equals("to"))) {
                return new Decision(VisitStatus.PLANNED, VisitRule.STATUS_FUTURE_MARKER);
            }
            // "is due to arrive on Thursday" (a plan told in the present; "was due to" leaves it to the day)
            if (t.index() < trigger && t.index() > 0 && t.lowerWord().equals("due") && t.index() + 1 < s.tokens().size()
                    && s.tokens().get(t.index() + 1).lowerWord().equals("to")
                    && Set.of("is", "are", "'s", "am").contains(s.tokens().get(t.index() - 1).lowerWord())) {
                return new Decision(VisitStatus.PLANNED, VisitRule.STATUS_FUTURE_MARKER);
            }
        }
        // "X, who arrived in Amman on Wednesday, will meet Y on Saturday": arrived, and there with more to do
        if (v.pos().equals("VBD") && ARRIVAL.contains(v.lowerLemma()) && aheadInSentence(s, dates, docDate)) {
            return new Decision(VisitStatus.ONGOING, VisitRule.STATUS_ARRIVED_WITH_PLANS);
        }
        for (DateMention d : dates) {
            if (d.sentence() == s.index() && d.start() != null && d.start().length() == 10
                    && d.start().compareTo(docDate.toString()) > 0) {
                return new Decision(VisitStatus.PLANNED, VisitRule.STATUS_FUTURE_DATE);
            }
            // "next month": a month after the publication's month is ahead, whatever the tense
            if (d.sentence() == s.index() && d.start() != null && d.start().length() == 7
                    && d.start().compareTo(docDate.toString().substring(0, 7)) > 0) {
                return new Decision(VisitStatus.PLANNED, VisitRule.STATUS_FUTURE_DATE);
            }
        }
        String pos = v.pos();
        if (copula >= 0 && (pos.equals("VBZ") || pos.equals("VBP"))) {
            return new Decision(VisitStatus.ONGOING, VisitRule.STATUS_PRESENCE);
        }
        if ((pos.equals("VBD") || pos.equals("VBN")) && stillThere(s, verb, dates, docDate)) {
            return new Decision(VisitStatus.ONGOING, VisitRule.STATUS_ARRIVED_FOR_STAY);
        }
        if (pos.equals("VBD") || pos.equals("VBN")) {
            return new Decision(VisitStatus.COMPLETED, VisitRule.STATUS_PAST_TENSE);
        }
        if (pos.equals("VBG")) {
            for (Dependency d : s.children(verb, "aux")) {
                String w = s.tokens().get(d.dependent()).lowerWord();
                if (w.equals("is") || w.equals("are") || w.equals("am")) {
                    return new Decision(VisitStatus.ONGOING, VisitRule.STATUS_PROGRESSIVE);
                }
            }
            return new Decision(VisitStatus.COMPLETED, VisitRule.STATUS_GERUND);
        }
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            boolean today = dates.stream().anyMatch(d -> d.sentence() == s.index() && docDate.toString().equals(d.start()));
            return today ? new Decision(VisitStatus.ONGOING, VisitRule.STATUS_PRESENT_TODAY)
                    : new Decision(VisitStatus.PLANNED, VisitRule.STATUS_PRESENT_ITINERARY);
        }
        return new Decision(VisitStatus.COMPLETED, VisitRule.STATUS_DEFAULT);
    }

    /**
     * "will visit Amman from June 12 to 14", published on June 13: a planned stay whose stated days began
     * before publication and have not run out is under way (ANNOTATION.md: ONGOING, "is there now").
     */
    Decision underWay(Decision d, VisitDates.Span span, LocalDate docDate) {
        String day = docDate.toString();
        boolean length = span.rule() == VisitRule.END_LENGTH || span.rule() == VisitRule.END_STATED
                || span.rule() == VisitRule.DATE_BACK_FROM_END;
        if (span.end() == null || span.end().length() != 10 || span.end().compareTo(day) < 0) {
            return d;
        }
        // "is in Cairo through Thursday": only the end stated, and not yet come, of a stay told in the present
        if (d.status() == VisitStatus.PLANNED && span.start() == null && span.rule() == VisitRule.END_STATED
                && (d.rule() == VisitRule.STATUS_FUTURE_DATE || d.rule() == VisitRule.STATUS_PRESENT_ITINERARY
                || d.rule() == VisitRule.STATUS_PRESENCE)) {
            return new Decision(VisitStatus.ONGOING, VisitRule.STATUS_RANGE_UNDER_WAY);
        }
        // "landed in Amman on Thursday for a two-day visit", told on the Thursday: there now
        if (d.status() == VisitStatus.COMPLETED && length && span.start() != null && span.start().length() == 10
                && span.start().compareTo(day) <= 0 && span.end().compareTo(day) > 0) {
            return new Decision(VisitStatus.ONGOING, VisitRule.STATUS_RANGE_UNDER_WAY);
        }
        if (d.status() != VisitStatus.PLANNED || span.start() == null || span.start().length() != 10) {
            return d;
        }
        return span.start().compareTo(day) < 0 && span.end().compareTo(day) >= 0
                ? new Decision(VisitStatus.ONGOING, VisitRule.STATUS_RANGE_UNDER_WAY) : d;
    }

    /** A day or month after publication in the sentence, or a future modal in it. */
    private static boolean aheadInSentence(Sentence s, List<DateMention> dates, LocalDate docDate) {
        String day = docDate.toString();
        boolean laterDate = dates.stream().anyMatch(d -> d.sentence() == s.index() && d.start() != null
                && (d.start().length() == 10 ? d.start().compareTo(day) > 0
                : d.start().length() == 7 && d.start().compareTo(day.substring(0, 7)) > 0));
        // "arrived ... on a visit during which he is expected to meet Y": more to come
        List<Token> ts = s.tokens();
        boolean expected = ts.stream().anyMatch(t -> t.isVerb() && VisitTriggers.isFutureMarker(t.lowerLemma())
                && t.index() + 1 < ts.size() && ts.get(t.index() + 1).lowerWord().equals("to")
                && t.index() > 0 && Set.of("is", "are").contains(ts.get(t.index() - 1).lowerWord()));
        return laterDate || expected || ts.stream().anyMatch(t -> t.lowerWord().equals("will") && t.pos().equals("MD"));
    }

    /**
     * "X, in Seoul for talks, said on Friday": the presence is as of the speech; a report of the publication day,
     * or of no day, is of someone still there (ONGOING); an earlier day's report stays COMPLETED.
     */
    static Decision setOff(Decision byVerb, Sentence s, List<DateMention> dates, LocalDate docDate) {
        if (byVerb.status() != VisitStatus.COMPLETED) {
            return byVerb;
        }
        List<String> days = dates.stream().filter(d -> d.sentence() == s.index() && d.start() != null)
                .map(DateMention::start).toList();
        boolean current = days.isEmpty() || days.stream().anyMatch(d -> docDate.toString().startsWith(d));
        return current ? new Decision(VisitStatus.ONGOING, VisitRule.STATUS_PRESENCE) : byVerb;
    }

    /**
     * "arrived in Seoul on Wednesday for a three-day visit", "began a three-day visit on Wednesday", published that
     * Wednesday or the next day: an arrival or a start
     * for a stay of several days that lasts at least until publication (from the arrival's date, or from
     * publication when the sentence gives none).
     */
    private static boolean stillThere(Sentence s, int verb, List<DateMention> dates, LocalDate docDate) {
        String lemma = s.tokens().get(verb).lowerLemma();
        boolean begun = BEGINNING.contains(lemma) && s.children(verb, "obj").stream()
                .anyMatch(d -> TRIP_NOUNS.contains(s.tokens().get(d.dependent()).lowerLemma()));
        if (!ARRIVAL.contains(lemma) && !begun) {
            return false;
        }
        int days = stayDays(s);
        if (days < 2) {
            return false;
        }
        LocalDate arrival = dates.stream().filter(d -> d.sentence() == s.index() && d.start() != null
                        && d.start().length() == 10).map(d -> LocalDate.parse(d.start())).findFirst().orElse(docDate);
        return !arrival.isAfter(docDate) && !arrival.plusDays(days - 1L).isBefore(docDate);
    }

    /** The days of a stay the sentence states ("a three-day visit", "a 2-day trip"), or 0. */
    private static int stayDays(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            // the tokenizer may keep "three-day" whole or split it into "three", "-", "day"
            Matcher whole = STAY_LENGTH.matcher(tokens.get(i).lowerWord());
            String number = whole.matches() ? whole.group(1) : null;
            int next = i + 1;
            if (number == null && i + 2 < tokens.size() && NUMBER.matcher(tokens.get(i).lowerWord()).matches()
                    && tokens.get(i + 1).word().equals("-") && tokens.get(i + 2).lowerWord().equals("day")) {
                number = tokens.get(i).lowerWord();
                next = i + 3;
            }
            if (number == null) {
                continue;
            }
            for (int j = next; j < Math.min(tokens.size(), next + 3); j++) {
                if (TRIP_NOUNS.contains(tokens.get(j).lowerLemma())) {
                    return number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number)
                            : NUMBER_WORDS.indexOf(number) + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The copula of a presence: the trigger itself ("X is in Nairobi", the copula the presence rule found)
     * or the trigger's own copula ("X is on a visit to Japan"); -1 if none.
     */
    private static int copulaOf(Sentence s, int trigger) {
        if (s.heads(trigger).stream().anyMatch(d -> d.relation().equals("cop"))) {
            return trigger;
        }
        return s.children(trigger, "cop").stream().mapToInt(Dependency::dependent).findFirst().orElse(-1);
    }

    /** The verb a noun trigger hangs from ("spoke during ... visit" → spoke); a verb trigger is itself. */
    private static int governingVerb(Sentence s, int trigger) {
        int cur = trigger;
        for (int hop = 0; hop < 4; hop++) {
            if (s.tokens().get(cur).isVerb()) {
                return cur;
            }
            int up = -1;
            for (Dependency d : s.heads(cur)) {
                if (d.governor() >= 0) {
                    up = d.governor();
                    break;
                }
            }
            if (up < 0) {
                break;
            }
            cur = up;
        }
        return s.tokens().get(cur).isVerb() ? cur : trigger;
    }
}
