package org.trustcase.model.common;

/**
 * An enum whose codes name messages of the domain (lines of an explanation, reasons of a suggestion or
 * of a clock, notes of the audit trail): each code has a sentence in every language of the interfaces,
 * and is stored with its arguments as a {@link Problem}.
 */
public interface MessageCode extends Coded {
    /** The message of this code with its arguments. */
    default Problem with(Object... args) {
        return Problem.of(code(), args);
    }
}
