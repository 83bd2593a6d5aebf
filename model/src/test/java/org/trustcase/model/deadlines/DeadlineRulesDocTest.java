package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/deadline-rules.md lists every version of every rule with its verification level and the period it is in force. */
class DeadlineRulesDocTest {
    @Test
    void everyRuleIsListedWithItsVerificationAndPeriod() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("..", "docs", "deadline-rules.md")).stream()
                .filter(line -> line.startsWith("| `")).toList();
        for (DeadlineRule rule : RuleCatalog.standard().allVersions()) {
            String period = rule.dated() ? (rule.effectiveFrom() == null ? "" : rule.effectiveFrom().toString()) + ".."
                    + (rule.effectiveUntil() == null ? "" : rule.effectiveUntil().toString()) : "always";
            assertThat(rows).as("%s in force %s", rule.id(), period).anySatisfy(row -> assertThat(row)
                    .startsWith("| `" + rule.id() + "` |").contains("| " + period + " |")
                    .contains(rule.verification().code()).contains(rule.source()));
        }
    }
}
