package org.trustcase.model.auditing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.AuditQuery;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.users.UserDirectory;

/**
 * Checks the workspace's accounts against the trail: every account must have been added by an event, and hold the
 * role, the state and the password hash (by its fingerprint) the trail's last events about it say. An account put
 * in, promoted, reactivated or given another password outside Trustcase shows here, named by the event it disagrees
 * with.
 */
final class AccountCheck {
    private static final List<AuditAction> ACTIONS = List.of(AuditAction.USER_ADDED, AuditAction.USER_ROLE_CHANGED,
            AuditAction.USER_DEACTIVATED, AuditAction.USER_REACTIVATED, AuditAction.USER_PASSWORD_CHANGED);

    private final AuditLog log;
    private final UserDirectory users;

    AccountCheck(AuditLog log, UserDirectory users) {
        this.log = Objects.requireNonNull(log, "log");
        this.users = Objects.requireNonNull(users, "users");
    }

    /** What the trail says of one account: its values and the event that last said each. */
    private static final class Told {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Long> by = new LinkedHashMap<>();
        long added;

        void set(String field, String value, long seq) {
            values.put(field, value);
            by.put(field, seq);
        }
    }

    Optional<RecordCheck.Finding> firstMismatch(TransactionRunner transactions) {
        return transactions.read(() -> {
            List<AuditEvent> events = new ArrayList<>();
            for (AuditAction action : ACTIONS) {
                events.addAll(log.page(new AuditQuery(null, action, null, null, null), Long.MAX_VALUE,
                        Integer.MAX_VALUE));
            }
            events.sort(Comparator.comparingLong(AuditEvent::sequence));
            Map<String, Told> told = new LinkedHashMap<>();
            for (AuditEvent event : events) {
                String login = value(event, "user");
                if (login == null) {
                    continue;
                }
                Told account = told.computeIfAbsent(login, key -> new Told());
                switch (event.action()) {
                    case USER_ADDED -> {
                        account.added = event.sequence();
                        account.set("role", value(event, "role"), event.sequence());
                        account.set("active", "true", event.sequence());
                        putCredential(account, event);
                    }
                    case USER_ROLE_CHANGED -> account.set("role", value(event, "role"), event.sequence());
                    case USER_DEACTIVATED -> account.set("active", "false", event.sequence());
                    case USER_REACTIVATED -> account.set("active", "true", event.sequence());
                    case USER_PASSWORD_CHANGED -> putCredential(account, event);
                    default -> { }
                }
            }
            for (UserAccount account : users.list()) {
                Told trail = told.get(account.login());
                if (trail == null || trail.added == 0) {
                    return Optional.of(new RecordCheck.Finding(0, Problem.of("audit.verify.account-unrecorded",
                            account.login())));
                }
                String hash = users.find(account.login()).orElseThrow().passwordHash();
                Map<String, String> held = Map.of("role", account.role().code(), "active",
                        Boolean.toString(account.active()), "credential", UserAccount.fingerprint(hash));
                for (Map.Entry<String, String> item : trail.values.entrySet()) {
                    if (!item.getValue().equals(held.get(item.getKey()))) {
                        long seq = trail.by.get(item.getKey());
                        return Optional.of(new RecordCheck.Finding(seq, Problem.of("audit.verify.account-differs",
                                account.login(), item.getKey(), held.get(item.getKey()), item.getValue(),
                                Long.toString(seq))));
                    }
                }
            }
            for (Map.Entry<String, Told> account : told.entrySet()) {
                if (account.getValue().added != 0 && users.find(account.getKey()).isEmpty()) {
                    return Optional.of(new RecordCheck.Finding(account.getValue().added, Problem.of(
                            "audit.verify.account-missing", account.getKey(),
                            Long.toString(account.getValue().added))));
                }
            }
            return Optional.empty();
        });
    }

    /** The credential the event recorded, when it recorded one (events from before fingerprints did not). */
    private static void putCredential(Told account, AuditEvent event) {
        String credential = value(event, "credential");
        if (credential != null) {
            account.set("credential", credential, event.sequence());
        }
    }

    private static String value(AuditEvent event, String field) {
        for (FieldChange change : event.changes()) {
            if (change.field().equals(field)) {
                return change.after();
            }
        }
        return null;
    }
}
