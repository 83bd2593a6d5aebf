package org.trustcase.persistence.cases;

import java.util.Arrays;
import java.util.List;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Coded;

/**
 * Codes as the database holds them. A code that no longer parses means the database was written
 * by another version or edited by hand; that is reported as a storage problem, not as user input.
 */
public final class StoredCodes {
    /** The stored codes of the open statuses, named rather than excluded so that SQLite uses the status index. */
    public static final List<String> OPEN_STATUSES = Arrays.stream(CaseStatus.values())
            .filter(status -> !status.isClosed()).map(StoredCodes::encode).toList();

    private StoredCodes() {
    }

    public static <E extends Enum<E> & Coded> E decode(Class<E> type, String code, String column) {
        if (code == null) {
            return null;
        }
        return Coded.find(type, code).orElseThrow(
                () -> new IllegalStateException("unknown " + column + " code '" + code + "' in the database"));
    }

    /** The status's place in the workflow, NEW first, as {@code breach_case.status_rank} holds it for sorting. */
    public static int rank(CaseStatus status) {
        return status.ordinal();
    }

    public static String encode(Coded value) {
        return value == null ? null : value.code();
    }
}
