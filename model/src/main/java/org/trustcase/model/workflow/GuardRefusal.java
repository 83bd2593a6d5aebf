package org.trustcase.model.workflow;

/**
 * Why a guard blocks a transition.
 *
 * @param code a stable identifier of the rule (for translations and tests), e.g. {@code remedial-actions}
 * @param message the explanation in plain English, e.g. "cannot close: no remedial actions recorded"
 */
public record GuardRefusal(String code, String message) {
}
