package org.trustcase.persistence.cases;

import org.trustcase.model.common.Coded;

/**
 * Codes as the database holds them. A code that no longer parses means the database was written
 * by another version or edited by hand; that is reported as a storage problem, not as user input.
 */
public final class StoredCodes {
    private StoredCodes() {
    }

    public static <E extends Enum<E> & Coded> E decode(Class<E> type, String code, String column) {
        if (code == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalStateException("unknown " + column + " code '" + code + "' in the database");
    }

    public static String encode(Coded value) {
        return value == null ? null : value.code();
    }
}
