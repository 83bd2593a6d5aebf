package org.trustcase.app.cli;

import java.io.Console;

/**
 * Asks the person at the terminal for what the environment does not give (a login, a password), without echoing a
 * password; absent when no terminal is attached (a script, a pipe), so that a command never waits for an answer no
 * one can give.
 */
public interface Terminal {
    /** No terminal: nothing can be asked. */
    Terminal NONE = new Terminal() {
        @Override
        public boolean attached() {
            return false;
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }

        @Override
        public char[] readPassword(String prompt) {
            return null;
        }
    };

    boolean attached();

    /** The line typed, or {@code null} at the end of input. */
    String readLine(String prompt);

    /** The password typed, not echoed, or {@code null} at the end of input. */
    char[] readPassword(String prompt);

    /** The process's console, when it has one. */
    static Terminal system() {
        Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new Terminal() {
            @Override
            public boolean attached() {
                return true;
            }

            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            @Override
            public char[] readPassword(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
    }
}
