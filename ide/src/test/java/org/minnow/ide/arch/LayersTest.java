package org.minnow.ide.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.Test;

/**
 * Keeps the workbench's layers apart: the machine knows no JavaFX and no UI; view models know
 * no scene graph and no views; views reach the machine only through view models (they may hold
 * the immutable values the view models hand them: events, breakpoints, cache pictures).
 */
class LayersTest {
    private static final JavaClasses IDE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.minnow.ide");

    @Test
    void theMachineKnowsNoJavaFxAndNoUi() {
        noClasses().that().resideInAPackage("org.minnow.ide.machine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..",
                "org.minnow.ide.viewmodel..", "org.minnow.ide.panels..", "org.minnow.ide.app..")
            .check(IDE);
    }

    @Test
    void viewModelsKnowNoSceneGraphAndNoViews() {
        noClasses().that().resideInAPackage("org.minnow.ide.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..",
                "atlantafx..", "org.minnow.ide.panels..", "org.minnow.ide.app..")
            .check(IDE);
    }

    @Test
    void viewsReachTheMachineOnlyThroughViewModels() {
        DescribedPredicate<JavaClass> immutableValues = DescribedPredicate.describe("an immutable value",
            c -> c.getName().startsWith("org.minnow.kernel.event.Event")
                || c.getName().equals("org.minnow.ide.machine.IpcBreakpoint")
                || c.getName().startsWith("org.minnow.ide.machine.CacheInfo"));
        noClasses().that().resideInAPackage("org.minnow.ide.panels..")
            .should().dependOnClassesThat(DescribedPredicate.not(immutableValues).and(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("org.minnow.ide.machine..",
                    "org.minnow.hw..", "org.minnow.kernel..", "org.minnow.tool..", "org.minnow.ide.app..")))
            .check(IDE);
    }

    @Test
    void nothingBelowTheWorkbenchReachesUpIntoIt() {
        noClasses().that().resideInAnyPackage("org.minnow.ide.cli..", "org.minnow.ide.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.minnow.ide.panels..", "org.minnow.ide.viewmodel..")
            .check(IDE);
    }
}
