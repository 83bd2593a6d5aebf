package org.trustcase.model.access;

import java.util.List;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;

/**
 * The access policy refused a use case; nothing was done except recording the refusal in the audit
 * trail. Carries the use case, the case (or {@code null}) and the policy's code and arguments for
 * the interfaces to render; the message is the same facts in a technical form, for logs.
 */
public final class AccessDeniedException extends TrustcaseException {
    private static final long serialVersionUID = 1L;
    private final UseCase useCase;
    private final transient CaseReference caseReference;
    private final String code;
    private final transient List<String> arguments;

    public AccessDeniedException(UseCase useCase, CaseReference caseReference, Decision refusal) {
        super("access-refused " + useCase.code() + (caseReference == null ? "" : " " + caseReference) + " "
                + refusal.code() + refusal.arguments(), List.of(problem(useCase, caseReference, refusal)), null);
        if (refusal.allowed()) {
            throw new IllegalArgumentException("not a refusal: " + refusal);
        }
        this.useCase = useCase;
        this.caseReference = caseReference;
        this.code = refusal.code();
        this.arguments = refusal.arguments();
    }

    /**
     * {@code access.refused(use case, policy)}, or {@code access.refused-on(use case, case, policy)}
     * when a case was named; the policy's part is {@code access.policy(code)} or {@code
     * access.policy-with(code, [arguments])}.
     */
    private static Problem problem(UseCase useCase, CaseReference caseReference, Decision refusal) {
        String code = refusal.code() == null ? "" : refusal.code();
        Problem policy = refusal.arguments().isEmpty() ? Problem.of("access.policy", code)
                : Problem.of("access.policy-with", code, refusal.arguments());
        return caseReference == null ? Problem.of("access.refused", useCase.code(), policy)
                : Problem.of("access.refused-on", useCase.code(), caseReference.toString(), policy);
    }

    public UseCase useCase() {
        return useCase;
    }

    /** The case the use case was asked for, or {@code null}. */
    public CaseReference caseReference() {
        return caseReference;
    }

    /** The policy's stable refusal code. */
    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
