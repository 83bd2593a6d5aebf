package org.trustcase.model.users;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.ValidationException;

/**
 * A local user account of the workspace: the login (what the audit trail records as who acted), the
 * full name shown beside it, the one role it has, and whether it may sign in. The password hash is
 * kept by the {@link UserDirectory} and never leaves it in an account.
 */
public record UserAccount(String login, String fullName, Role role, boolean active, Instant createdAt) {
    /** Lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit. */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    public static final int MAX_FULL_NAME = 200;

    public UserAccount {
        requireLogin(login, "login");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @throws ValidationException naming {@code field} when {@code login} is not a valid login */
    public static String requireLogin(String login, String field) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new ValidationException(field, "account.invalid-login", login == null ? "" : login);
        }
        return login;
    }

    /** True when {@code text} could be a login (what a failed sign-in may record as who tried). */
    public static boolean isLogin(String text) {
        return text != null && LOGIN.matcher(text).matches();
    }

    /**
     * What the audit trail records of a stored password hash: its SHA-256, so that a hash replaced outside Trustcase
     * shows, while the trail says nothing of the password (the hash itself is salted and slow to attack; its digest
     * is no help).
     */
    public static String fingerprint(String passwordHash) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Who this user acts as once signed in. */
    public Actor actor() {
        return new Actor(login, login, Set.of(role));
    }

    public UserAccount withRole(Role changed) {
        return new UserAccount(login, fullName, changed, active, createdAt);
    }

    public UserAccount withActive(boolean changed) {
        return new UserAccount(login, fullName, role, changed, createdAt);
    }
}
