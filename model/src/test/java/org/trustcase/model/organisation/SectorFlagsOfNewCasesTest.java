package org.trustcase.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditNote;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseChangeListener;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryOrganisation;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.Workflow;

class SectorFlagsOfNewCasesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryCaseClocks facts = new InMemoryCaseClocks();
    private final InMemoryOrganisation organisation = new InMemoryOrganisation();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(log, clock, () -> new Actor("dpo"));
    private final CaseService service = new CaseService(cases, trail, transactions, new Workflow(Guards.standard()),
            clock, Access.allowAll(trail, transactions), CaseChangeListener.NONE, reference -> { },
            new SectorFlagsOfNewCases(organisation, facts, trail));

    @Test
    void aNewCaseTakesTheOrganisationsSectorFactsAsItsFlagsAndSaysSoInItsTrail() {
        organisation.save(new OrganisationProfile("Bank", "", "", "", "", "", null, "UTC", "en",
                Set.of("nis2-entity", "dora-financial-entity")));

        CaseReference ref = service.open(Cases.minimal()).reference();

        assertThat(facts.facts(ref).flags()).containsExactly("dora-financial-entity", "nis2-entity");
        AuditEvent flagged = log.list(ref.toString()).stream().filter(e -> e.action() == AuditAction.CASE_FLAGS_CHANGED)
                .findFirst().orElseThrow();
        assertThat(flagged.changes()).containsExactly(new FieldChange("flags", null,
                "dora-financial-entity, nis2-entity"));
        assertThat(flagged.note()).isEqualTo(AuditNote.FLAGS_FROM_PROFILE.with());
    }

    @Test
    void withoutAProfileOrSectorFactsACaseStartsWithoutFlags() {
        CaseReference ref = service.open(Cases.minimal()).reference();

        assertThat(facts.facts(ref).flags()).isEmpty();
        assertThat(log.list(ref.toString())).extracting(AuditEvent::action).containsExactly(AuditAction.CASE_CREATED);
    }

    @Test
    void theProfilesSectorFactsAndHomeZoneDriveANewCasesClocks() {
        organisation.save(new OrganisationProfile("Lender", "", "", "", "", "",
                new org.trustcase.model.cases.Jurisdiction("US-CA"), "America/Los_Angeles", "en",
                Set.of("nydfs-covered-entity")));
        // discovered at 22:00 on 31 December 2025 in Los Angeles (1 January 2026 in New York)
        CaseReference ref = service.open(Cases.minimal().toBuilder()
                .jurisdictions(java.util.List.of(new org.trustcase.model.cases.Jurisdiction("US-NY")))
                .detectedAt(Instant.parse("2026-01-01T06:00:00Z")).awareAt(Instant.parse("2026-01-01T06:00:00Z"))
                .build()).reference();
        org.trustcase.model.caseclocks.CaseClocks clocks = org.trustcase.model.caseclocks.CaseClocks.loadedOnFirstUse(
                org.trustcase.model.deadlines.ClockEngine::standard,
                () -> organisation.load().flatMap(OrganisationProfile::homeZone).orElse(null));
        var computed = clocks.compute(cases.require(ref), facts.facts(ref), java.util.Optional.empty(),
                java.util.Optional.empty(), clock.instant());
        var newYork = computed.stream().filter(c -> c.rule().id().equals("US-NY")).findFirst().orElseThrow();
        assertThat(newYork.zone()).isEqualTo(java.time.ZoneId.of("America/Los_Angeles"));
        assertThat(newYork.dueAt()).isEqualTo(Instant.parse("2026-01-31T07:59:59Z"));
        assertThat(computed).filteredOn(c -> c.rule().id().equals("NYDFS-INCIDENT")).singleElement()
                .satisfies(c -> assertThat(c.status()).isNotEqualTo(org.trustcase.model.deadlines.ClockStatus.NOT_APPLICABLE));
        assertThat(clocks.homeZone()).isEqualTo(java.time.ZoneId.of("America/Los_Angeles"));
    }
}
