package org.trustcase.model.users;

import java.util.List;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;

/**
 * A sign-in was refused. Whether the login exists, the password was wrong or the account is deactivated is not
 * told apart, so that logins cannot be guessed from the answer.
 */
public final class SignInFailedException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public SignInFailedException() {
        super(List.of(Problem.of("account.sign-in-failed")));
    }
}
