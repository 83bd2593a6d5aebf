package org.trustcase.persistence.notifications;

import static org.trustcase.persistence.jooq.Tables.AUTHORITY_DRAFT;
import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.SENT_NOTIFICATION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.NotificationPhase;
import org.trustcase.model.notifications.NotificationRepository;
import org.trustcase.model.notifications.NotificationTarget;
import org.trustcase.model.notifications.SentNotification;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.AuthorityDraftRecord;
import org.trustcase.persistence.jooq.tables.records.SentNotificationRecord;

/** Authority drafts in {@code authority_draft} (their words as JSON) and sent notifications in {@code sent_notification}. */
public final class JooqNotificationRepository implements NotificationRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;

    public JooqNotificationRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The draft's words as stored: who saved it, and when, are columns of their own. */
    private record Words(String nature, String courseOfEvents, String place, String cause, String consequences,
            String measuresTaken, String measuresProposed, String otherOrganisations, String adviceToSubjects,
            Boolean confidentiality, Boolean integrity, Boolean availability) {
    }

    @Override
    public Optional<AuthorityDraft> draft(CaseReference caseReference) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(AUTHORITY_DRAFT).where(AUTHORITY_DRAFT.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .fetchOptional().map(JooqNotificationRepository::draft);
    }

    private static AuthorityDraft draft(AuthorityDraftRecord r) {
        Words w = read(r.getDraft());
        return new AuthorityDraft(w.nature(), w.courseOfEvents(), w.place(), w.cause(), w.consequences(),
                w.measuresTaken(), w.measuresProposed(), w.otherOrganisations(), w.adviceToSubjects(),
                w.confidentiality(), w.integrity(), w.availability(), r.getUpdatedBy(), r.getUpdatedAt());
    }

    /** One query for a batch of cases (a register's page), not one per case. */
    @Override
    public Map<CaseReference, AuthorityDraft> drafts(Collection<CaseReference> references) {
        Map<CaseReference, AuthorityDraft> all = new HashMap<>();
        if (references.isEmpty()) {
            return all;
        }
        dsl().select(AUTHORITY_DRAFT.asterisk(), BREACH_CASE.REFERENCE).from(AUTHORITY_DRAFT).join(BREACH_CASE)
                .on(BREACH_CASE.ID.eq(AUTHORITY_DRAFT.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(references.stream().map(CaseReference::toString).toList()))
                .forEach(r -> all.put(CaseReference.parse(r.get(BREACH_CASE.REFERENCE)),
                        draft(r.into(AUTHORITY_DRAFT))));
        return all;
    }

    /** One query for a batch of cases (a register's page), not one per case. */
    @Override
    public Map<CaseReference, List<SentNotification>> list(Collection<CaseReference> references) {
        Map<CaseReference, List<SentNotification>> all = new HashMap<>();
        references.forEach(r -> all.put(r, new ArrayList<>()));
        if (references.isEmpty()) {
            return all;
        }
        dsl().select(SENT_NOTIFICATION.asterisk(), BREACH_CASE.REFERENCE).from(SENT_NOTIFICATION).join(BREACH_CASE)
                .on(BREACH_CASE.ID.eq(SENT_NOTIFICATION.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(references.stream().map(CaseReference::toString).toList()))
                .orderBy(SENT_NOTIFICATION.ID).forEach(r -> {
                    CaseReference reference = CaseReference.parse(r.get(BREACH_CASE.REFERENCE));
                    all.get(reference).add(notification(reference, r.into(SENT_NOTIFICATION)));
                });
        return all;
    }

    @Override
    public void putDraft(CaseReference caseReference, AuthorityDraft d) {
        DSLContext dsl = dsl();
        String json = write(new Words(d.nature(), d.courseOfEvents(), d.place(), d.cause(), d.consequences(),
                d.measuresTaken(), d.measuresProposed(), d.otherOrganisations(), d.adviceToSubjects(),
                d.confidentiality(), d.integrity(), d.availability()));
        dsl.insertInto(AUTHORITY_DRAFT).set(AUTHORITY_DRAFT.CASE_ID, CaseIds.of(dsl, caseReference))
                .set(AUTHORITY_DRAFT.DRAFT, json).set(AUTHORITY_DRAFT.UPDATED_BY, d.updatedBy())
                .set(AUTHORITY_DRAFT.UPDATED_AT, d.updatedAt())
                .onConflict(AUTHORITY_DRAFT.CASE_ID).doUpdate().set(AUTHORITY_DRAFT.DRAFT, json)
                .set(AUTHORITY_DRAFT.UPDATED_BY, d.updatedBy()).set(AUTHORITY_DRAFT.UPDATED_AT, d.updatedAt())
                .execute();
    }

    @Override
    public long add(SentNotification n) {
        DSLContext dsl = dsl();
        return dsl.insertInto(SENT_NOTIFICATION).set(SENT_NOTIFICATION.CASE_ID, CaseIds.of(dsl, n.caseReference()))
                .set(SENT_NOTIFICATION.TARGET, StoredCodes.encode(n.target()))
                .set(SENT_NOTIFICATION.RECIPIENT_NAME, n.recipientName())
                .set(SENT_NOTIFICATION.PHASE, n.phase() == null ? null : StoredCodes.encode(n.phase()))
                .set(SENT_NOTIFICATION.SENT_AT, n.sentAt()).set(SENT_NOTIFICATION.CHANNEL, n.channel())
                .set(SENT_NOTIFICATION.REFERENCE, n.reference()).set(SENT_NOTIFICATION.DELAY_REASON, n.delayReason())
                .set(SENT_NOTIFICATION.CONTENT, n.content()).set(SENT_NOTIFICATION.NOTE, n.note())
                .set(SENT_NOTIFICATION.RULES_MET, String.join(",", n.rulesMet()))
                .set(SENT_NOTIFICATION.RECORDED_BY, n.recordedBy()).set(SENT_NOTIFICATION.RECORDED_AT, n.recordedAt())
                .returning(SENT_NOTIFICATION.ID).fetchOne().getId();
    }

    @Override
    public List<SentNotification> list(CaseReference caseReference) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(SENT_NOTIFICATION).where(SENT_NOTIFICATION.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .orderBy(SENT_NOTIFICATION.ID).fetch(r -> notification(caseReference, r));
    }

    private static SentNotification notification(CaseReference caseReference, SentNotificationRecord r) {
        return new SentNotification(r.getId(), caseReference,
                StoredCodes.decode(NotificationTarget.class, r.getTarget(), "notification target"),
                r.getRecipientName(), r.getPhase() == null ? null
                        : StoredCodes.decode(NotificationPhase.class, r.getPhase(), "notification phase"),
                r.getSentAt(), r.getChannel(), r.getReference(), r.getDelayReason(), r.getContent(), r.getNote(),
                r.getRulesMet().isEmpty() ? List.of() : Arrays.asList(r.getRulesMet().split(",")),
                r.getRecordedBy(), r.getRecordedAt());
    }

    private static String write(Words words) {
        try {
            return JSON.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Words read(String json) {
        try {
            return JSON.readValue(json, Words.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable authority draft: " + e.getOriginalMessage(), e);
        }
    }

    private DSLContext dsl() {
        return database.dsl("notifications");
    }
}
