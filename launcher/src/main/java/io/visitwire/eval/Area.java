package io.visitwire.eval;

/** The three things an extraction is scored on, each with its own P/R/F1. */
public enum Area {
    ENTITIES("entities"),
    VISITS("visits"),
    COMMITMENTS("commitments");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    /** Also the field name of the area's array in gold and predicted JSON. */
    public String label() {
        return label;
    }
}
