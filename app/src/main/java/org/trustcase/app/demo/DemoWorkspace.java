package org.trustcase.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.trustcase.app.generate.SettableClock;
import org.trustcase.model.common.Role;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.common.Actor;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.severity.SeverityInputs;

/**
 * Fills a new workspace with the demo cases, through the same use cases a DPO uses, so every demo
 * case has its real audit trail. Times are relative to now, so the cases look alive, and the story is
 * consistent: each case is recorded by its fictional people (its owner, else the DPO) at the time each step
 * would have been taken — opened soon after the organisation became aware, assessed and decided before the
 * notification the decision led to, its containment recorded once it happened, closed last.
 */
public final class DemoWorkspace {
    /** The demo's DPO, who assesses and decides, and handles the cases that have no owner. */
    static final String DPO = "Julia Kaczmarek";

    private final CaseService cases;
    private final AssessmentService assessments;
    private final CaseClockService clocks;
    private final org.trustcase.model.evidence.EvidenceService evidence;
    private final org.trustcase.app.NotificationUseCases notifying;
    private final org.trustcase.app.InvestigationUseCases investigation;
    private final SettableClock clock;
    private final People people;
    private final Instant now;

    /**
     * @param clock  the clock the use cases read, set to each step's time
     * @param people who the use cases record as the actor, set to each step's person
     * @param now    the real time: no step is recorded after it
     */
    public DemoWorkspace(CaseService cases, AssessmentService assessments, CaseClockService clocks,
            org.trustcase.model.evidence.EvidenceService evidence,
            org.trustcase.app.NotificationUseCases notifying, org.trustcase.app.InvestigationUseCases investigation,
            SettableClock clock, People people, Instant now) {
        this.investigation = Objects.requireNonNull(investigation, "investigation");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.notifying = Objects.requireNonNull(notifying, "notifying");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.people = Objects.requireNonNull(people, "people");
        this.now = Objects.requireNonNull(now, "now");
    }

    /** The demo's organisation, invented like its cases: the letters and the authority's form take its details. */
    static final org.trustcase.model.organisation.OrganisationProfile ORGANISATION =
            new org.trustcase.model.organisation.OrganisationProfile("Wisłoujście Logistyka Sp. z o.o.",
                    "ul. Przykładowa 10\n80-001 Gdańsk", "KRS 0000000000 (fictional)", DPO,
                    "iod@wisloujscie.example", "+48 58 000 00 00", new org.trustcase.model.cases.Jurisdiction("PL"),
                    "Europe/Warsaw", "pl", Set.of());

    /** The words of the payroll case's notification, as its DPO drafted them. */
    static final org.trustcase.model.notifications.AuthorityDraft PAYROLL_DRAFT =
            new org.trustcase.model.notifications.AuthorityDraft("An HR assistant sent the monthly payroll file to"
                    + " 'all-staff-wro' instead of 'hr-wro'; it held the names, salaries, bank accounts and PESEL"
                    + " numbers of 212 employees.",
                    "The file was sent at 09:12, noticed by a recipient at 09:40 and recalled at 09:55; 86 mailboxes"
                            + " had received it, 3 had opened it.", "Wrocław office (e-mail)",
                    "A distribution list chosen by autocomplete", "Colleagues may have learnt the salary, bank"
                            + " account and PESEL number of the people concerned; the numbers could be misused for"
                            + " identity fraud.", "The message was recalled and deleted from every mailbox; the"
                            + " recipients who opened it confirmed its deletion in writing.",
                    "Autocomplete of distribution lists turned off for the HR team; payroll files sent only as"
                            + " encrypted archives.", "None", "Watch your bank account for payments you do not"
                            + " recognise and consider reserving your PESEL number in the national register.",
                    true, false, false, null, null);

    /** The fictional person performing the demo's use cases, one after the other. */
    public static final class People implements Supplier<Actor> {
        private Actor current = person(DPO);

        void set(String name) {
            current = person(name);
        }

        @Override
        public Actor get() {
            return current;
        }

        private static Actor person(String name) {
            return new Actor(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'), name, Set.of(Role.DPO));
        }
    }

    /** Opens every demo case and walks it to its final status; returns how many were created. */
    public int populate() {
        notifying.organisation().update(ORGANISATION);
        List<DemoCase> demoCases = DemoCases.all(now);
        for (DemoCase demo : demoCases) {
            BreachCase told = tell(demo);
            if (demo == demoCases.get(0)) {
                // the first case, the payroll e-mail, has its evidence collected after its last step so far
                people.set(DPO);
                new DemoEvidence(evidence, clock).add(told.reference(), clock.instant().plus(Duration.ofMinutes(10)),
                        now);
                new DemoRecipients(notifying.recipients(), clock).add(told.reference(), now);
                notifying.notifications().saveDraft(told.reference(), PAYROLL_DRAFT);
                new DemoInvestigation(investigation, clock).add(told, evidence.list(told.reference()),
                        clock.instant().plus(Duration.ofMinutes(5)), now);
            }
        }
        clock.set(now);
        return demoCases.size();
    }

