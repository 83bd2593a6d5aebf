package org.trustcase.model.access;

import java.util.Optional;
import java.util.function.Supplier;
import org.trustcase.model.common.Actor;

/**
 * Who is signed in to an open workspace: the actor every use case is performed as, checked by the
 * policy and stamped on every audit event. Empty until someone signs in and after they sign out; a
 * use case asked for then is refused ({@link NotSignedInException}). Read from background tasks
 * while the window signs in and out, hence volatile.
 */
public final class Session implements Supplier<Actor> {
    private volatile Actor current;

    /** A session nobody is signed in to yet. */
    public Session() {
    }

    /** A session {@code actor} is signed in to already (tools, tests, the demo's story). */
    public static Session signedIn(Actor actor) {
        Session session = new Session();
        session.signIn(actor);
        return session;
    }

    /** The signed-in actor. @throws NotSignedInException when nobody is signed in */
    @Override
    public Actor get() {
        Actor actor = current;
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }

    public Optional<Actor> current() {
        return Optional.ofNullable(current);
    }

    /** Signs {@code actor} in: only the user service calls this, once the password was checked. */
    public void signIn(Actor actor) {
        current = java.util.Objects.requireNonNull(actor, "actor");
    }

    public void signOut() {
        current = null;
    }
}
