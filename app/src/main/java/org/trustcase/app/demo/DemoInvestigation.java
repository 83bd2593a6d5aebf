package org.trustcase.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.app.InvestigationUseCases;
import org.trustcase.app.generate.SettableClock;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.tasks.CaseTask;
import org.trustcase.model.tasks.TaskStatus;
import org.trustcase.model.timeline.Confidence;

/**
 * The demo's investigation of the payroll case: the misdirected-e-mail playbook applied and its first steps done, two
 * past events learnt from the evidence (recorded after they happened), and the DPO's notes.
 */
final class DemoInvestigation {
    private final InvestigationUseCases investigation;
    private final SettableClock clock;

    DemoInvestigation(InvestigationUseCases investigation, SettableClock clock) {
        this.investigation = Objects.requireNonNull(investigation, "investigation");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Investigates {@code payroll} (whose evidence is {@code items}) from {@code from} on, never after {@code now}. */
    void add(BreachCase payroll, List<EvidenceItem> items, Instant from, Instant now) {
        List<Long> recallEvidence = items.stream().filter(i -> i.originalName().startsWith("Recall report")
                || i.originalName().equals("delivery-log.txt")).map(EvidenceItem::id).toList();
        clock.set(later(from, now, 0));
        List<CaseTask> tasks = investigation.playbooks().apply(payroll.reference(), "misdirected-email-or-post");
        clock.set(later(from, now, 6));
        investigation.tasks().setStatus(tasks.get(0).id(), TaskStatus.DONE, null);
        clock.set(later(from, now, 9));
        investigation.tasks().setStatus(tasks.get(1).id(), TaskStatus.IN_PROGRESS, null);
        Instant detected = payroll.details().detectedAt() != null ? payroll.details().detectedAt()
                : payroll.details().awareAt();
        clock.set(later(from, now, 12));
        investigation.timeline().addEvent(payroll.reference(), detected.minus(Duration.ofMinutes(21)),
                "The payroll file was sent to all-staff-wro: the mail client completed the address", "Exchange message"
                        + " trace", Confidence.CONFIRMED);
        investigation.timeline().addEvent(payroll.reference(), detected.minus(Duration.ofMinutes(14)),
                "A recipient's forwarding rule sent the message to a private address at a payroll partner",
                "delivery-log.txt", Confidence.PROBABLE);
        clock.set(later(from, now, 14));
        investigation.notes().add(payroll.reference(), "Recall ran at **08:41**; 86 mailboxes had the message.\n"
                + "- 9 opened it before the recall\n- 1 forwarded it outside (partner mailbox)\n"
                + "Asked the partner's DPO for *written* confirmation of deletion.", recallEvidence);
        clock.set(later(from, now, 16));
        investigation.notes().add(payroll.reference(), "Autocomplete for distribution lists to be switched off for HR"
                + " (ticket IT-4471).", List.of());
    }

    private static Instant later(Instant at, Instant now, long minutes) {
        Instant next = at.plus(Duration.ofMinutes(minutes));
        return next.isAfter(now) ? now : next;
    }
}
