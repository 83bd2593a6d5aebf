package org.trustcase.model.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustcase.model.common.ValidationException;

/** A case's human reference, {@code TC-2026-0042}: the year the case was opened and its number within that year. */
public record CaseReference(int year, int sequence) implements Comparable<CaseReference> {
    private static final Pattern FORMAT = Pattern.compile("TC-(\\d{4})-(\\d{4,})");

    public CaseReference {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    public static CaseReference parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new ValidationException("reference", "case-reference.invalid", String.valueOf(text));
        }
        return new CaseReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(CaseReference other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format("TC-%04d-%04d", year, sequence);
    }
}
