package io.visitwire.sink.query;

import io.visitwire.schemas.names.NameMatcher;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A country as a query names it: ISO 3166 alpha-2 ({@code AZ}), alpha-3 ({@code AZE}) or English name ({@code Azerbaijan}). */
final class Countries {

    private static final Map<String, String> CODES = codes();

    /** The alpha-2 code visits carry, or empty when {@code text} names no country. */
    static Optional<String> code(String text) {
        String key = NameMatcher.normalize(text);
        return Optional.ofNullable(CODES.get(key));
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(code).build();
            codes.put(NameMatcher.normalize(country.getDisplayCountry(Locale.ENGLISH)), code);
            codes.put(NameMatcher.normalize(country.getISO3Country()), code);
        }
        // the codes last, so that a code always means its own country
        for (String code : Locale.getISOCountries()) {
            codes.put(NameMatcher.normalize(code), code);
        }
        codes.put("usa", "US");
        codes.put("united states of america", "US");
        codes.put("uk", "GB");
        return Map.copyOf(codes);
    }

    private Countries() {
    }
}
