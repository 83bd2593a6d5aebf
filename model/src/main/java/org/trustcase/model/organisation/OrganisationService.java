package org.trustcase.model.organisation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;

/**
 * The organisation profile: read by everyone signed in (notifications and letters take its details), changed by a
 * DPO, each change recorded field by field in the audit trail.
 */
public final class OrganisationService {
    /** The rule flags that are facts of the organisation rather than of one breach. */
    /** The rules' flags that are facts about the organisation (not about one incident): a new case starts with them. */
    public static final Set<String> SECTOR_FLAGS = Set.of("processor", "nis2-entity", "trust-service-provider",
            "dora-financial-entity", "hipaa-covered-entity", "sec-registrant", "small-agent",
            "pecr-service-provider", "hipaa-business-associate", "sec-covered-institution", "sec-service-provider",
            "financial-institution-ftc", "banking-organization", "bank-service-provider", "nydfs-covered-entity",
            "health-app-vendor", "telecom-carrier", "electronic-communications-provider", "manufacturer", "nis-oes",
            "nis-rdsp", "critical-infrastructure", "credit-institution", "central-counterparty", "trading-venue",
            "dora-weekend-relief");
    public static final int MAX_LINE = 200;
    public static final int MAX_TEXT = 2_000;

    private final OrganisationRepository repository;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;

    public OrganisationService(OrganisationRepository repository, AuditTrail trail, TransactionRunner transactions,
            AccessControl access) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** The profile ({@link OrganisationProfile#EMPTY} until a DPO fills it in). */
    public OrganisationProfile profile() {
        access.require(UseCase.ORGANISATION_SHOW, null);
        return transactions.read(() -> repository.load().orElse(OrganisationProfile.EMPTY));
    }

    /**
     * Replaces the profile after checking every field (plain text within its length, the DPO's e-mail address, a
     * time zone and a language this version knows, sector flags of the rules); records what changed.
     */
    public OrganisationProfile update(OrganisationProfile wanted) {
        access.require(UseCase.ORGANISATION_UPDATE, null);
        OrganisationProfile clean = validate(wanted);
        return transactions.inTransaction(() -> {
            OrganisationProfile before = repository.load().orElse(OrganisationProfile.EMPTY);
            List<FieldChange> changes = changes(before, clean);
            if (!changes.isEmpty()) {
                repository.save(clean);
                trail.record(AuditAction.ORGANISATION_UPDATED, null, changes, null);
            }
            return clean;
        });
    }

    private static OrganisationProfile validate(OrganisationProfile p) {
        List<FieldError> errors = new ArrayList<>();
        line(errors, "legalName", p.legalName());
        text(errors, "address", p.address());
        line(errors, "registrationNumber", p.registrationNumber());
        line(errors, "dpoName", p.dpoName());
        line(errors, "dpoEmail", p.dpoEmail());
        line(errors, "dpoPhone", p.dpoPhone());
        if (!p.dpoEmail().isBlank() && !org.trustcase.model.common.EmailAddress.isWellFormed(p.dpoEmail().strip())) {
            errors.add(new FieldError("dpoEmail", "recipients.email-invalid", p.dpoEmail()));
        }
        try {
            ZoneId.of(p.timeZone().strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "organisation.zone-unknown", p.timeZone()));
        }
        if (!org.trustcase.model.common.LetterLanguages.ALL.contains(p.language().strip())) {
            errors.add(new FieldError("language", "recipients.language-unknown", p.language(),
                    String.join(", ", org.trustcase.model.common.LetterLanguages.ALL)));
        }
        for (String flag : p.sectorFlags()) {
            if (!SECTOR_FLAGS.contains(flag)) {
                errors.add(new FieldError("sectorFlags", "organisation.flag-unknown", flag,
                        String.join(", ", new java.util.TreeSet<>(SECTOR_FLAGS))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OrganisationProfile(p.legalName().strip(), p.address().strip(), p.registrationNumber().strip(),
                p.dpoName().strip(), p.dpoEmail().strip(), p.dpoPhone().strip(), p.home(), p.timeZone().strip(),
                p.language().strip(), p.sectorFlags());
    }

    private static void line(List<FieldError> errors, String field, String value) {
        org.trustcase.model.common.TextFields.line(errors, field, value, MAX_LINE);
    }

    private static void text(List<FieldError> errors, String field, String value) {
        org.trustcase.model.common.TextFields.text(errors, field, value, MAX_TEXT);
    }

    private static List<FieldChange> changes(OrganisationProfile before, OrganisationProfile after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "legalName", before.legalName(), after.legalName());
        change(changes, "address", before.address(), after.address());
        change(changes, "registrationNumber", before.registrationNumber(), after.registrationNumber());
        change(changes, "dpoName", before.dpoName(), after.dpoName());
        change(changes, "dpoEmail", before.dpoEmail(), after.dpoEmail());
        change(changes, "dpoPhone", before.dpoPhone(), after.dpoPhone());
        change(changes, "home", before.home() == null ? "" : before.home().code(),
                after.home() == null ? "" : after.home().code());
        change(changes, "timeZone", before.timeZone(), after.timeZone());
        change(changes, "language", before.language(), after.language());
        change(changes, "sectorFlags", String.join(", ", before.sectorFlags()), String.join(", ",
                after.sectorFlags()));
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, before.isEmpty() ? null : before, after.isEmpty() ? null : after));
        }
    }
}
