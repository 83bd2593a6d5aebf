package org.trustcase.model.users;

import java.util.List;
import java.util.Optional;

/**
 * Port: the workspace's user accounts with their password hashes. Called inside the user service's
 * transactions.
 */
public interface UserDirectory {
    /** An account with its stored password hash. */
    record StoredAccount(UserAccount account, String passwordHash) {
    }

    Optional<StoredAccount> find(String login);

    /** Every account, by login. */
    List<UserAccount> list();

    long count();

    /** Adds a new account. @throws IllegalStateException when the login is taken (checked before) */
    void add(UserAccount account, String passwordHash);

    /** Replaces the account's role and whether it may sign in. */
    void update(UserAccount account);

    void setPasswordHash(String login, String passwordHash);
}