    /** One case's story, each step at its time and by its person. */
    private BreachCase tell(DemoCase demo) {
        CaseDetails details = demo.details();
        String handler = details.owner() != null ? details.owner() : DPO;
        Story story = new Story(details.awareAt().plus(Duration.ofMinutes(15)));
        // a containment not yet known when the case was opened is recorded when it happened
        boolean containedLater = details.containedAt() != null && details.containedAt().isAfter(story.at);
        people.set(DPO);
        clock.set(story.at);
        BreachCase opened = cases.open(containedLater ? details.toBuilder().containedAt(null).build() : details);
        if (!demo.flags().isEmpty()) {
            clock.set(story.after(Duration.ofMinutes(5)));
            clocks.setFlags(opened.reference(), demo.flags());
        }
        List<DemoCase.Step> steps = demo.steps();
        int step = 0;
        people.set(handler);
        // the investigation starts before anything is assessed
        while (step < steps.size() && (steps.get(step).target() == CaseStatus.TRIAGE
                || steps.get(step).target() == CaseStatus.INVESTIGATING)) {
            clock.set(story.after(Duration.ofMinutes(20)));
            cases.move(opened.reference(), null, steps.get(step).target(), steps.get(step).reason());
            step++;
        }
        Instant firstMet = demo.outcomes().stream().filter(o -> o.metHoursAfterAware() != null)
                .map(o -> details.awareAt().plus(Duration.ofHours(o.metHoursAfterAware()))).min(Instant::compareTo)
                .orElse(null);
        if (demo.assessment() != null) {
            people.set(DPO);
            // assessed and decided before the notification the decision leads to
            Instant assessAt = firstMet != null ? firstMet.minus(Duration.ofMinutes(50)) : story.at.plus(Duration.ofHours(2));
            clock.set(story.atLeast(assessAt));
            assessments.assess(opened.reference(), demo.assessment().inputs(), demo.assessment().narrative());
            if (demo.assessment().decision() != null) {
                clock.set(story.after(Duration.ofMinutes(20)));
                assessments.decide(opened.reference(), demo.assessment().decision());
            }
        }
        people.set(handler);
        if (step < steps.size() && steps.get(step).target() == CaseStatus.NOTIFYING) {
            clock.set(story.after(Duration.ofMinutes(10)));
            cases.move(opened.reference(), null, CaseStatus.NOTIFYING, steps.get(step).reason());
            step++;
        }
        for (DemoOutcome outcome : demo.outcomes()) {
            if (outcome.metHoursAfterAware() == null) {
                clock.set(story.after(Duration.ofMinutes(30)));
                clocks.waive(opened.reference(), outcome.ruleId(), outcome.reason());
            } else {
                Instant met = details.awareAt().plus(Duration.ofHours(outcome.metHoursAfterAware()));
                clock.set(story.atLeast(met.plus(Duration.ofMinutes(10))));
                clocks.meet(opened.reference(), outcome.ruleId(), met, outcome.reason());
            }
        }
        if (containedLater) {
            clock.set(story.atLeast(details.containedAt().plus(Duration.ofMinutes(30))));
            BreachCase current = cases.get(opened.reference());
            cases.update(opened.reference(), current.version(), current.details().toBuilder()
                    .containedAt(details.containedAt()).build());
        }
        for (; step < steps.size(); step++) {
            clock.set(story.after(Duration.ofHours(1)));
            cases.move(opened.reference(), null, steps.get(step).target(), steps.get(step).reason());
        }
        return opened;
    }

    /** The times of one case's steps: never going back, never after the real now. */
    private final class Story {
        private Instant at;

        Story(Instant start) {
            at = start.isAfter(now) ? now : start;
        }

        /** The next step, {@code gap} after the last one. */
        Instant after(Duration gap) {
            return atLeast(at.plus(gap));
        }

        /** The next step at {@code wanted}, or at the last one's time when that is later. */
        Instant atLeast(Instant wanted) {
            Instant next = wanted.isBefore(at) ? at : wanted;
            at = next.isAfter(now) ? now : next;
            return at;
        }
    }

    /**
     * A demo case: its details, its assessment (or none), its regime flags, the outcomes of its clocks
     * and the transitions that bring it to its status.
     */
    record DemoCase(org.trustcase.model.cases.CaseDetails details, DemoAssessment assessment, Set<String> flags,
            List<DemoOutcome> outcomes, List<Step> steps) {
        record Step(CaseStatus target, String reason) {
        }

        DemoCase withFlags(String... codes) {
            return new DemoCase(details, assessment, Set.of(codes), outcomes, steps);
        }

        DemoCase withOutcome(DemoOutcome outcome) {
            List<DemoOutcome> all = new java.util.ArrayList<>(outcomes);
            all.add(outcome);
            return new DemoCase(details, assessment, flags, all, steps);
        }
    }

    /** A clock met some hours after awareness, or waived (when {@code metHoursAfterAware} is null) on a legal ground. */
    record DemoOutcome(String ruleId, Long metHoursAfterAware, String reason) {
    }

    /** An assessment to record, and the decision taken on it (or none yet). */
    record DemoAssessment(SeverityInputs inputs, String narrative, DecisionDraft decision) {
    }

}
