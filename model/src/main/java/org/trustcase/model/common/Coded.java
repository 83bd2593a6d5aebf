package org.trustcase.model.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;

/** An enum value with a stable lower-case code, as written in JSON, the CLI and the database. */
public interface Coded {
    String code();

    /** Parses {@code text} into one of {@code type}'s values, or fails naming {@code field} and the accepted codes. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "validation.required");
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(wanted)) {
                return value;
            }
        }
        List<String> accepted = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        throw new ValidationException(field, "validation.unknown-value", text.trim(), accepted);
    }

    /** Derives the code from an enum constant's name: {@code SEX_LIFE} becomes {@code sex-life}. */
    static String codeOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
