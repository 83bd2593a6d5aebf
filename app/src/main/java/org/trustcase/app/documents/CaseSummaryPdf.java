package org.trustcase.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.trustcase.app.text.TimelineText;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.audit.AuditVerification;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.common.Coded;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.SentNotification;
import org.trustcase.model.reports.CaseSummary;
import org.trustcase.model.timeline.TimelineEntry;

/**
 * A case's summary as a PDF, for a manager to read in two minutes: one page at a glance (status, severity, owner, the
 * dates, the legal clocks, the decision, how much is on record), then the details in numbered sections: facts, legal
 * deadlines, assessments and decisions, notifications, evidence with its hashes and custody, annotations, timeline.
 * Every page is marked confidential and footed with the audit trail's latest checkpoint, its verification, and its
 * page number of the count. Fonts are embedded (DejaVu), so Polish letters render on every reader.
 */
public final class CaseSummaryPdf {
    /** Longest the account of what happened runs on the overview page; the facts section has it whole. */
    private static final int OVERVIEW_TEXT = 700;
    private final DocumentLanguage language;
    private final TimelineText timeline;

    /** A summary in {@code language}: its timeline's lines too, codes in its words, times in its zone. */
    public CaseSummaryPdf(DocumentLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
        this.timeline = TimelineText.forLanguage(language.language(), language::labelOrCode, language::dateTime);
    }

