package org.trustcase.app.bootstrap;

import java.util.Map;
import org.trustcase.model.common.Actor;

/** Who is acting: {@code TRUSTCASE_USER} when set, else the operating system's user name. */
public final class ActorResolver {
    public static final String USER_VARIABLE = "TRUSTCASE_USER";

    private ActorResolver() {
    }

    public static Actor resolve(Map<String, String> environment, String osUserName) {
        String configured = environment.get(USER_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new Actor(configured.strip());
        }
        return new Actor(osUserName == null || osUserName.isBlank() ? "unknown" : osUserName);
    }

    public static Actor fromSystem() {
        return resolve(System.getenv(), System.getProperty("user.name"));
    }
}
