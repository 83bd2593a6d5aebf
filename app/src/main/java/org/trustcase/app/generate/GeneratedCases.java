package org.trustcase.app.generate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineKind;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;

/**
 * Fills a workspace with fictional, varied cases for measuring, through the same use cases a DPO uses (so
 * every case has its audit trail, assessments, decisions, clock outcomes and deadline index entries as the
 * window would have made them), a batch of cases per call of the batch runner it is given (a transaction, or a
 * staged batch written at once). The same seed gives the same cases.
 */
public final class GeneratedCases {
    /** Cases per batch: large enough to spare the disk a sync per case, small enough to keep memory flat. */
    static final int BATCH = 1000;
    /** How far back the generated cases reach. */
    static final Duration SPAN = Duration.ofDays(120);
    private static final String[] WHAT = {"Lost laptop", "Misdirected e-mail", "Phishing of", "Ransomware on",
        "Stolen backup tape of", "Misconfigured bucket with", "Wrong letter merge for", "Unauthorised access to",
        "Printed list left with", "Credential stuffing against", "Shared link exposing", "Insider download of"};
    private static final String[] WHOM = {"payroll data", "customer records", "HR files", "patient appointments",
        "loyalty accounts", "support tickets", "applicant CVs", "billing addresses", "student grades",
        "pension statements", "CRM contacts", "call recordings"};
    private static final String[] OWNERS = {"anna.kowalska", "bert.mayer", "chloe.martin", "dara.walsh",
        "emil.nowak", "fatima.zahra", "gus.van.dijk", "hana.sato", "ivan.petrov", "julia.rossi", "kai.larsen",
        "lena.fischer"};
    private static final String[][] JURISDICTIONS = {{"PL"}, {"DE"}, {"FR"}, {"IE"}, {"NL"}, {"GB"}, {"ES"},
        {"IT"}, {"PL", "DE"}, {"FR", "BE"}, {"US-CA"}, {"BR"}, {"SG"}, {"GB", "IE"}, {"DE", "AT"}};

    private final CaseService cases;
    private final AssessmentService assessments;
    private final CaseClockService clocks;
    private final TransactionRunner transactions;
    private final SettableClock clock;

