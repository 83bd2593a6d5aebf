package org.trustcase.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AllowAllPolicy;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryOrganisation;
import org.trustcase.model.testing.MutableClock;

class OrganisationServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final Actor anna = new Actor("anna");
    private final AuditTrail trail = new AuditTrail(log, clock, () -> anna);
    private final AccessControl access = new AccessControl(new AllowAllPolicy(), () -> anna, trail, transactions,
            transactions);
    private final OrganisationService service = new OrganisationService(new InMemoryOrganisation(), trail,
            transactions, access);

    private static OrganisationProfile acme() {
        return new OrganisationProfile(" Acme Polska sp. z o.o. ", "ul. Prosta 1\n00-838 Warszawa", "KRS 0000123456",
                "Julia Kaczmarek", "dpo@acme.example", "+48 22 123 45 67", new Jurisdiction("PL"), "Europe/Warsaw",
                "pl", Set.of("nis2-entity", "processor"));
    }

    @Test
    void aNewWorkspaceHasAnEmptyProfileAndAnUpdateIsKeptAndRecordedFieldByField() {
        assertThat(service.profile()).isEqualTo(OrganisationProfile.EMPTY);

        OrganisationProfile saved = service.update(acme());

        assertThat(saved.legalName()).isEqualTo("Acme Polska sp. z o.o.");
        assertThat(service.profile()).isEqualTo(saved);
        AuditEvent recorded = log.list().get(log.list().size() - 1);
        assertThat(recorded.action()).isEqualTo(AuditAction.ORGANISATION_UPDATED);
        assertThat(recorded.changes()).extracting(FieldChange::field).containsExactly("legalName", "address",
                "registrationNumber", "dpoName", "dpoEmail", "dpoPhone", "home", "timeZone", "language",
                "sectorFlags");
        assertThat(recorded.changes()).contains(new FieldChange("sectorFlags", null, "nis2-entity, processor"));

        int events = log.list().size();
        service.update(acme());
        assertThat(log.list()).as("nothing changed, nothing recorded").hasSize(events);
    }

    @Test
    void everyFieldIsCheckedAndAllProblemsAreTold() {
        OrganisationProfile wrong = new OrganisationProfile("Acme\nForged line", "", "", "", "dpo(at)acme", "", null,
                "Mars/Olympus", "de", Set.of("high-risk"));

        assertThatThrownBy(() -> service.update(wrong)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("legalName", "dpoEmail",
                        "timeZone", "language", "sectorFlags"));
        assertThat(service.profile()).isEqualTo(OrganisationProfile.EMPTY);
    }
}
