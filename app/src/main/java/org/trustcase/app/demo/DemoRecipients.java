package org.trustcase.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustcase.app.generate.SettableClock;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.notifications.RecipientRow;
import org.trustcase.model.notifications.RecipientService;

/**
 * The demo's recipient register, for the payroll case: the employees whose pay slips reached the wrong list, imported
 * as a file would be, a few of them already told. All fictional.
 */
final class DemoRecipients {
    private static final String[][] PEOPLE = {
        {"Agnieszka Kowalczyk", "a.kowalczyk@example.pl", "", "pl", "HR-0142"},
        {"Bartosz Zielinski", "b.zielinski@example.pl", "", "pl", "HR-0217"},
        {"Celina Lewandowska", "c.lewandowska@example.pl", "", "pl", "HR-0305"},
        {"Daniel Wojcik", "", "ul. Legnicka 12/4\n53-673 Wroclaw", "pl", "HR-0311"},
        {"Emily Carter", "e.carter@example.com", "", "en", "HR-0420"},
        {"Filip Dabrowski", "f.dabrowski@example.pl", "", "pl", "HR-0488"},
        {"Grace O'Neill", "g.oneill@example.ie", "", "en", "HR-0512"},
        {"Hanna Kaminska", "h.kaminska@example.pl", "", "pl", "HR-0530"},
    };

    private final RecipientService recipients;
    private final SettableClock clock;

    DemoRecipients(RecipientService recipients, SettableClock clock) {
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void add(CaseReference payroll, Instant now) {
        List<String> header = List.of("name", "email", "address", "language", "employee_no");
        List<RecipientRow> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), PEOPLE[i][c]);
            }
            rows.add(new RecipientRow(i + 2, cells));
        }
        Instant at = clock.instant().plus(Duration.ofMinutes(30));
        clock.set(at.isAfter(now) ? now : at);
        recipients.importRecipients(payroll, new RecipientService.RowFile("payroll-recipients.csv",
                "0".repeat(64), header, rows), false);
        Instant sent = clock.instant().plus(Duration.ofMinutes(20));
        clock.set(sent.isAfter(now) ? now : sent);
        Instant told = clock.instant();
        List<String> statusHeader = List.of("email", "status", "at", "channel");
        List<RecipientRow> statuses = new ArrayList<>();
        String[][] changes = {{"a.kowalczyk@example.pl", "delivered"}, {"b.zielinski@example.pl", "sent"},
            {"e.carter@example.com", "bounced"}};
        for (int i = 0; i < changes.length; i++) {
            statuses.add(new RecipientRow(i + 2, Map.of("email", changes[i][0], "status", changes[i][1], "at",
                    told.toString(), "channel", "e-mail")));
        }
        recipients.updateStatuses(payroll, new RecipientService.RowFile("statuses.csv", "0".repeat(64),
                statusHeader, statuses));
    }
}
