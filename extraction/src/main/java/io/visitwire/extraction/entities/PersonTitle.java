package io.visitwire.extraction.entities;

/**
 * A person's office as read next to a name: the title without ranks or honorifics and the country
 * the office belongs to (null when the text does not say).
 */
public record PersonTitle(String title, String country) {
}
