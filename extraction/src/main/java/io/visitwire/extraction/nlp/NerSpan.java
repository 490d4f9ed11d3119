package io.visitwire.extraction.nlp;

/**
 * A CoreNLP entity mention: a maximal run of tokens with one NER type (and, for dates, one
 * normalized value). Token indices are sentence-relative, {@code tokenEnd} exclusive.
 */
public record NerSpan(String type, int sentence, int tokenStart, int tokenEnd, int begin, int end,
                      String text, String normalized) {

    public boolean isPersonType() {
        return "PERSON".equals(type);
    }

    public boolean isPlaceType() {
        return switch (type) {
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> true;
            default -> false;
        };
    }

    public boolean isOrganizationType() {
        return "ORGANIZATION".equals(type);
    }
}
