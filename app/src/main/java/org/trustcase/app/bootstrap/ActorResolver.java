package org.trustcase.app.bootstrap;

import java.util.Map;
import java.util.Set;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;

/**
 * Who is acting: {@code TRUSTCASE_USER} when set, else the operating system's user name, as both
 * the id and the name the audit trail records. Until users and roles exist, everyone is a DPO.
 */
public final class ActorResolver {
    public static final String USER_VARIABLE = "TRUSTCASE_USER";

    private ActorResolver() {
    }

    public static Actor resolve(Map<String, String> environment, String osUserName) {
        String configured = environment.get(USER_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return dpo(configured.strip());
        }
        return dpo(osUserName == null || osUserName.isBlank() ? "unknown" : osUserName);
    }

    private static Actor dpo(String login) {
        return new Actor(login, login, Set.of(Role.DPO));
    }

    public static Actor fromSystem() {
        return resolve(System.getenv(), System.getProperty("user.name"));
    }
}
