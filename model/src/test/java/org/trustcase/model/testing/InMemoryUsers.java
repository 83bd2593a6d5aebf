package org.trustcase.model.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.users.CaseAssignmentStore;
import org.trustcase.model.users.PasswordHasher;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.users.UserDirectory;

/** User accounts, their case assignments and a transparent "hash" (the password reversed), in memory. */
public final class InMemoryUsers implements UserDirectory, CaseAssignmentStore, PasswordHasher {
    private final Map<String, StoredAccount> accounts = new TreeMap<>();
    private final Map<CaseReference, Set<String>> assignments = new TreeMap<>(
            java.util.Comparator.comparing(CaseReference::toString));

    @Override
    public Optional<StoredAccount> find(String login) {
        return Optional.ofNullable(accounts.get(login));
    }

    @Override
    public List<UserAccount> list() {
        return accounts.values().stream().map(StoredAccount::account).toList();
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public void add(UserAccount account, String passwordHash) {
        if (accounts.putIfAbsent(account.login(), new StoredAccount(account, passwordHash)) != null) {
            throw new IllegalStateException("taken: " + account.login());
        }
    }

    @Override
    public void update(UserAccount account) {
        accounts.put(account.login(), new StoredAccount(account, accounts.get(account.login()).passwordHash()));
    }

    @Override
    public void setPasswordHash(String login, String passwordHash) {
        accounts.put(login, new StoredAccount(accounts.get(login).account(), passwordHash));
    }

    @Override
    public boolean isAssigned(CaseReference caseReference, String actorId) {
        return assignments.getOrDefault(caseReference, Set.of()).contains(actorId);
    }

    @Override
    public boolean assign(CaseReference caseReference, String login, Instant at) {
        return assignments.computeIfAbsent(caseReference, reference -> new TreeSet<>()).add(login);
    }

    @Override
    public boolean unassign(CaseReference caseReference, String login) {
        return assignments.getOrDefault(caseReference, new TreeSet<>()).remove(login);
    }

    @Override
    public List<String> assignedTo(CaseReference caseReference) {
        return new ArrayList<>(assignments.getOrDefault(caseReference, Set.of()));
    }

    @Override
    public String hash(char[] password) {
        return "h:" + new StringBuilder(new String(password)).reverse();
    }

    @Override
    public boolean matches(char[] password, String storedHash) {
        return hash(password).equals(storedHash);
    }

    /** Everything stored, to compare before and after. */
    public List<Object> state() {
        return List.of(new TreeMap<>(accounts), new TreeMap<>(assignments).toString());
    }
}
