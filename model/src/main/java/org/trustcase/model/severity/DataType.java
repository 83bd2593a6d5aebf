package org.trustcase.model.severity;

import java.math.BigDecimal;
import org.trustcase.model.common.Coded;

/** ENISA's data categories and their base DPC score (ENISA 2013, Annex 1). */
public enum DataType implements Coded {
    /** Biographical and contact details, education, family life, professional experience. */
    SIMPLE(1),
    /** Location, traffic data, personal preferences and habits. */
    BEHAVIOURAL(2),
    /** Income, transactions, bank statements, investments, credit cards, invoices, social welfare. */
    FINANCIAL(3),
    /** Health, political affiliation, sexual life and other special categories; criminal data. */
    SENSITIVE(4);

    private final BigDecimal baseScore;

    DataType(int baseScore) {
        this.baseScore = BigDecimal.valueOf(baseScore);
    }

    public BigDecimal baseScore() {
        return baseScore;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