    public GeneratedCases(CaseService cases, AssessmentService assessments, CaseClockService clocks,
            TransactionRunner transactions, SettableClock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Generates {@code count} cases aware within the 120 days before {@code now}, {@code openPercent} of them
     * open; {@code progress} is told how many are done after each batch.
     */
    public void generate(int count, int openPercent, long seed, Instant now, LongConsumer progress) {
        Random random = new Random(seed);
        int done = 0;
        while (done < count) {
            int batch = Math.min(BATCH, count - done);
            int from = done;
            transactions.inTransaction(() -> {
                for (int i = 0; i < batch; i++) {
                    one(random, from + i, count, openPercent, now);
                }
                return null;
            });
            done += batch;
            progress.accept(done);
        }
        clock.set(now);
    }

    private void one(Random random, int index, int count, int openPercent, Instant now) {
        // awareness moves forward through the 120 days before now, so references follow the order of events
        long spanMinutes = SPAN.toMinutes();
        long minutesAgo = spanMinutes - (long) ((index + random.nextDouble()) * spanMinutes / count);
        Instant aware = now.minus(Duration.ofMinutes(Math.max(60, minutesAgo))).truncatedTo(ChronoUnit.MINUTES);
        Step step = new Step(aware, now);
        boolean open = random.nextInt(100) < openPercent;
        CaseDetails details = details(random, index, aware, !open);
        clock.set(step.next(random, 30));
        CaseReference ref = cases.open(details).reference();
        if (open) {
            int stage = random.nextInt(100);
            if (stage < 25) {
                return;
            }
            move(ref, CaseStatus.TRIAGE, null, step, random);
            if (stage < 50) {
                return;
            }
            move(ref, CaseStatus.INVESTIGATING, null, step, random);
            assess(ref, random, step);
            if (stage < 80) {
                return;
            }
            decide(ref, random, step, true);
            move(ref, CaseStatus.NOTIFYING, null, step, random);
            settleLegalClocks(ref, random, step, true);
        } else if (random.nextBoolean()) {
            move(ref, CaseStatus.NOT_A_BREACH, "No personal data involved: the files held test data only", step, random);
        } else {
            move(ref, CaseStatus.TRIAGE, null, step, random);
            move(ref, CaseStatus.INVESTIGATING, null, step, random);
            assess(ref, random, step);
            decide(ref, random, step, false);
            settleLegalClocks(ref, random, step, false);
            move(ref, CaseStatus.CLOSED, null, step, random);
        }
    }

    private CaseDetails details(Random random, int index, Instant aware, boolean complete) {
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (String code : JURISDICTIONS[random.nextInt(JURISDICTIONS.length)]) {
            jurisdictions.add(new Jurisdiction(code));
        }
        Set<DataCategory> data = EnumSet.of(DataCategory.values()[random.nextInt(DataCategory.values().length)],
                DataCategory.BASIC_IDENTIFIERS);
        long subjects = 1 + (long) Math.pow(10, random.nextDouble() * 5);
        CaseDetails.Builder b = CaseDetails.builder()
                .title(pick(random, WHAT) + " " + pick(random, WHOM) + " #" + (index + 1))
                .summary("Generated case for measuring: fictional facts, no real person.")
                .reporter("Generated reporter")
                .channel(ReportChannel.values()[random.nextInt(ReportChannel.values().length)])
                .detectedAt(aware)
                .awareAt(aware)
                .breachTypes(EnumSet.of(BreachType.values()[random.nextInt(BreachType.values().length)]))
                .dataCategories(data)
                .subjectCategories(EnumSet.of(SubjectCategory.values()[random.nextInt(SubjectCategory.values().length)]))
                .approxSubjects(subjects)
                .approxRecords(subjects * (1 + random.nextInt(3)))
                .jurisdictions(jurisdictions)
                .cause(BreachCause.values()[random.nextInt(BreachCause.values().length)])
                .owner(pick(random, OWNERS));
        if (complete) {
            b.containedAt(aware).remedialActions("Access revoked; affected staff retrained");
        }
        return b.build();
    }

    private void move(CaseReference ref, CaseStatus target, String reason, Step step, Random random) {
        clock.set(step.next(random, 240));
        cases.move(ref, null, target, reason);
    }

    private void assess(CaseReference ref, Random random, Step step) {
        clock.set(step.next(random, 240));
        DataType type = DataType.values()[random.nextInt(DataType.values().length)];
        IdentificationEase ease = IdentificationEase.values()[random.nextInt(IdentificationEase.values().length)];
        BigDecimal confidentiality = new BigDecimal(new String[] {"0", "0.25", "0.5"}[random.nextInt(3)]);
        assessments.assess(ref, new SeverityInputs(type, List.of(), ease, confidentiality, BigDecimal.ZERO,
                BigDecimal.ZERO, random.nextInt(4) == 0), null);
    }

    private void decide(CaseReference ref, Random random, Step step, boolean notify) {
        clock.set(step.next(random, 240));
        assessments.decide(ref, new DecisionDraft(notify, notify ? "Risk to the subjects' rights is likely"
                : "Unlikely to result in a risk", notify && random.nextBoolean(), notify ? "High risk: tell them"
                : "No high risk", null, "Generated decision; the suggestion was weighed"));
    }

    /** Marks running legal clocks met (most on time, some late with a reason) or, for a closing case, waived. */
    private void settleLegalClocks(CaseReference ref, Random random, Step step, boolean notified) {
        for (DeadlineClock k : clocks.list(ref).clocks()) {
            boolean running = k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.OVERDUE;
            if (!running || k.rule().kind() != DeadlineKind.LEGAL) {
                continue;
            }
            if (!notified) {
                clock.set(step.next(random, 60));
                clocks.waive(ref, k.rule().id(), "Art. 33(1): unlikely to result in a risk (generated decision)");
            } else if (random.nextInt(3) > 0) {
                Instant at = step.next(random, 600);
                clock.set(at);
                boolean late = at.isAfter(k.dueAt());
                clocks.meet(ref, k.rule().id(), at, late ? "The processor reported late (generated)" : null);
            }
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Walks time forward from awareness in random steps, never past now. */
    private static final class Step {
        private Instant at;
        private final Instant now;

        Step(Instant start, Instant now) {
            this.at = start;
            this.now = now;
        }

        Instant next(Random random, int maxMinutes) {
            Instant candidate = at.plus(Duration.ofMinutes(1 + random.nextInt(maxMinutes)));
            at = candidate.isAfter(now) ? now : candidate;
            return at;
        }
    }
}
