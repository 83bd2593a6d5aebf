package org.trustcase.persistence.cases;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;

import org.jooq.DSLContext;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;

/** The row id behind a case reference, for tables that hang off {@code breach_case}. */
public final class CaseIds {
    private CaseIds() {
    }

    /** The id of the case, or {@link CaseRepository#notFound} when there is none. */
    public static long of(DSLContext dsl, CaseReference reference) {
        Long id = dsl.select(BREACH_CASE.ID).from(BREACH_CASE).where(BREACH_CASE.REFERENCE.eq(reference.toString()))
                .fetchOne(BREACH_CASE.ID);
        if (id == null) {
            throw CaseRepository.notFound(reference);
        }
        return id;
    }
}
