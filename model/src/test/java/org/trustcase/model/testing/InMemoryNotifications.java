package org.trustcase.model.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.LetterBatchRepository;
import org.trustcase.model.notifications.LetterTemplate;
import org.trustcase.model.notifications.LetterTemplateRepository;
import org.trustcase.model.notifications.NotificationRepository;
import org.trustcase.model.notifications.SentNotification;

/** Authority drafts, sent notifications, letter templates and batches in memory. */
public final class InMemoryNotifications implements NotificationRepository, LetterTemplateRepository,
        LetterBatchRepository {
    private final Map<CaseReference, AuthorityDraft> drafts = new HashMap<>();
    private final List<SentNotification> sent = new ArrayList<>();
    private final Map<String, LetterTemplate> templates = new HashMap<>();
    private final List<LetterBatch> batches = new ArrayList<>();

    @Override
    public Optional<AuthorityDraft> draft(CaseReference caseReference) {
        return Optional.ofNullable(drafts.get(caseReference));
    }

    @Override
    public void putDraft(CaseReference caseReference, AuthorityDraft draft) {
        drafts.put(caseReference, draft);
    }

    @Override
    public long add(SentNotification notification) {
        sent.add(notification.withId(sent.size() + 1L));
        return sent.size();
    }

    @Override
    public List<SentNotification> list(CaseReference caseReference) {
        return sent.stream().filter(n -> n.caseReference().equals(caseReference)).toList();
    }

    @Override
    public List<LetterTemplate> all() {
        return templates.values().stream().sorted(Comparator.comparing(LetterTemplate::name)
                .thenComparing(LetterTemplate::language)).toList();
    }

    @Override
    public Optional<LetterTemplate> find(String name, String language) {
        return Optional.ofNullable(templates.get(name + "/" + language));
    }

    @Override
    public void put(LetterTemplate template) {
        templates.put(template.name() + "/" + template.language(), template);
    }

    @Override
    public long addBatch(LetterBatch batch) {
        batches.add(batch.withId(batches.size() + 1L));
        return batches.size();
    }

    @Override
    public void setRecipients(CaseReference caseReference, long id, long count) {
        replace(caseReference, id, b -> new LetterBatch(b.id(), b.caseReference(), b.template(), b.kind(), count,
                b.preparedBy(), b.preparedAt(), b.sentAt(), b.channel()));
    }

    @Override
    public Optional<LetterBatch> findBatch(CaseReference caseReference, long id) {
        return batches.stream().filter(b -> b.caseReference().equals(caseReference) && b.id() == id).findFirst();
    }

    @Override
    public List<LetterBatch> batches(CaseReference caseReference) {
        return batches.stream().filter(b -> b.caseReference().equals(caseReference))
                .sorted(Comparator.comparingLong(LetterBatch::id).reversed()).toList();
    }

    @Override
    public void markBatchSent(CaseReference caseReference, long id, Instant at, String channel) {
        replace(caseReference, id, b -> new LetterBatch(b.id(), b.caseReference(), b.template(), b.kind(),
                b.recipients(), b.preparedBy(), b.preparedAt(), at, channel));
    }

    private void replace(CaseReference caseReference, long id, java.util.function.UnaryOperator<LetterBatch> change) {
        for (int i = 0; i < batches.size(); i++) {
            if (batches.get(i).caseReference().equals(caseReference) && batches.get(i).id() == id) {
                batches.set(i, change.apply(batches.get(i)));
            }
        }
    }

    /** Everything stored, for comparing before and after. */
    public List<Object> state() {
        return List.of(Map.copyOf(drafts), List.copyOf(sent), Map.copyOf(templates), List.copyOf(batches));
    }
}
