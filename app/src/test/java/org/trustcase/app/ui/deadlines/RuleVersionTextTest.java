package org.trustcase.app.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.deadlines.RuleCatalog;

/** Under each clock: the rule it follows, how far that was checked, and the version for a rule that changed. */
class RuleVersionTextTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RuleCatalog rules = RuleCatalog.standard();

    @Test
    void aRuleThatNeverChangedSaysHowItWasChecked() {
        assertThat(RuleVersionText.of(rules.rule("GDPR-SA"), messages))
                .isEqualTo("GDPR Art. 33(1) \u00b7 checked against the law\u2019s own text on 2026-12-07");
    }

    @Test
    void eachVersionOfARuleThatChangedSaysWhenItIsInForce() {
        var california = rules.versions("US-CA-RESIDENTS");
        assertThat(RuleVersionText.of(california.get(0), messages)).endsWith("version in force until 2025-12-31");
        assertThat(RuleVersionText.of(california.get(1), messages)).contains("a secondary source")
                .endsWith("version in force from 2026-01-01");
    }

    @Test
    void anUnverifiedRuleSaysSo() {
        assertThat(RuleVersionText.of(rules.rule("VN-AUTHORITY"), messages)).contains("NOT VERIFIED");
    }
}
