package org.trustcase.app.cli;

import java.util.Map;
import java.util.Objects;
import org.trustcase.app.AppContext;
import org.trustcase.model.common.ValidationException;

/**
 * Who runs a command: {@value #USER} and {@value #PASSWORD} from the environment, or asked at the terminal when
 * they are absent and one is attached. A new account's password comes from {@value #NEW_PASSWORD}, or is asked
 * twice.
 */
final class Credentials {
    static final String USER = "TRUSTCASE_USER";
    static final String PASSWORD = "TRUSTCASE_PASSWORD";
    static final String NEW_PASSWORD = "TRUSTCASE_NEW_PASSWORD";

    private final Map<String, String> environment;
    private final Terminal terminal;

    Credentials(Map<String, String> environment, Terminal terminal) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    /** True when a login can be had, from the environment or by asking. */
    boolean available() {
        return present(USER) || terminal.attached();
    }

    String login() {
        if (present(USER)) {
            return environment.get(USER).strip();
        }
        String typed = terminal.attached() ? terminal.readLine("Trustcase user: ") : null;
        if (typed == null || typed.isBlank()) {
            throw new ValidationException(USER, "cli.no-credentials", USER, PASSWORD);
        }
        return typed.strip();
    }

    char[] password(String login) {
        if (present(PASSWORD)) {
            return environment.get(PASSWORD).toCharArray();
        }
        char[] typed = terminal.attached() ? terminal.readPassword("Password for " + login + ": ") : null;
        if (typed == null) {
            throw new ValidationException(PASSWORD, "cli.no-credentials", USER, PASSWORD);
        }
        return typed;
    }

    /** The password of a new account for {@code login}: from the environment, or typed twice alike. */
    char[] newPassword(String login) {
        if (present(NEW_PASSWORD)) {
            return environment.get(NEW_PASSWORD).toCharArray();
        }
        if (!terminal.attached()) {
            throw new ValidationException(NEW_PASSWORD, "cli.no-new-password", NEW_PASSWORD);
        }
        char[] first = terminal.readPassword("New password for " + login + ": ");
        char[] again = terminal.readPassword("The same password again: ");
        if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
            throw new ValidationException(NEW_PASSWORD, "cli.passwords-differ");
        }
        return first;
    }

    /** Signs the person running the command in to {@code context}, unless someone is signed in already. */
    void signIn(AppContext context) {
        if (context.signedIn()) {
            return;
        }
        if (context.users().noAccounts()) {
            throw new ValidationException(USER, "cli.no-accounts");
        }
        String login = login();
        char[] password = password(login);
        try {
            context.users().authenticate(login, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private boolean present(String name) {
        String value = environment.get(name);
        return value != null && !value.isEmpty();
    }
}
