package org.trustcase.app.cli;

/** How a command prints what it reads: {@code text} for people, {@code json} for scripts. */
public enum OutputFormat {
    text,
    json
}
