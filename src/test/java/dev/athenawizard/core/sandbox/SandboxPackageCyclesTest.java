package dev.athenawizard.core.sandbox;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The sandbox's packages depend on each other in one direction only: the root package wires the services together,
 * services use the shared pieces (http, iam, catalog, engine, trino, account), and nothing leads back. Every package
 * is its own slice, the root package included (a pattern like {@code sandbox.(**)} would leave the root out).
 */
@AnalyzeClasses(packages = SandboxPackageCyclesTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class SandboxPackageCyclesTest {
    static final String ROOT = "dev.athenawizard.core.sandbox";

    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("sandbox (root package)");
            }
            return name.startsWith(ROOT + ".") ? SliceIdentifier.of(name.substring(ROOT.length() + 1))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of the sandbox, its root package included";
        }
    };

    @ArchTest
    static final ArchRule sandbox_packages_are_free_of_cycles = slices().assignedFrom(EACH_PACKAGE)
            .should().beFreeOfCycles()
            .because("a package that both uses and is used by another cannot be understood, tested or moved alone");
}
