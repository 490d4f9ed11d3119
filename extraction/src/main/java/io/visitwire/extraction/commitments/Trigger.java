package io.visitwire.extraction.commitments;

import io.visitwire.schemas.avro.CommitmentKind;

/**
 * The word that signals an undertaking and the head of what is undertaken.
 *
 * @param token      the trigger token ("promised", "will", "commitments")
 * @param kind       the kind it signals
 * @param actionHead the head of the undertaking: a verb, or for objects and nouns the undertaken thing
 * @param form       how the trigger relates to its action, which decides committer and action text
 * @param kindRule   the rule that read the kind from the action, where it is not the trigger word's own
 * @param end        the token the action text stops before: the next coordinated action of a list
 *                   ("will provide X; expand Y; and open Z"), else {@link Integer#MAX_VALUE}
 */
record Trigger(int token, CommitmentKind kind, int actionHead, Form form, int end, CommitmentRule kindRule) {

    Trigger(int token, CommitmentKind kind, int actionHead, Form form) {
        this(token, kind, actionHead, form, Integer.MAX_VALUE, null);
    }

    Trigger(int token, CommitmentKind kind, int actionHead, Form form, int end) {
        this(token, kind, actionHead, form, end, null);
    }

    /** The same trigger with the kind an action-based rule gave it. */
    Trigger withKind(CommitmentKind k, CommitmentRule rule) {
        return new Trigger(token, k, actionHead, form, end, rule);
    }

    enum Form {
        /** "promised to relay", "agreed to hold", "committed to launching": the action is a verb clause. */
        VERB_CLAUSE,
        /** "pledged $50 million", "offered assistance": the action is the trigger verb with its object. */
        VERB_OBJECT,
        /** "We will have ...": the action is the verb "will" modifies. */
        WILL,
        /** "the funds will be remitted": a passive future; the agent is whoever decided it. */
        WILL_PASSIVE,
        /** "instructed the Government to provide", "X was tasked to": the one instructed undertakes it. */
        INSTRUCTION,
        /** "the Dutch's financial commitments to accelerate ...": a noun with its owner and purpose. */
        NOUN,
        /** "for committing troops", "promising support" read as a modifier by the parser. */
        PARTICIPLE
    }
}
