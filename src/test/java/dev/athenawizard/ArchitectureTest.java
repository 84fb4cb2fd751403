package dev.athenawizard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The layering of DESIGN.md: a screen-free core, and wizard steps that only meet through the shell. */
@AnalyzeClasses(packages = "dev.athenawizard",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_knows_nothing_of_javafx = noClasses()
            .that().resideInAPackage("dev.athenawizard.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
            .because("core must run and be tested without a screen");

    @ArchTest
    static final ArchRule core_does_not_use_the_ui_or_cli = noClasses()
            .that().resideInAPackage("dev.athenawizard.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.athenawizard.ui..", "dev.athenawizard.cli..");

    @ArchTest
    static final ArchRule steps_do_not_import_each_other = SlicesRuleDefinition.slices()
            .matching("dev.athenawizard.ui.steps.(*)..")
            .should().notDependOnEachOther()
            .because("steps exchange typed values through the shell, never by reaching into another step");

    @ArchTest
    static final ArchRule cli_does_not_use_javafx = noClasses()
            .that().resideInAPackage("dev.athenawizard.cli..")
            .and().doNotHaveSimpleName("GuiLauncher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.athenawizard.ui..");

    /**
     * Each package may depend on another only one way: leaf types (FxThread, Version, …) live in leaf packages.
     */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = SlicesRuleDefinition.slices()
            .matching("dev.athenawizard.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_fx_thread_helper_hops_to_the_fx_thread = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.athenawizard.ui.async.FxThread")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("results reach the screen through one helper (DESIGN.md, Threads)");
}
