package org.trustcase.app.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustcase.model.common.Role;

class ActorResolverTest {

    @Test
    void trustcaseUserWinsOverTheOsUser() {
        assertThat(ActorResolver.resolve(Map.of("TRUSTCASE_USER", " anna.dpo "), "root").name()).isEqualTo("anna.dpo");
    }

    @Test
    void theOsUserIsTheFallback() {
        assertThat(ActorResolver.resolve(Map.of(), "jan").name()).isEqualTo("jan");
        assertThat(ActorResolver.resolve(Map.of("TRUSTCASE_USER", "  "), "jan").name()).isEqualTo("jan");
        assertThat(ActorResolver.resolve(Map.of(), null).name()).isEqualTo("unknown");
    }

    @Test
    void everyoneIsADpoKnownByTheirLogin() {
        var actor = ActorResolver.resolve(Map.of("TRUSTCASE_USER", "anna.dpo"), "root");
        assertThat(actor.id()).isEqualTo("anna.dpo");
        assertThat(actor.roles()).containsExactly(Role.DPO);
        assertThat(ActorResolver.resolve(Map.of(), "jan").roles()).containsExactly(Role.DPO);
    }
}
