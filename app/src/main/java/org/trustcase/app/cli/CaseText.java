package org.trustcase.app.cli;

import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseField;

/** Cases as plain text for a terminal. */
final class CaseText {
    private CaseText() {
    }

    static String table(List<BreachCase> cases) {
        StringBuilder text = new StringBuilder(tableHeader());
        for (BreachCase c : cases) {
            text.append(tableRow(c));
        }
        return text.toString();
    }

    static String tableHeader() {
        return String.format("%-14s %-14s %-21s %-20s %s%n", "REFERENCE", "STATUS", "AWARE AT", "OWNER", "TITLE");
    }

    static String tableRow(BreachCase c) {
        return String.format("%-14s %-14s %-21s %-20s %s%n", c.reference(), c.status(),
                Json.instant(c.details().awareAt()), orDash(c.details().owner()), TerminalText.escape(c.details().title()));
    }

    static String details(BreachCase c) {
        StringBuilder text = new StringBuilder();
        row(text, "reference", c.reference().toString());
        row(text, "status", c.status() + (c.statusReason() == null ? "" : " (" + TerminalText.escape(c.statusReason()) + ")"));
        for (CaseField field : CaseField.values()) {
            row(text, field.key(), orDash(field.render(c.details())));
        }
        row(text, "version", Long.toString(c.version()));
        row(text, "createdAt", Json.instant(c.createdAt()));
        row(text, "updatedAt", Json.instant(c.updatedAt()));
        return text.toString();
    }

    private static void row(StringBuilder text, String name, String value) {
        text.append(String.format("%-18s %s%n", name + ":", value));
    }

    private static String orDash(String value) {
        return TerminalText.orDash(value);
    }
}
