package org.trustcase.app.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.SameThreadTasks;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;

/** Alerts come from the deadline index: a few one by one, many as one summary with counts per threshold. */
class AlertWatchTest {
    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final List<DeadlineAlert> alerts = new ArrayList<>();
    private final List<Map<AlertThreshold, Long>> summaries = new ArrayList<>();
    private AppContext context;
    private OpenDeadlines deadlines;

    @BeforeEach
    void open() {
        context = TestContexts.workspace(clock);
        Ticker ticker = new Ticker(clock);
        deadlines = new OpenDeadlines(ticker);
        new AlertWatch(deadlines, context.deadlines(), SameThreadTasks.rethrowing(), new DeadlineNotifier() {
            @Override
            public void show(DeadlineAlert alert) {
                alerts.add(alert);
            }

            @Override
            public void showSummary(Map<AlertThreshold, Long> counts) {
                summaries.add(counts);
            }
        }, clock::instant);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** A Polish case aware {@code ago}: GDPR-SA is due 72 hours after. */
    private void awareAgo(Duration ago) {
        context.cases().open(CaseDetails.builder().title("Case aware " + ago).awareAt(NOW.minus(ago))
                .jurisdictions(List.of(new Jurisdiction("PL"))).build());
    }

    @Test
    void aFewAlertsAreGivenOneByOne() {
        awareAgo(Duration.ofHours(80));
        awareAgo(Duration.ofHours(71).plusMinutes(30));
        deadlines.refresh();
        assertThat(summaries).isEmpty();
        assertThat(alerts).extracting(DeadlineAlert::threshold)
                .containsExactly(AlertThreshold.PASSED, AlertThreshold.HOUR);
        assertThat(alerts.get(0).entry().ruleId()).isEqualTo("GDPR-SA");
        assertThat(alerts.get(0).entry().clock().dueAt()).isEqualTo(NOW.minus(Duration.ofHours(8)));
    }

    @Test
    void manyAlertsAreOneSummaryWithCountsPerThreshold() {
        for (int i = 0; i < 5; i++) {
            awareAgo(Duration.ofHours(100 + i));
        }
        awareAgo(Duration.ofHours(60));
        deadlines.refresh();
        assertThat(alerts).isEmpty();
        assertThat(summaries).containsExactly(Map.of(AlertThreshold.PASSED, 5L, AlertThreshold.SIX_HOURS, 0L,
                AlertThreshold.DAY, 1L).entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        String text = new DesktopNotifier(() -> null, new org.trustcase.app.ui.shell.Navigation(), Messages.forLocale(Locale.ENGLISH),
                new DueText(java.time.ZoneOffset.UTC, Messages.forLocale(Locale.ENGLISH)), () -> false, clock::instant)
                .summaryText(summaries.get(0));
        assertThat(text).startsWith("5 deadlines passed · 1 due within 24 hours");
    }

    @Test
    void aLaterLookGivesOnlyWhatEnteredAWindowSinceTheLastOne() {
        awareAgo(Duration.ofHours(80));
        deadlines.refresh();
        assertThat(alerts).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        deadlines.refresh();
        assertThat(alerts).as("already announced").hasSize(1);
    }

    @Test
    void anAlertSaysTheTimeReallyLeftNotTheWindowItEntered() {
        // GDPR-SA due at NOW + 2 h 5 min: inside the six-hour window, but two hours are left
        awareAgo(Duration.ofHours(69).plusMinutes(55));
        awareAgo(Duration.ofHours(75));
        deadlines.refresh();
        assertThat(alerts).extracting(DeadlineAlert::threshold)
                .containsExactlyInAnyOrder(AlertThreshold.SIX_HOURS, AlertThreshold.PASSED);
        DesktopNotifier notifier = new DesktopNotifier(() -> null, new org.trustcase.app.ui.shell.Navigation(),
                Messages.forLocale(Locale.ENGLISH), new DueText(java.time.ZoneOffset.UTC,
                Messages.forLocale(Locale.ENGLISH)), () -> false, clock::instant);
        DeadlineAlert soon = alerts.stream().filter(a -> a.threshold() == AlertThreshold.SIX_HOURS).findFirst()
                .orElseThrow();
        DeadlineAlert passed = alerts.stream().filter(a -> a.threshold() == AlertThreshold.PASSED).findFirst()
                .orElseThrow();
        assertThat(notifier.title(soon)).isEqualTo("GDPR-SA: due in 2 h 5 min");
        assertThat(notifier.title(passed)).isEqualTo("GDPR-SA: overdue by 3 h");
        // shown a while later, the same alert says what is left then
        clock.advance(Duration.ofMinutes(50));
        assertThat(notifier.title(soon)).isEqualTo("GDPR-SA: due in 1 h 15 min");
    }
}
