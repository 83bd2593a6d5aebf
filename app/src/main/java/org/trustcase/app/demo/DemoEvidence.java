package org.trustcase.app.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.trustcase.app.generate.SettableClock;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceService;

/**
 * The demo's evidence, made on the spot (nothing is shipped as a file): for the payroll case, the recall report as a
 * PDF of three pages, the mail server's delivery log, a screenshot of the message, the HR assistant's report as an
 * e-mail with an attachment, and the list of mailboxes that opened it as CSV; with the DPO's notes on a
 * region of the report and a passage of the log. All fictional.
 */
final class DemoEvidence {
    private final EvidenceService evidence;
    private final SettableClock clock;

    DemoEvidence(EvidenceService evidence, SettableClock clock) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds the evidence to {@code payroll}, collected from {@code from} on, never after {@code now}. */
    void add(CaseReference payroll, Instant from, Instant now) {
        Instant at = from.isAfter(now) ? now : from;
        clock.set(at);
        EvidenceItem report = add(payroll, pdf(), "Recall report - payroll e-mail.pdf", "Exchange administrator",
                "Shows which mailboxes received the payroll file and when the recall ran");
        clock.set(later(at, now, 5));
        EvidenceItem log = add(payroll, LOG.getBytes(StandardCharsets.UTF_8), "delivery-log.txt",
                "Mail gateway of the Wrocław office", "The delivery of the message to each mailbox");
        clock.set(later(at, now, 10));
        add(payroll, png(), "message-as-received.png", "Mailbox of a recipient (with consent)",
                "What the recipients saw");
        clock.set(later(at, now, 12));
        add(payroll, REPORT.getBytes(StandardCharsets.UTF_8), "report-from-hr.eml", "DPO mailbox",
                "The HR assistant's report of the mistake");
        clock.set(later(at, now, 15));
        add(payroll, RECIPIENTS.getBytes(StandardCharsets.UTF_8), "opened-before-recall.csv",
                "Exchange administrator", "The mailboxes that opened the message before the recall");
        clock.set(later(at, now, 40));
        evidence.annotate(report.id(), "86 internal mailboxes received the file; the recall removed it from 79. "
                + "The 7 left were opened before the recall: these are the recipients to contact.",
                new Annotation.Region(1, 64, 190, 330, 50), List.of("recipients", "scope"), true);
        evidence.annotate(log.id(), "Delivered to an external forwarding address: the file left the organisation.",
                new Annotation.Quote("relay=mx.partner-payroll.example; status=sent"), List.of("external"), true);
    }

    private EvidenceItem add(CaseReference reference, byte[] content, String name, String source, String reason) {
        return evidence.add(reference, new ByteArrayInputStream(content), name, source, reason, bytes -> true).item();
    }

    private static Instant later(Instant at, Instant now, long minutes) {
        Instant next = at.plus(Duration.ofMinutes(minutes));
        return next.isAfter(now) ? now : next;
    }

    private static final String LOG = String.join("\n",
            "2026-11-30 08:12:04 msgid=<a71f@hr.example> from=hr-assistant@example.pl to=all-staff-wro@example.pl",
            "2026-11-30 08:12:05 expand all-staff-wro -> 86 recipients",
            "2026-11-30 08:12:07 delivered 85 local mailboxes",
            "2026-11-30 08:12:09 to=k.nowak.private@partner.example relay=mx.partner-payroll.example; status=sent",
            "2026-11-30 08:41:52 recall requested by hr-assistant@example.pl",
            "2026-11-30 08:42:30 recall: removed 79, already read 6, external 1 (not recallable)",
            "");

    private static final String REPORT = String.join("\r\n",
            "From: Marta Wisniewska <m.wisniewska@example.pl>",
            "To: Data Protection Officer <dpo@example.pl>",
            "Subject: Payroll file sent to the wrong distribution list",
            "Date: Mon, 30 Nov 2026 08:35:00 +0100",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"demo\"",
            "",
            "--demo",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Hello,",
            "",
            "at 08:12 I sent the November payroll file to all-staff-wro instead of hr-wro.",
            "I have asked IT to recall it. The list of recipients is attached.",
            "",
            "Marta (HR, Wroclaw)",
            "--demo",
            "Content-Type: text/plain; name=\"recipients.txt\"",
            "Content-Disposition: attachment; filename=\"recipients.txt\"",
            "",
            "all-staff-wro (86 mailboxes)",
            "--demo--",
            "");

    private static final String RECIPIENTS = String.join("\n",
            "mailbox,opened at,recalled",
            "a.kowalczyk@example.pl,2026-11-30 08:14,no",
            "b.zielinski@example.pl,2026-11-30 08:15,no",
            "c.lewandowska@example.pl,2026-11-30 08:19,no",
            "d.wojcik@example.pl,2026-11-30 08:22,no",
            "e.kaminski@example.pl,2026-11-30 08:30,no",
            "f.dabrowska@example.pl,2026-11-30 08:37,no",
            "k.nowak.private@partner.example,2026-11-30 08:12,external",
            "");

    private static byte[] pdf() {
        String[][] pages = {
            {"Recall report: payroll e-mail of 30 November", "",
                "Message: Payroll November (payroll_2026-11.xlsx, 212 rows)",
                "Sent by: HR assistant, Wroclaw office", "Sent to: all-staff-wro (86 mailboxes)",
                "Recall requested: 08:41, 29 minutes after sending", "",
                "Outcome: removed from 79 mailboxes; 6 opened before recall;",
                "1 delivered to an external forwarding address."},
            {"Mailboxes that opened the message", "", "6 internal recipients (names withheld in the demo)",
                "1 external forwarding address at a payroll partner"},
            {"Technical notes", "", "The distribution list has no external-forwarding restriction.",
                "Recommendation: restrict forwarding and add a DLP rule for payroll files."}};
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.newLineAtOffset(72, 770);
                    text.setFont(bold, 16);
                    text.showText(lines[0]);
                    text.setFont(plain, 11);
                    text.setLeading(18);
                    for (int i = 1; i < lines.length; i++) {
                        text.newLine();
                        text.showText(lines[i]);
                    }
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 640, 360);
            g.setColor(new Color(0x2B5797));
            g.fillRect(0, 0, 640, 44);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("Payroll November", 16, 29);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString("From: HR assistant    To: all-staff-wro", 16, 80);
            g.drawString("Attachment: payroll_2026-11.xlsx (212 rows)", 16, 110);
            g.drawString("Please find the November payroll attached.", 16, 160);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
