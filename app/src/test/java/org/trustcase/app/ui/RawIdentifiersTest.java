package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.common.Coded;
import org.trustcase.model.deadlines.RuleCatalog;
import org.trustcase.model.deadlines.RuleFlag;

/**
 * No raw identifier reaches the window: every screen of the demo workspace is read as the user sees it (labels, table
 * cells, texts; not what the user typed into fields), and none may show a stored code ({@code very-high},
 * {@code nis2-entity}, {@code not-a-breach}), a field key ({@code awareGapReason}) or a technical zone id.
 */
@ExtendWith(ApplicationExtension.class)
class RawIdentifiersTest extends DemoWindowTest {
    private static final Pattern TECHNICAL_ZONE = Pattern.compile("\\bEtc/[A-Za-z0-9+-]+");
    /** A camel-case key ({@code notifyAuthority}), which no English word is. */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    /** Codes that are also plain English compounds ("the data-subject decision"). */
    private static final Set<String> ENGLISH = Set.of("data-subject");

    @Start
    void start(Stage stage) {
        showDemo(stage);
    }

    /** The codes and keys a user must never read: hyphenated enum codes, rule flags, camel-case field keys. */
    private static Set<String> identifiers() {
        Set<String> raw = new LinkedHashSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trustcase").stream().filter(JavaClass::isEnum)
                .filter(type -> type.isAssignableTo(Coded.class))
                .flatMap(type -> Stream.of(type.reflect().getEnumConstants()))
                .map(constant -> ((Coded) constant).code()).filter(code -> code.contains("-")).forEach(raw::add);
        RuleCatalog.standard().flags().stream().map(RuleFlag::code).filter(code -> code.contains("-")).forEach(raw::add);
        Stream.of(CaseField.values()).map(CaseField::key).filter(key -> !key.equals(key.toLowerCase())).forEach(raw::add);
        raw.removeAll(ENGLISH);
        return raw;
    }

    @Test
    void everyRuleFlagAndDeadlineEventHasWords() {
        var messages = org.trustcase.app.ui.support.Messages.forLocale(java.util.Locale.ENGLISH);
        for (RuleFlag flag : RuleCatalog.standard().flags()) {
            assertThat(messages.has("flag." + flag.code())).as("a label for the flag " + flag.code()).isTrue();
        }
        for (org.trustcase.model.deadlines.DeadlineEvent event : org.trustcase.model.deadlines.DeadlineEvent.values()) {
            assertThat(messages.has("event." + event.code())).as("words for the event " + event.code()).isTrue();
        }
        assertThat(messages.termName("flag", "nis2-entity")).isEqualTo("“NIS2 essential or important entity”");
        assertThat(messages.termName("event", "initial-notification")).isEqualTo("the initial notification");
    }

    private static void texts(Node node, List<String> into) {
        if (!node.isVisible() || node instanceof TextInputControl) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            into.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null) {
            // a text of its own, or a cell's wrapping text shown as its graphic
            into.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts(child, into));
        }
    }

    private List<String> offending(FxRobot robot, Set<String> raw) {
        List<String> shown = new ArrayList<>();
        robot.interact(() -> texts(window.root(), shown));
        List<String> found = new ArrayList<>();
        for (String text : shown) {
            for (String identifier : raw) {
                if (Pattern.compile("(?<![\\w-])" + Pattern.quote(identifier) + "(?![\\w-])").matcher(text).find()) {
                    found.add(identifier + " in \"" + text + "\"");
                }
            }
            if (TECHNICAL_ZONE.matcher(text).find()) {
                found.add("zone id in \"" + text + "\"");
            }
            if (CAMEL_CASE.matcher(text).find()) {
                found.add("key in \"" + text + "\"");
            }
        }
        return found;
    }

    @Test
    void noScreenShowsARawCodeOrFieldKey(FxRobot robot) {
        Set<String> raw = identifiers();
        assertThat(raw).as("the identifiers are found").contains("not-a-breach", "very-high", "nis2-entity",
                "awareGapReason");
        List<String> found = new ArrayList<>();
        settle();
        found.addAll(offending(robot, raw));
        for (String section : List.of("#nav-cases", "#nav-deadlines", "#nav-settings")) {
            robot.clickOn(section);
            settle();
            found.addAll(offending(robot, raw));
        }
        // every demo case: their assessments, decisions, clocks and audit trails differ
        for (var breachCase : org.trustcase.app.testing.TestContexts.allCases(context)) {
            String reference = breachCase.reference().toString();
            robot.interact(() -> window.navigation().openCase(breachCase.reference()));
            settle();
            for (String tab : List.of("#case-tab-overview", "#case-tab-assessment", "#case-tab-deadlines",
                    "#case-tab-audit")) {
                robot.clickOn(tab);
                settle();
                if (robot.lookup("#checklist-toggle").tryQuery().isPresent() && shown(robot, "#case-checklist")) {
                    checklist(robot);
                }
                found.addAll(offending(robot, raw));
            }
        }
        assertThat(found).as("raw identifiers shown").isEmpty();
    }
}
