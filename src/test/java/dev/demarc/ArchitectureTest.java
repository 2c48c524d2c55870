package dev.demarc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.demarc");
    }

    @Test
    void onlyTheUiTouchesJavaFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackages("dev.demarc.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfDemarc() {
        noClasses().that().resideInAPackage("dev.demarc.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.demarc.catalog..", "dev.demarc.analysis..",
                        "dev.demarc.io..", "dev.demarc.report..", "dev.demarc.grade..", "dev.demarc.cli..",
                        "dev.demarc.ui..")
                .check(classes);
    }

    @Test
    void modelHasNoThirdPartyDependencies() {
        classes().that().resideInAPackage("dev.demarc.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.demarc.model..", "java..")
                .check(classes);
    }

    @Test
    void catalogDependsOnlyOnModel() {
        noClasses().that().resideInAPackage("dev.demarc.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.demarc.analysis..", "dev.demarc.io..",
                        "dev.demarc.report..", "dev.demarc.grade..", "dev.demarc.cli..", "dev.demarc.ui..")
                .check(classes);
    }

    @Test
    void analysisAndIoDoNotKnowEachOtherOrTheFrontEnds() {
        noClasses().that().resideInAPackage("dev.demarc.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.demarc.io..", "dev.demarc.report..",
                        "dev.demarc.grade..", "dev.demarc.cli..", "dev.demarc.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.demarc.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.demarc.analysis..", "dev.demarc.report..",
                        "dev.demarc.grade..", "dev.demarc.cli..", "dev.demarc.ui..")
                .check(classes);
    }

    @Test
    void editingIsPlainJavaOverModelAndCatalog() {
        classes().that().resideInAPackage("dev.demarc.edit..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.demarc.edit..", "dev.demarc.model..",
                        "dev.demarc.catalog..", "java..")
                .check(classes);
    }

    @Test
    void gradingIsPlainJavaOverModelCatalogAnalysisAndIo() {
        classes().that().resideInAPackage("dev.demarc.grade..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.demarc.grade..", "dev.demarc.model..",
                        "dev.demarc.catalog..", "dev.demarc.analysis..", "dev.demarc.io..", "dev.demarc.spreadsheet..",
                        "com.fasterxml.jackson..",
                        "java..")
                .check(classes);
    }

    @Test
    void quizIsPlainJavaOverModelCatalogAnalysisAndIo() {
        classes().that().resideInAPackage("dev.demarc.quiz..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.demarc.quiz..", "dev.demarc.model..",
                        "dev.demarc.catalog..", "dev.demarc.analysis..", "dev.demarc.io..", "dev.demarc.spreadsheet..",
                        "com.fasterxml.jackson..",
                        "java..")
                .check(classes);
    }

    @Test
    void recoveryIsPlainJavaOverIoAndModel() {
        classes().that().resideInAPackage("dev.demarc.recovery..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.demarc.recovery..", "dev.demarc.io..",
                        "dev.demarc.model..", "java..")
                .check(classes);
    }

    @Test
    void reportsAreSharedByCliAndUiButKnowNeither() {
        noClasses().that().resideInAPackage("dev.demarc.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.demarc.grade..", "dev.demarc.cli..",
                        "dev.demarc.ui..")
                .check(classes);
    }

    @Test
    void cliAndUiAreIndependentFrontEnds() {
        noClasses().that().resideInAPackage("dev.demarc.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.demarc.ui..").check(classes);
        noClasses().that().resideInAPackage("dev.demarc.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.demarc.cli..").check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.demarc.(**)").should().beFreeOfCycles().check(classes);
    }
}
