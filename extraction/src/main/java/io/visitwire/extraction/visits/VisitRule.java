package io.visitwire.extraction.visits;

/**
 * The ids of the visit rules: every rule that creates a visit mention or decides one of its fields,
 * written on each mention it shaped ({@code VisitMention.rules}), so that precision can be measured
 * rule by rule ({@code visitwire eval --by-rule}). An id outlives renames of the code behind it; rules
 * that only drop candidates (calls, hypotheticals, invitations) leave nothing to record.
 */
public enum VisitRule {

    // what makes a sentence report a visit (one per mention)
    MOVE_VERB("visit.move-verb", "a movement verb: visited, arrived in, traveled to, toured, flew to"),
    MOVE_NOUN("visit.move-noun", "a visit noun with a place: a visit to, a trip to, talks in"),
    BOUND_FOR("visit.bound-for", "bound for <place>"),
    MET_IN_PLACE("visit.met-in-place", "met, held, attended, led ... at or in <place>"),
    HOST_RECEIVED("visit.host-pov.received", "X hosted, welcomed, received Y: Y visits, X is the host"),
    PRESENCE_BE_IN("visit.presence.be-in", "X is in, was at <place>: presence without a motion verb"),
    PRESENCE_SET_OFF("visit.presence.set-off", "X, in Y for talks, said: a place set off by commas after the person"),
    PRESENCE_VISITING("visit.presence.visiting", "Visiting X met Y: X is the visitor, at the dateline's city if no place is named"),
    ONWARD("visit.onward", "go on to, proceed to <place>: an itinerary's next leg"),
    HOST_MET_VISITING("visit.host-pov.met-visiting", "X met visiting Y: Y visits, X is the host"),
    SUBSTITUTE("visit.substitute", "Y will lead the delegation instead: Y makes the cancelled trip, to each of its countries"),
    GUEST_AT_HOME("visit.host-pov.guest-at-home", "a trigger at the subject's home: the foreign person met is the visitor"),
    HOME_DATELINE("visit.host-pov.home-dateline", "an official of no stated country meeting in the dateline's country holds office there"),
    HOST_FOREIGN_GUEST("visit.host-pov.foreign-guest",
            "no dateline or publisher's country: an official of no stated country meeting at a country's seat a person of another stated country is the host"),

    // who travels
    VISITOR_SUBJECT("visit.visitor.subject", "the trigger's subject, pronouns resolved"),
    VISITOR_IN_SUBJECT("visit.visitor.in-subject-phrase", "the person inside a title-headed subject"),
    VISITOR_JUST_BEFORE("visit.visitor.just-before", "the person written just before the trigger, adverbs between"),
    VISITOR_EARLIER_SUBJECT("visit.visitor.earlier-subject", "the subject of an earlier verb of the sentence"),
    VISITOR_POSSESSOR("visit.visitor.possessor", "the owner of a visit noun: his visit, Gates's trip"),
    VISITOR_CLAUSE_SUBJECT("visit.visitor.clause-subject", "a visit noun's sentence: the first verb's person subject"),
    VISITOR_EARLIER_GUEST("visit.visitor.earlier-guest", "a host's guest named in an earlier hosting sentence"),

    // where
    PLACE_ARGUMENT("visit.place.argument", "a place attached to the trigger or its object"),
    PLACE_IN_SENTENCE("visit.place.in-sentence", "no place on the trigger: the places of the sentence"),
    PLACE_HOST_COUNTRY("visit.place.host-country", "no place named: the country the host serves"),
    PLACE_DATELINE("visit.place.dateline", "a host's side with no place named: the dateline's city, in the host's country"),
    PLACE_FACILITY("visit.place.facility", "a country's capitalized building or institution: Peru's Government Palace"),

