package org.trustcase.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;

/**
 * The model is plain Java: no UI, no SQL, no files, no other project module, and no package cycles.
 * Streams ({@code java.io.InputStream}) are allowed, to read the model's own classpath resources.
 */
@AnalyzeClasses(packages = "org.trustcase.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule noUiNoSqlNoFiles = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "javafx..", "java.sql..", "javax.sql..", "org.jooq..", "org.flywaydb..", "java.nio.file..",
            "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule noFileAccess = noClasses().should().dependOnClassesThat().belongToAnyOf(
            File.class, FileInputStream.class, FileOutputStream.class, FileReader.class, FileWriter.class,
            RandomAccessFile.class);

    @ArchTest
    static final ArchRule noOtherProjectModule = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.trustcase.persistence..", "org.trustcase.app..");

    @ArchTest
    static final ArchRule accessKnowsNoUseCase = noClasses().that().resideInAPackage("org.trustcase.model.access..")
            .should().dependOnClassesThat().resideInAnyPackage("org.trustcase.model.casework..",
                    "org.trustcase.model.assessment..", "org.trustcase.model.caseclocks..",
                    "org.trustcase.model.auditing..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.trustcase.model.(*)..").should().beFreeOfCycles();
}
