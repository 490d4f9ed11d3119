package io.visitwire.extraction.commitments;

import io.visitwire.schemas.avro.CommitmentKind;
import java.util.List;

/**
 * The ids of the commitment rules: every rule that creates a commitment or decides its committer,
 * kind, due date or amount, written on each commitment it shaped ({@code Commitment.rules}), so that
 * precision can be measured rule by rule ({@code visitwire eval --by-rule}). An id outlives renames of
 * the code behind it; the {@link Exclusions} only drop candidates and leave nothing to record.
 */
public enum CommitmentRule {

    // the trigger (one per commitment)
    VERB_CLAUSE("commitment.verb-clause", "a commitment verb with a clause: promised to relay, agreed to hold"),
    VERB_OBJECT("commitment.verb-object", "a commitment verb with a thing: pledged $50 million, offered assistance"),
    WILL_VERB("commitment.will-verb", "will + an agentive verb: the country will open a consulate"),
    WILL_PASSIVE("commitment.will-passive", "a passive future: the funds will be remitted"),
    NOUN_PURPOSE("commitment.noun-purpose", "a commitment noun with a purpose: commitments to accelerate"),
    PLEDGE_AMOUNT("commitment.pledge-amount", "a commitment noun with an amount: a pledge of $5 million"),
    ANNOUNCED_AMOUNT("commitment.announced-amount", "announced $15 million in aid: a PLEDGE"),
    SCHEDULED("commitment.scheduled", "is scheduled to + an act: a plan on the calendar"),
    INSTRUCTED("commitment.instructed", "instructed X to provide: X undertakes it"),
    COMMITTED_TO_EVENT("commitment.committed-to-event", "committed or agreed to an event: a trade mission, talks"),
    PARTICIPLE("commitment.participle", "a commitment -ing form read as a modifier: for committing troops"),
    CALENDARED("commitment.calendared", "is set to, is due to + an act: read as is scheduled to"),
    DELIVERY("commitment.delivery", "goods will arrive or be given, pledged just before: the giver's PLEDGE"),
    EVENT_SUBJECT("commitment.event-subject", "an event as the subject: the next meeting will take place in Seoul"),
    AMOUNT_ITEM("commitment.amount-item", "one amount of a list: will provide $5 million for A, $3 million for B"),
    BREAKDOWN("commitment.breakdown", "the parts of an announced sum: the assistance includes $14 million for A, ..."),

    LIST_ITEM("commitment.list-item", "one action of a list: will provide X; expand Y; and open Z"),

    // the kind, where it is not the trigger word's own
    KIND_MEETING_ACTION("commitment.kind.meeting-action", "agreed or committed to meet, hold, host: PLAN"),
    KIND_FOUNDING_ACTION("commitment.kind.founding-action", "agreed or committed to establish, set up, sign: PLAN"),
    KIND_CONDUCT("commitment.kind.conduct", "committed to a conduct, not giving nor a meeting: PROMISE"),
    KIND_OF_ACTION("commitment.kind.of-action", "a scheduled or instructed act: PLEDGE for giving, else PLAN"),
    KIND_GIVING_AFTER_WILL("commitment.kind.giving-after-will", "will provide, will support: PLEDGE, not PLAN"),
    KIND_RESOURCES("commitment.kind.resources", "promised to send instructors, will send aid: resources handed over, PLEDGE"),
    KIND_KEPT_UP("commitment.kind.kept-up", "agreed to remain in coordination, maintain readiness: conduct kept up, PROMISE"),

