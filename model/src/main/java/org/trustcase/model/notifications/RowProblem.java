package org.trustcase.model.notifications;

import java.util.Objects;
import org.trustcase.model.common.Problem;

/** Why a row of a file was refused: its line, the column (null for the row as a whole), and the reason as a code. */
public record RowProblem(long line, String column, Problem reason) {
    public RowProblem {
        Objects.requireNonNull(reason, "reason");
    }
}
