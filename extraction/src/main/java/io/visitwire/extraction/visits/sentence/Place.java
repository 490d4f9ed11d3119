package io.visitwire.extraction.visits.sentence;

/**
 * A destination: a named place (or a country only, {@code name} null when the visit is told) and its ISO
 * country; {@code facility} when it is a country's building or institution ("Peru's Government Palace").
 */
public record Place(String name, String country, boolean countryOnly, boolean facility) {

    public Place(String name, String country, boolean countryOnly) {
        this(name, country, countryOnly, false);
    }
}
