package io.visitwire.eval;

/**
 * An attribute whose accuracy is measured over matched items. {@code extra} marks the
 * figures reported beyond what CONTRACT.md asks for.
 */
public enum Attribute {
    ENTITY_COUNTRY("entity.country", "country of matched LOCATION/ORGANIZATION entities", false),
    PERSON_COUNTRY("person.country", "country of matched PERSON entities", true),
    PERSON_TITLE("person.title", "title of matched PERSON entities that have a gold title", true),
    VISIT_PLACE("visit.place", "place of matched visits (location rule, or both null)", false),
    VISIT_START("visit.start", "start date of matched visits", false),
    VISIT_END("visit.end", "end date of matched visits", false),
    VISIT_STATUS("visit.status", "status of matched visits", false),
    VISIT_VISITOR_COUNTRY("visit.visitorCountry", "visitor's country of matched visits", true),
    COMMITMENT_KIND("commitment.kind", "kind of matched commitments", false),
    COMMITMENT_DUE("commitment.due", "due date of matched commitments", false),
    COMMITMENT_RECIPIENT("commitment.recipient", "recipient of matched commitments (any name rule, or both null)", true);

    private final String label;
    private final String description;
    private final boolean extra;

    Attribute(String label, String description, boolean extra) {
        this.label = label;
        this.description = description;
        this.extra = extra;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean isExtra() {
        return extra;
    }
}
