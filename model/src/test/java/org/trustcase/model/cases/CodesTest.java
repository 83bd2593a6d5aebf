package org.trustcase.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;

class CodesTest {

    @Test
    void codesAreKebabCaseAndParseCaseInsensitively() {
        assertThat(DataCategory.SEX_LIFE_ORIENTATION.code()).isEqualTo("sex-life-orientation");
        assertThat(Coded.parse(ReportChannel.class, " Web-Form ", "channel")).isEqualTo(ReportChannel.WEB_FORM);
    }

    @Test
    void findTakesOnlyAnExactCode() {
        assertThat(Coded.find(ReportChannel.class, "web-form")).contains(ReportChannel.WEB_FORM);
        assertThat(Coded.find(ReportChannel.class, "WEB_FORM")).isEmpty();
        assertThat(Coded.find(ReportChannel.class, "fax")).isEmpty();
        assertThat(Coded.find(ReportChannel.class, null)).isEmpty();
    }

    @Test
    void statusIsFoundByNameAsTheAuditTrailRecordsIt() {
        assertThat(CaseStatus.find("NOT_A_BREACH")).contains(CaseStatus.NOT_A_BREACH);
        assertThat(CaseStatus.find("done")).isEmpty();
        assertThat(CaseStatus.find(null)).isEmpty();
    }

    @Test
    void unknownCodeNamesFieldAndAcceptedValues() {
        assertThatThrownBy(() -> Coded.parse(BreachType.class, "secrecy", "breachTypes[0]"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("breachTypes[0]: validation.unknown-value(secrecy, [confidentiality, integrity, availability])");
    }

    @Test
    void statusAcceptsNamesAndCodes() {
        assertThat(CaseStatus.parse("not-a-breach", "status")).isEqualTo(CaseStatus.NOT_A_BREACH);
        assertThat(CaseStatus.parse("Triage", "status")).isEqualTo(CaseStatus.TRIAGE);
        assertThatThrownBy(() -> CaseStatus.parse("DONE", "status")).hasMessage("status: case-status.unknown(DONE)");
        assertThatThrownBy(() -> CaseStatus.parse(null, "STATUS")).hasMessage(
                "STATUS: case-status.unknown(null)");
    }

    @Test
    void statusCodesAreTheOnesWorkspacesHold() {
        assertThat(Arrays.stream(CaseStatus.values()).map(CaseStatus::code))
                .containsExactly("new", "triage", "investigating", "notifying", "closed", "not-a-breach");
    }

    @Test
    void everyEnumOfTheModelThatIsWrittenDownHasACode() {
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        List<String> uncoded = importer.importPackages("org.trustcase.model").stream()
                .filter(JavaClass::isEnum).filter(type -> !type.isAssignableTo(Coded.class))
                .map(JavaClass::getName).sorted().toList();
        // CaseField has its own JSON keys (awareAt); the others never leave the model
        assertThat(uncoded).containsExactly("org.trustcase.model.access.UseCase$Kind",
                "org.trustcase.model.caseclocks.AlertWindow",
                "org.trustcase.model.caselist.CaseSort", "org.trustcase.model.cases.CaseField",
                "org.trustcase.model.cases.DataCategory$Sensitivity",
                "org.trustcase.model.workflow.TransitionKind");
    }

    @Test
    void referencesFormatAndParse() {
        CaseReference reference = CaseReference.parse("tc-2026-0042");
        assertThat(reference).isEqualTo(new CaseReference(2026, 42));
        assertThat(reference).hasToString("TC-2026-0042");
        assertThat(new CaseReference(2026, 12345)).hasToString("TC-2026-12345");
        assertThat(new CaseReference(2025, 9)).isLessThan(new CaseReference(2026, 1));
        assertThatThrownBy(() -> CaseReference.parse("2026-42"))
                .hasMessage("reference: case-reference.invalid(2026-42)");
    }
}
