package org.trustcase.app.ui.shell;

import java.time.LocalDate;
import java.util.Objects;

/** The breach register of a period, both days included (shown under the Register section): a dashboard figure's. */
public record RegisterPeriod(LocalDate from, LocalDate to) implements Page {
    public RegisterPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Section section() {
        return Section.REGISTER;
    }
}
