package org.trustcase.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jooq.SQLDialect;

/**
 * The app's layers: the screens never talk SQL nor reach persistence directly (only the
 * composition root does); the command line never needs JavaFX; the composition root keeps no
 * state in static fields; no package cycles.
 */
@AnalyzeClasses(packages = "org.trustcase", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule uiUsesNoSqlAndNoPersistence = noClasses().that().resideInAPackage("org.trustcase.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jooq..", "org.flywaydb..",
                    "org.trustcase.persistence..");

    @ArchTest
    static final ArchRule cliNeedsNoJavaFx = noClasses().that().resideInAPackage("org.trustcase.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.trustcase.app.ui..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootOpensPersistence = noClasses().that()
            .resideInAPackage("org.trustcase.app..")
            .and().resideOutsideOfPackages("org.trustcase.app.bootstrap..")
            .and().doNotHaveFullyQualifiedName("org.trustcase.app.Main")
            .should().dependOnClassesThat().resideInAPackage("org.trustcase.persistence..");

    @ArchTest
    static final ArchRule modelAndPersistenceKnowNoJavaFx = noClasses().that()
            .resideInAnyPackage("org.trustcase.model..", "org.trustcase.persistence..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyTheSqlitePackageKnowsSqlite = noClasses().that()
            .resideOutsideOfPackage("org.trustcase.persistence.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("org.sqlite..")
            .orShould().accessField(SQLDialect.class, SQLDialect.SQLITE.name());

    @ArchTest
    static final ArchRule compositionRootKeepsNoStaticState = fields().that()
            .areDeclaredInClassesThat().resideInAPackage("org.trustcase.app.bootstrap..")
            .and().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().beFinal().andShould().haveRawType(DescribedPredicate.describe("a constant type",
                    (JavaClass type) -> type.isPrimitive() || type.isEquivalentTo(String.class)));

    @ArchTest
    static final ArchRule noCyclesBetweenAppPackages = slices().matching("org.trustcase.app.(*)..").should()
            .beFreeOfCycles();
}
