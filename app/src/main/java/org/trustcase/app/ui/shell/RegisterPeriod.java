package org.trustcase.app.ui.shell;

import java.time.LocalDate;
import java.util.Objects;
import org.trustcase.model.reports.RegisterFilter;

/**
 * The breach register of a period, both days included, as {@code filter} keeps it (shown under the Register section):
 * the cases behind a dashboard figure.
 */
public record RegisterPeriod(LocalDate from, LocalDate to, RegisterFilter filter) implements Page {
    public RegisterPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(filter, "filter");
    }

    @Override
    public Section section() {
        return Section.REGISTER;
    }
}