    /**
     * Writes the summary to {@code out}.
     *
     * @param verification the audit trail's last verification, as the reader should see it ("intact, 4,210 events,
     *                     checked 7 December 2026, 09:14")
     */
    public void write(CaseSummary summary, String verification, OutputStream out) {
        DocumentFonts fonts = DocumentFonts.get();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(word("summary.title") + " " + summary.breachCase().reference());
            info.setCreator("Trustcase");
            String checkpoint = summary.checkpoint().map(c -> word("summary.checkpoint", c.events(),
                    language.dateTime(c.signedAt()))).orElse(word("summary.no-checkpoint"));
            PdfPages pages = new PdfPages(document, fonts, fonts.load(document),
                    word("summary.footer", summary.breachCase().reference().toString()),
                    List.of(checkpoint, word("summary.verification", verification)), word("summary.page"));
            overview(pages, summary);
            pages.pageBreak();
            facts(pages, summary.breachCase().details());
            clocks(pages, summary.clocks());
            assessments(pages, summary);
            notifications(pages, summary);
            evidence(pages, summary);
            annotations(pages, summary);
            timeline(pages, summary.timeline());
            pages.finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the audit trail's check reads in the footer: intact with its count, or failed. */
    public static String verification(DocumentLanguage language, AuditVerification result, Instant checkedAt) {
        return result.ok() ? language.word("summary.verified", result.events(), language.dateTime(checkedAt))
                : language.word("summary.verify-failed", language.dateTime(checkedAt));
    }

    private void overview(PdfPages pages, CaseSummary s) {
        CaseDetails d = s.breachCase().details();
        pages.text(word("summary.confidential"), true, 9, 0);
        pages.text(word("summary.title") + " \u00b7 " + s.breachCase().reference(), false, 11, 0);
        pages.gap(4);
        pages.text(d.title(), true, 17, 0);
        pages.gap(6);
        pages.text(word("summary.status") + ": " + label(s.breachCase().status()) + "    " + word("summary.band")
                + ": " + s.latestAssessment().map(a -> label(a.result().band())).orElse(word("summary.not-assessed"))
                + "    " + word("summary.owner") + ": " + orNone(d.owner()), false, 10.5f, 0);
        pages.text(word("summary.jurisdictions") + ": " + orNone(d.jurisdictions().stream()
                .map(j -> j.code()).collect(Collectors.joining(", "))), false, 10.5f, 0);
        pages.text(word("summary.printed", language.dateTime(s.printedAt()), s.printedBy()), false, 9, 0);
        pages.gap(10);
        pages.text(word("summary.overview"), true, 12, 0);
        pages.gap(3);
        line(pages, "summary.occurred", d.occurredFrom() == null ? null : d.occurredTo() == null
                ? language.dateTime(d.occurredFrom())
                : word("value.interval", language.dateTime(d.occurredFrom()), language.dateTime(d.occurredTo())));
        line(pages, "summary.detected", language.dateTime(d.detectedAt()));
        line(pages, "summary.aware", language.dateTime(d.awareAt()));
        line(pages, "summary.contained", language.dateTime(d.containedAt()));
        pages.gap(6);
        for (DeadlineClock clock : applicable(s.clocks())) {
            pages.text(clockLine(clock), false, 10, 0);
        }
        if (d.summary() != null) {
            pages.gap(6);
            pages.text(word("summary.fact.summary"), true, 10.5f, 0);
            pages.text(d.summary().length() > OVERVIEW_TEXT ? d.summary().substring(0, OVERVIEW_TEXT) + "\u2026"
                    : d.summary(), false, 10, 0);
        }
        pages.gap(6);
        pages.text(word("summary.decision"), true, 10.5f, 0);
        pages.text(s.latestDecision().map(this::decisionLine).orElse(word("summary.no-decision")), false, 10, 0);
        pages.gap(6);
        pages.text(word("summary.counts", s.evidence().size(), s.notifications().size(), s.timeline().size()), false,
                10, 0);
    }

    private void facts(PdfPages pages, CaseDetails d) {
        section(pages, "summary.section.facts");
        field(pages, "summary.fact.summary", d.summary());
        field(pages, "summary.fact.breach-types", labels(d.breachTypes()));
        field(pages, "summary.fact.data", labels(d.dataCategories()));
        field(pages, "summary.fact.subjects", labels(d.subjectCategories()));
        field(pages, "summary.fact.numbers", d.approxSubjects() == null && d.approxRecords() == null ? null
                : word("summary.fact.numbers.value", number(d.approxSubjects()), number(d.approxRecords())));
        field(pages, "summary.fact.cause", d.cause() == null ? null : label(d.cause()));
        field(pages, "summary.fact.measures", d.remedialActions());
    }

    private void clocks(PdfPages pages, List<DeadlineClock> clocks) {
        section(pages, "summary.section.clocks");
        List<DeadlineClock> applicable = applicable(clocks);
        if (applicable.isEmpty()) {
            pages.text(word("summary.none"), false, 10, 0);
        }
        for (DeadlineClock clock : applicable) {
            pages.text(clockLine(clock), false, 10, 0);
            if (clock.met() != null && clock.met().delayReason() != null) {
                pages.text(word("summary.clock.delay", clock.met().delayReason()), false, 9.5f, 12);
            }
        }
        String others = clocks.stream().filter(c -> c.status() == ClockStatus.NOT_APPLICABLE)
                .map(c -> c.rule().id()).collect(Collectors.joining(", "));
        if (!others.isEmpty()) {
            pages.text(word("summary.clock.not-applicable", others), false, 9, 0);
        }
    }

    private void assessments(PdfPages pages, CaseSummary s) {
        section(pages, "summary.section.assessments");
        if (s.assessments().isEmpty() && s.decisions().isEmpty()) {
            pages.text(word("summary.none"), false, 10, 0);
        }
        for (Assessment a : s.assessments()) {
            pages.text(word("summary.assessment.line", a.version(), language.dateTime(a.assessedAt()), a.author(),
                    a.result().score().toPlainString(), label(a.result().band())), false, 10, 0);
            if (a.narrative() != null) {
                pages.text(a.narrative(), false, 9.5f, 12);
            }
        }
        for (NotificationDecision decision : s.decisions()) {
            pages.text(word("summary.decision.version", decision.version(), language.dateTime(decision.decidedAt()),
                    decision.author()), false, 10, 0);
            pages.text(decisionLine(decision), false, 9.5f, 12);
            for (String reason : new String[] {decision.decision().authorityReason(),
                    decision.decision().subjectsReason()}) {
                if (reason != null && !reason.isBlank()) {
                    pages.text(reason, false, 9.5f, 12);
                }
            }
        }
    }

    private void notifications(PdfPages pages, CaseSummary s) {
        section(pages, "summary.section.notifications");
        if (s.notifications().isEmpty()) {
            pages.text(word("summary.none"), false, 10, 0);
        }
        for (SentNotification n : s.notifications()) {
            pages.text(n.phase() == null ? word("summary.notification.line.plain", label(n.target()),
                    language.dateTime(n.sentAt())) : word("summary.notification.line", label(n.target()),
                    label(n.phase()), language.dateTime(n.sentAt())), false, 10, 0);
            if (n.reference() != null) {
                pages.text(word("summary.notification.reference", n.reference()), false, 9.5f, 12);
            }
            if (n.delayReason() != null) {
                pages.text(word("summary.clock.delay", n.delayReason()), false, 9.5f, 12);
            }
        }
        if (!s.recipients().isEmpty()) {
            pages.text(word("summary.recipients", s.recipients().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "))), false, 10,
                    0);
        }
    }

    private void evidence(PdfPages pages, CaseSummary s) {
        section(pages, "summary.section.evidence");
        if (s.evidence().isEmpty()) {
            pages.text(word("summary.none"), false, 10, 0);
        }
        for (CaseSummary.Evidence e : s.evidence()) {
            pages.text(word("summary.evidence.line", e.item().originalName(), e.item().size(),
                    language.dateTime(e.item().collectedAt()), e.item().collectedBy(), label(e.item().state())), false,
                    10, 0);
            pages.text(word("summary.evidence.hash", e.item().sha256()), false, 8.5f, 12);
            if (e.lastCustody() != null) {
                pages.text(word("summary.evidence.custody", e.custodyEvents(), label(e.lastCustody().action()),
                        language.dateTime(e.lastCustody().at()), e.lastCustody().actor()), false, 9, 12);
            }
        }
    }

    private void annotations(PdfPages pages, CaseSummary s) {
        section(pages, "summary.section.annotations");
        if (s.annotations().isEmpty() && s.privilegedLeftOut() == 0) {
            pages.text(word("summary.none"), false, 10, 0);
        }
        Map<Long, String> names = s.evidence().stream().collect(Collectors.toMap(e -> e.item().id(),
                e -> e.item().originalName()));
        for (Annotation a : s.annotations()) {
            String text = a.privileged() ? word("summary.annotation.privileged", a.text()) : a.text();
            pages.text(word("summary.annotation.line", names.getOrDefault(a.itemId(), "#" + a.itemId()),
                    a.author() + ", " + language.dateTime(a.at()), text), false, 9.5f, 0);
        }
        if (s.privilegedLeftOut() > 0) {
            pages.text(word("summary.privileged-left-out", s.privilegedLeftOut()), true, 9.5f, 0);
        }
    }

    private void timeline(PdfPages pages, List<TimelineEntry> entries) {
        section(pages, "summary.section.timeline");
        if (entries.isEmpty()) {
            pages.text(word("summary.none"), false, 10, 0);
        }
        for (TimelineEntry e : entries) {
            String when = language.dateTime(e.at());
            pages.text(when + " \u2014 " + timeline.summary(e) + (e.recordedLater()
                    ? " (" + word("summary.timeline.recorded", language.dateTime(e.recordedAt())) + ")" : ""),
                    false, 9, 0);
        }
    }

    /** The clocks that apply to the case: those of rules that do not are named once, not listed. */
    private static List<DeadlineClock> applicable(List<DeadlineClock> clocks) {
        return clocks.stream().filter(c -> c.status() != ClockStatus.NOT_APPLICABLE).toList();
    }

    private String clockLine(DeadlineClock clock) {
        String detail = clock.met() != null ? word("summary.clock.met", language.dateTime(clock.met().at()))
                : clock.dueAt() != null ? word("summary.clock.due", language.dateTime(clock.dueAt())) : "";
        return word("summary.clock.line", clock.rule().id(), label(clock.status()), detail);
    }

    private String decisionLine(NotificationDecision decision) {
        String line = word("summary.decision.line", language.yesNo(decision.decision().notifyAuthority()),
                language.yesNo(decision.decision().notifySubjects()));
        return line + " " + (decision.signOff() == null ? word("summary.decision.not-signed-off")
                : word("summary.decision.signed-off", decision.signOff().reviewer(),
                        language.dateTime(decision.signOff().at())));
    }

    private void section(PdfPages pages, String key) {
        pages.gap(12);
        pages.text(word(key), true, 12, 0);
        pages.gap(3);
    }

    private void field(PdfPages pages, String key, String value) {
        pages.text(word(key), true, 9.5f, 0);
        pages.text(value == null || value.isBlank() ? word("summary.none") : value, false, 10, 12);
        pages.gap(2);
    }

    private void line(PdfPages pages, String key, String value) {
        pages.text(word(key) + ": " + (value == null ? language.word("value.unknown") : value), false, 10, 0);
    }

    private String labels(Collection<? extends Coded> values) {
        return values.isEmpty() ? null : values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private String label(Coded value) {
        return language.label(value);
    }

    private String number(Long value) {
        return value == null ? "?" : java.text.NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "\u2014" : value;
    }

    private String word(String key, Object... args) {
        return language.word(key, args);
    }
}
