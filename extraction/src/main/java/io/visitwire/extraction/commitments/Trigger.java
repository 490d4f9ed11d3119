package io.visitwire.extraction.commitments;

import io.visitwire.schemas.avro.CommitmentKind;

/**
 * The word that signals an undertaking and the head of what is undertaken.
 *
 * @param token      the trigger token ("promised", "will", "commitments")
 * @param kind       the kind it signals
 * @param actionHead the head of the undertaking: a verb, or for objects and nouns the undertaken thing
 * @param form       how the trigger relates to its action, which decides committer and action text
 */
record Trigger(int token, CommitmentKind kind, int actionHead, Form form) {

    enum Form {
        /** "promised to relay", "agreed to hold", "committed to launching": the action is a verb clause. */
        VERB_CLAUSE,
        /** "pledged $50 million", "offered assistance": the action is the trigger verb with its object. */
        VERB_OBJECT,
        /** "We will have ...": the action is the verb "will" modifies. */
        WILL,
        /** "the funds will be remitted": a passive future; the agent is whoever decided it. */
        WILL_PASSIVE,
        /** "the Dutch's financial commitments to accelerate ...": a noun with its owner and purpose. */
        NOUN,
        /** "for committing troops", "promising support" read as a modifier by the parser. */
        PARTICIPLE
    }
}
