package org.trustcase.model.users;

/**
 * Port: turns a password into a stored hash, salted and slow on purpose, and checks a password
 * against one. The hash carries its own parameters, so that hashes made with older parameters
 * still verify.
 */
public interface PasswordHasher {
    String hash(char[] password);

    boolean matches(char[] password, String storedHash);
}
