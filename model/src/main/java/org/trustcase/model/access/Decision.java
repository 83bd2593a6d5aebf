package org.trustcase.model.access;

import java.util.List;
import java.util.Objects;

/**
 * The policy's answer: allowed, or refused with a stable code and its arguments (e.g.
 * {@code role-required} with {@code [legal-reviewer]}), never a sentence; the interfaces render it.
 */
public record Decision(boolean allowed, String code, List<String> arguments) {
    private static final Decision ALLOWED = new Decision(true, null, List.of());

    public Decision {
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        if (allowed && (code != null || !arguments.isEmpty())) {
            throw new IllegalArgumentException("an allowed use case has no refusal code");
        }
        if (!allowed && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a refusal needs a code");
        }
    }

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision refuse(String code, String... arguments) {
        return new Decision(false, code, List.of(arguments));
    }
}
