package org.trustcase.model.cases;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trustcase.model.common.ValidationException;

/**
 * A jurisdiction as an ISO 3166 code: a country ({@code PL}, ISO 3166-1 alpha-2), a US state or
 * territory ({@code US-CA}, ISO 3166-2), a Canadian province or territory ({@code CA-QC}: Québec has its own
 * breach law), or {@code EU} (reserved in ISO 3166-1 for the Union).
 * Other subdivisions arrive with the regimes that need them.
 */
public record Jurisdiction(String code) implements Comparable<Jurisdiction> {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> US_SUBDIVISIONS = Map.ofEntries(
            Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"), Map.entry("AZ", "Arizona"),
            Map.entry("AR", "Arkansas"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
            Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"), Map.entry("FL", "Florida"),
            Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"), Map.entry("ID", "Idaho"),
            Map.entry("IL", "Illinois"), Map.entry("IN", "Indiana"), Map.entry("IA", "Iowa"),
            Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"), Map.entry("LA", "Louisiana"),
            Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"), Map.entry("MA", "Massachusetts"),
            Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"), Map.entry("MS", "Mississippi"),
            Map.entry("MO", "Missouri"), Map.entry("MT", "Montana"), Map.entry("NE", "Nebraska"),
            Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"), Map.entry("NJ", "New Jersey"),
            Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"), Map.entry("NC", "North Carolina"),
            Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"), Map.entry("OK", "Oklahoma"),
            Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"), Map.entry("RI", "Rhode Island"),
            Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"), Map.entry("TN", "Tennessee"),
            Map.entry("TX", "Texas"), Map.entry("UT", "Utah"), Map.entry("VT", "Vermont"),
            Map.entry("VA", "Virginia"), Map.entry("WA", "Washington"), Map.entry("WV", "West Virginia"),
            Map.entry("WI", "Wisconsin"), Map.entry("WY", "Wyoming"), Map.entry("DC", "District of Columbia"),
            Map.entry("PR", "Puerto Rico"), Map.entry("GU", "Guam"), Map.entry("VI", "U.S. Virgin Islands"),
            Map.entry("AS", "American Samoa"), Map.entry("MP", "Northern Mariana Islands"));
    private static final Map<String, String> CA_SUBDIVISIONS = Map.ofEntries(
            Map.entry("AB", "Alberta"), Map.entry("BC", "British Columbia"), Map.entry("MB", "Manitoba"),
            Map.entry("NB", "New Brunswick"), Map.entry("NL", "Newfoundland and Labrador"),
            Map.entry("NS", "Nova Scotia"), Map.entry("NT", "Northwest Territories"), Map.entry("NU", "Nunavut"),
            Map.entry("ON", "Ontario"), Map.entry("PE", "Prince Edward Island"), Map.entry("QC", "Quebec"),
            Map.entry("SK", "Saskatchewan"), Map.entry("YT", "Yukon"));

    public Jurisdiction {
        if (!isKnown(code)) {
            throw new IllegalArgumentException("not a known ISO 3166 code: " + code);
        }
    }

    /**
     * Parses a code (case-insensitive, surrounding blanks ignored); an unknown code fails with a
     * message naming {@code field}.
     */
    public static Jurisdiction parse(String text, String field) {
        String normalised = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new ValidationException(field, "jurisdiction.empty");
        }
        if (!isKnown(normalised)) {
            throw new ValidationException(field, "jurisdiction.unknown", text.strip());
        }
        return new Jurisdiction(normalised);
    }

    public static boolean isKnown(String code) {
        if (code == null) {
            return false;
        }
        // the two set look-ups decide; no pattern is run (a case list builds many of these)
        if (code.length() == 2) {
            return COUNTRIES.contains(code) || code.equals("EU");
        }
        if (code.length() <= 3) {
            return false;
        }
        return code.startsWith("US-") ? US_SUBDIVISIONS.containsKey(code.substring(3))
                : code.startsWith("CA-") && CA_SUBDIVISIONS.containsKey(code.substring(3));
    }

    /** The country part: {@code US} for {@code US-CA}. */
    public String country() {
        return code.substring(0, 2);
    }

    /** An English name for display, e.g. "Poland" or "United States – California". */
    public String displayName() {
        if (code.equals("EU")) {
            return "European Union";
        }
        String country = new Locale("", country()).getDisplayCountry(Locale.ENGLISH);
        if (code.length() == 2) {
            return country;
        }
        return country + " – " + (code.startsWith("US-") ? US_SUBDIVISIONS : CA_SUBDIVISIONS).get(code.substring(3));
    }

    @Override
    public int compareTo(Jurisdiction other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
