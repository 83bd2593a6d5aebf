package org.trustcase.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final String ROOT = "org.trustcase.persistence";
    private static final JavaClasses PERSISTENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void persistenceUsesNoJavaFx() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(PERSISTENCE);
    }

    @Test
    void onlyTheSqlitePackageKnowsSqlite() {
        // the driver, its settings and the dialect stay in the engine's package: another engine is a new package
        noClasses().that().resideOutsideOfPackage(ROOT + ".sqlite..")
                .should().dependOnClassesThat().resideInAPackage("org.sqlite..")
                .orShould().accessField(SQLDialect.class, SQLDialect.SQLITE.name())
                .check(PERSISTENCE);
    }

    @Test
    void persistencePackagesAreFreeOfCycles() {
        // the root package takes part too (it assembles the sub-packages, which must never reach back);
        // the generated jOOQ code is left out
        slices().assignedFrom(new PackageSlices()).should().beFreeOfCycles().check(PERSISTENCE);
    }

    private static final class PackageSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals(ROOT)) {
                return SliceIdentifier.of("(root)");
            }
            if (!pkg.startsWith(ROOT + ".") || pkg.startsWith(ROOT + ".jooq")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(pkg.substring(ROOT.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the packages of " + ROOT + " (without the generated jooq code)";
        }
    }
}