    // who undertakes: the route to the committer, then how its word was resolved
    COMMITTER_SUBJECT("commitment.committer.subject", "the grammatical subject of the trigger or its verb"),
    COMMITTER_PASSIVE_AGENT("commitment.committer.passive-agent", "the agent of a passive: will be provided by X"),
    COMMITTER_AFTER_DATELINE("commitment.committer.after-dateline", "SEOUL, July 15 (Yonhap) -- Japan will: the party after the dateline"),
    COMMITTER_LEADERS_STATE("commitment.committer.leaders-state", "money a leader or minister pledges: their country's pledge"),
    COMMITTER_INSTRUCTED("commitment.committer.instructed", "instructed the Government to: the Government"),
    COMMITTER_THANKED("commitment.committer.thanked", "thanked X for committing troops: X"),
    COMMITTER_MODIFIED_NOUN("commitment.committer.modified-noun", "the noun a participle trigger hangs on: the delegations committed"),
    COMMITTER_NOUN_BEFORE_VERB("commitment.committer.noun-before-verb", "a verb without a subject: the noun just before it"),
    COMMITTER_DECIDER("commitment.committer.decider", "X determined that the funds will be remitted: X"),
    COMMITTER_OWNER("commitment.committer.owner", "the owner of a commitment noun: Japan's pledge, the Dutch's commitments"),
    COMMITTER_MAKER("commitment.committer.maker", "who made, announced or offered the commitment noun"),
    COMMITTER_ROOT_SUBJECT("commitment.committer.root-subject", "a participle trigger: the main clause's subject"),
    COMMITTER_NATION_WORD("commitment.committer.nation-word", "a demonym or country word: the Dutch, Japanese"),
    COMMITTER_GROUP_OWNER("commitment.committer.group-owner", "a state collective with its country: the Peruvian government"),
    COMMITTER_FIRST_STATE("commitment.committer.first-state", "both governments, the two delegations: the first country named"),
    COMMITTER_SPEAKING_BODY("commitment.committer.speaking-body", "the ministry said it would provide: the body that speaks, 'it'"),
    COMMITTER_RESOLVED("commitment.committer.resolved", "a pronoun, title or description resolved: she, officials from Chile"),
    COMMITTER_EVENT_PARTY("commitment.committer.event-party", "a party the event's name gives: the U.S.-Tunisia Commission"),
    COMMITTER_EARLIER("commitment.committer.earlier", "the party of the sentence before: they agreed ...; the next round will"),
    COMMITTER_EARLIER_GIVER("commitment.committer.earlier-giver", "a delivery without its giver: who pledged just before"),
    COMMITTER_CONCLUDER("commitment.committer.concluder", "a sum no one pledged before: who signed it, the United States and Mozambique signed three agreements"),
    COMMITTER_OF_SUM("commitment.committer.of-sum", "whoever announced the sum the list breaks down"),
    COMMITTER_FIRST_NAMED("commitment.committer.first-named", "both sides, they, the two ministers after X and Y: the one of them the article names first"),
    COMMITTER_MEMBERS_BODY("commitment.committer.members-body", "unnamed members as a group: they, EU leaders, the ministers of X: the body they form"),
    COMMITTER_PROTAGONIST("commitment.committer.protagonist", "the two ministers: the article's protagonist"),

    // to whom
    RECIPIENT_BENEFICIARY("commitment.recipient.beneficiary", "pledged $50 million to Ukraine, aid for the people of Gaza: the party it is for"),

    // when, and how much
    DUE_IN_SCOPE("commitment.due.in-scope", "a future date inside the undertaking"),
    DUE_IN_SENTENCE("commitment.due.in-sentence", "a future date elsewhere in the sentence"),
    DUE_WITHIN_DURATION("commitment.due.within-duration", "within the next two years: counted from publication"),
    AMOUNT_MONEY("commitment.amount.money", "the first amount of money from the trigger on");

    private final String id;
    private final String description;

    CommitmentRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Lower-case and dot-separated, {@code commitment.<rule>}; stable across releases. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The rule of a trigger {@link Triggers} found, with the kind rule where one overrode the word's kind. */
    static List<CommitmentRule> of(Trigger tr) {
        CommitmentRule trigger = switch (tr.form()) {
            case VERB_CLAUSE -> tr.kindRule() == SCHEDULED ? SCHEDULED : VERB_CLAUSE;
            case INSTRUCTION -> INSTRUCTED;
            case VERB_OBJECT -> tr.kindRule() == COMMITTED_TO_EVENT || tr.kindRule() == ANNOUNCED_AMOUNT ? tr.kindRule()
                    : VERB_OBJECT;
            case WILL -> WILL_VERB;
            case WILL_PASSIVE -> WILL_PASSIVE;
            case NOUN -> tr.actionHead() == tr.token() ? PLEDGE_AMOUNT : NOUN_PURPOSE;
            case PARTICIPLE -> PARTICIPLE;
        };
        if (tr.form() == Trigger.Form.WILL && tr.kind() == CommitmentKind.PLEDGE) {
            return List.of(trigger, KIND_GIVING_AFTER_WILL);
        }
        if (tr.kindRule() == KIND_MEETING_ACTION || tr.kindRule() == KIND_CONDUCT || tr.kindRule() == KIND_FOUNDING_ACTION) {
            return List.of(trigger, tr.kindRule());
        }
        if (tr.form() == Trigger.Form.INSTRUCTION || tr.kindRule() == SCHEDULED) {
            return List.of(trigger, KIND_OF_ACTION);
        }
        return List.of(trigger);
    }
}