    // whom they met
    HOSTS_MET_WITH("visit.hosts.met-with", "the people met with, through conjuncts, appositions and including"),
    HOSTS_MET_OBJECT("visit.hosts.met-object", "the people met as the object: met Prime Minister X"),
    HOSTS_INVITATION("visit.hosts.invitation", "at the invitation of Y: the inviter is a host"),
    HOSTS_HOSTED_EVENT("visit.hosts.hosted-event", "attended a dinner hosted by Y: the host of what the visitor attends"),
    HOSTS_PURPOSE_WITH("visit.hosts.purpose-with", "traveled to Y to co-chair the dialogue with X: the partners of the joint act the trip is for"),
    HOSTS_WHERE_CLAUSE("visit.hosts.where-clause", "visit to <place>, where he met X: the people met there"),
    HOSTS_COUNTERPARTS("visit.hosts.counterparts", "A and B met during B's visit: the other subjects of the meeting"),
    HOSTS_NEXT_SENTENCES("visit.hosts.next-sentences", "He met with ... in the sentences that follow"),
    HOSTS_MEETING_NOUN("visit.hosts.meeting-noun", "X's talks with Y, Y's meeting with the visiting X, a meeting between X and Y, after the visit sentence"),
    HOSTS_JOINT_WITH("visit.hosts.joint-with", "a joint news conference with Y, signed an agreement with Y: done together, so met"),
    HOSTS_ADDRESSED("visit.hosts.addressed", "Y told X that, Y thanked X for: speaking to the visitor face to face during the visit"),
    HOSTS_RELATIVE_CLAUSE("visit.hosts.relative-clause", "X had talks with Y, who arrived in Moscow: the one meeting the guest of the relative clause"),
    HOSTS_DELEGATION("visit.hosts.delegation", "the visited country's delegation included A, B and C"),

    // when
    DATE_SINGLE_DAY("visit.date.single-day", "one reported day: the start"),
    DATE_ONE_SPAN("visit.date.one-span", "one date that is a range or a week: both ends"),
    DATE_ONE_MONTH("visit.date.one-month", "one month named (in June, last month): the start only"),
    DATE_SEVERAL("visit.date.several", "several dates: the earliest and the latest"),
    DATE_TRIP_MONTH("visit.date.trip-month", "a range for a whole multi-country trip: each leg the month, or none"),
    DATE_PER_LEG("visit.date.per-leg", "several legs and dates in one sentence: each leg the dates after its place"),
    DATE_DATELINE_DAY("visit.date.dateline-day", "an undated past report opening a dated dateline's story: that day"),
    DATE_BACK_FROM_END("visit.date.back-from-end", "an N-day visit that ends (wrapped up, ends) on a day: the start N-1 days before"),
    DATE_MEETING_DAY("visit.date.meeting-day", "a visit with no day: the day a following sentence says the visitor met someone there"),
    END_LENGTH("visit.end.length", "an N-day visit from a stated first day: the end N-1 days after"),
    END_STATED("visit.end.stated", "through, until, ends on <day>: the end"),
    END_DEPARTURE("visit.end.departure", "left <place> on <day>: the visit there ends that day"),
    END_ENDED_VISIT("visit.end.ended-visit", "ended his visit: the last known day is the end"),

    // status
    STATUS_CANCELLED("visit.status.cancelled", "cancelled, postponed, called off: CANCELLED"),
    STATUS_FUTURE_AUX("visit.status.future-aux", "a future auxiliary on the verb: PLANNED"),
    STATUS_BOUND_FOR("visit.status.bound-for", "bound for: PLANNED"),
    STATUS_FUTURE_MARKER("visit.status.future-marker", "will, plans to, is scheduled to near the trigger: PLANNED"),
    STATUS_FUTURE_DATE("visit.status.future-date", "a day or month after publication: PLANNED"),
    STATUS_PAST_TENSE("visit.status.past-tense", "a past-tense or participle verb: COMPLETED"),
    STATUS_PRESENCE("visit.status.presence", "is in <place>, is on a visit: ONGOING"),
    STATUS_PROGRESSIVE("visit.status.progressive", "is visiting: ONGOING"),
    STATUS_GERUND("visit.status.gerund", "after arriving, during a trip: COMPLETED"),
    STATUS_ARRIVED_FOR_STAY("visit.status.arrived-for-stay",
            "arrived for a visit of N days that has not run out by publication: ONGOING"),
    STATUS_ARRIVED_WITH_PLANS("visit.status.arrived-with-plans",
            "arrived, and will meet or a later day in the sentence: ONGOING"),
    STATUS_RANGE_UNDER_WAY("visit.status.range-under-way", "the stated days began before publication and run on: ONGOING"),
    STATUS_PRESENT_TODAY("visit.status.present-today", "a present-tense verb with today's date: ONGOING"),
    STATUS_PRESENT_ITINERARY("visit.status.present-itinerary", "a present-tense itinerary: PLANNED"),
    STATUS_DEFAULT("visit.status.default", "nothing else said: COMPLETED");

    private final String id;
    private final String description;

    VisitRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Lower-case and dot-separated, {@code visit.<rule>}; stable across releases. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
