package org.trustcase.model.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum value with a stable lower-case code, as written in JSON, the CLI, the database, preferences
 * and the keys of its label and style. An enum whose values are stored or shown implements this, with
 * {@link #codeOf} unless a code must differ from the name; values are looked up by code only here,
 * with {@link #find} (codes read back) or {@link #parse} (codes typed by a person).
 */
public interface Coded {
    String code();

    /** The value of {@code type} whose code is exactly {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Parses {@code text} into one of {@code type}'s values, or fails naming {@code field} and the accepted codes. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "validation.required");
        }
        return find(type, text.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new ValidationException(field,
                "validation.unknown-value", text.trim(), Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()));
    }

    /** Derives the code from an enum constant's name: {@code SEX_LIFE} becomes {@code sex-life}. */
    static String codeOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
