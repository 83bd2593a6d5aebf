package org.trustcase.model.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientRepository;
import org.trustcase.model.notifications.RecipientStatus;

/** Recipient registers in memory: an e-mail address is held once per case, as the database's unique index does. */
public final class InMemoryRecipients implements RecipientRepository {
    private final List<Recipient> stored = new ArrayList<>();
    private final Map<Long, Long> batchOf = new java.util.HashMap<>();

    @Override
    public int insert(List<Recipient> recipients) {
        int added = 0;
        for (Recipient recipient : recipients) {
            boolean held = recipient.email() != null && stored.stream().anyMatch(r -> r.caseReference()
                    .equals(recipient.caseReference()) && r.email() != null
                    && r.email().toLowerCase(Locale.ROOT).equals(recipient.email().toLowerCase(Locale.ROOT)));
            if (!held) {
                stored.add(recipient.withId(stored.size() + 1L));
                added++;
            }
        }
        return added;
    }

    @Override
    public List<Recipient> page(CaseReference caseReference, RecipientStatus status, long afterId, int limit) {
        return stored.stream().filter(r -> r.caseReference().equals(caseReference) && r.id() > afterId
                && (status == null || r.status() == status)).limit(limit).toList();
    }

    @Override
    public Map<RecipientStatus, Long> counts(CaseReference caseReference) {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        stored.stream().filter(r -> r.caseReference().equals(caseReference))
                .forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public List<org.trustcase.model.notifications.ResidenceCount> residences(CaseReference caseReference) {
        Map<List<String>, Long> counted = new java.util.LinkedHashMap<>();
        stored.stream().filter(r -> r.caseReference().equals(caseReference)).forEach(r -> {
            Map<String, String> lower = new java.util.HashMap<>();
            r.fields().forEach((k, v) -> lower.put(k.strip().toLowerCase(java.util.Locale.ROOT), v));
            counted.merge(java.util.Arrays.asList(lower.get("jurisdiction"), lower.get("country"), lower.get("state")),
                    1L, Long::sum);
        });
        List<org.trustcase.model.notifications.ResidenceCount> result = new java.util.ArrayList<>();
        counted.forEach((place, count) -> result.add(new org.trustcase.model.notifications.ResidenceCount(
                place.get(0), place.get(1), place.get(2), count)));
        return result;
    }

    @Override
    public boolean exists(CaseReference caseReference, long id, String email) {
        return stored.stream().anyMatch(r -> r.caseReference().equals(caseReference) && (id != 0 ? r.id() == id
                : r.email() != null && r.email().equalsIgnoreCase(email)));
    }

    @Override
    public boolean setStatus(CaseReference caseReference, long id, String email, RecipientStatus status, Instant at,
            String channel) {
        for (int i = 0; i < stored.size(); i++) {
            Recipient r = stored.get(i);
            if (r.caseReference().equals(caseReference) && (id != 0 ? r.id() == id
                    : r.email() != null && r.email().equalsIgnoreCase(email))) {
                stored.set(i, new Recipient(r.id(), r.caseReference(), r.line(), r.name(), r.email(), r.address(),
                        r.language(), r.fields(), status, at, channel));
                return true;
            }
        }
        return false;
    }

    @Override
    public long assignBatch(CaseReference caseReference, long batchId) {
        long count = 0;
        for (Recipient r : stored) {
            if (r.caseReference().equals(caseReference) && r.status() == RecipientStatus.PENDING) {
                batchOf.put(r.id(), batchId);
                count++;
            }
        }
        return count;
    }

    @Override
    public List<Recipient> pageOfBatch(CaseReference caseReference, long batchId, long afterId, int limit) {
        return stored.stream().filter(r -> r.caseReference().equals(caseReference) && r.id() > afterId
                && Long.valueOf(batchId).equals(batchOf.get(r.id()))).limit(limit).toList();
    }

    @Override
    public long markBatchSent(CaseReference caseReference, long batchId, Instant at, String channel) {
        long count = 0;
        for (Recipient r : List.copyOf(stored)) {
            if (r.caseReference().equals(caseReference) && r.status() == RecipientStatus.PENDING
                    && Long.valueOf(batchId).equals(batchOf.get(r.id()))) {
                setStatus(caseReference, r.id(), null, RecipientStatus.SENT, at, channel);
                count++;
            }
        }
        return count;
    }

    @Override
    public int setStatuses(CaseReference caseReference, List<Long> ids, RecipientStatus status, Instant at,
            String channel) {
        int count = 0;
        for (long id : ids) {
            if (setStatus(caseReference, id, null, status, at, channel)) {
                count++;
            }
        }
        return count;
    }

    /** Everything stored, for comparing before and after. */
    public List<Object> state() {
        List<Object> state = new ArrayList<>(stored);
        if (!batchOf.isEmpty()) {
            state.add(Map.copyOf(batchOf));
        }
        return state;
    }
}
