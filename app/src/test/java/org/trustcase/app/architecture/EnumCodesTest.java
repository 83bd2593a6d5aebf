package org.trustcase.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.common.Coded;

/** The app's and the database's enums follow the model's convention: what is stored or shown has a {@link Coded} code. */
class EnumCodesTest {

    @Test
    void everyEnumThatIsStoredOrShownHasACode() {
        List<String> uncoded = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trustcase.app", "org.trustcase.persistence").stream()
                .filter(JavaClass::isEnum).filter(type -> !type.isAssignableTo(Coded.class))
                .map(JavaClass::getName).sorted().toList();
        // picocli reads OutputFormat, the draft's formats and the role names by their constants (text, json; pdf;
        // dpo, reviewer, manager), the register's file formats by their names (csv, xlsx, pdf); the others are never
        // written down
        assertThat(uncoded).containsExactly("org.trustcase.app.WorkspaceKind",
                "org.trustcase.app.cli.NotifyCommand$DraftFormat", "org.trustcase.app.cli.OutputFormat",
                "org.trustcase.app.cli.UserCommand$RoleName", "org.trustcase.app.register.RegisterFile$Format",
                "org.trustcase.app.ui.WorkspaceRequest$Kind", "org.trustcase.app.ui.casefile.LeaveDialog$Choice", "org.trustcase.app.ui.shell.Section",
                "org.trustcase.app.ui.shell.TrailStatus$State", "org.trustcase.app.ui.support.RepeatedFailures$Outcome");
    }
}
