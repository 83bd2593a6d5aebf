package org.trustcase.model.severity;

import java.math.BigDecimal;
import org.trustcase.model.common.Coded;

/** ENISA's severity levels: low SE &lt; 2; medium 2 ≤ SE &lt; 3; high 3 ≤ SE &lt; 4; very high SE ≥ 4. */
public enum SeverityBand implements Coded {
    /** Individuals will not be affected, or may meet a few inconveniences they overcome without problem. */
    LOW,
    /** Individuals may meet significant inconveniences, which they overcome despite a few difficulties. */
    MEDIUM,
    /** Individuals may meet significant consequences, which they overcome albeit with serious difficulties. */
    HIGH,
    /** Individuals may meet significant, or even irreversible, consequences which they may not overcome. */
    VERY_HIGH;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    public static SeverityBand of(BigDecimal score) {
        if (score.compareTo(TWO) < 0) {
            return LOW;
        }
        if (score.compareTo(THREE) < 0) {
            return MEDIUM;
        }
        return score.compareTo(FOUR) < 0 ? HIGH : VERY_HIGH;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
