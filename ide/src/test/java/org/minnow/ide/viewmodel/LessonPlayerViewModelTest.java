package org.minnow.ide.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.ide.machine.CacheInfo;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.ProcessInfo;
import org.minnow.ide.machine.RunState;
import org.minnow.ide.machine.SystemImage;
import org.minnow.lessons.check.CacheFigure;
import org.minnow.lessons.check.Figures;
import org.minnow.lessons.check.Status;

/** The lesson player's model, without a window: the list, opening, steps beginning in order, figures, problems. */
class LessonPlayerViewModelTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "lessons-fixture");
    @TempDir
    Path work;
    private final WorkbenchModel workbench = new WorkbenchModel(DefaultSystem.choose(), MachineSettings.standard(), true);

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theListHoldsEveryLessonAndTheBrokenOnesWithTheirErrors() {
        LessonPlayerViewModel vm = workbench.lessons();
        vm.load(FIXTURE, work);
        assertThat(vm.entries()).extracting(LessonPlayerViewModel.Entry::id).containsExactly("01-hello", "02-broken");
        assertThat(vm.entries().get(0).broken()).isFalse();
        assertThat(vm.entries().get(1).errors()).singleElement().asString().endsWith("lesson.md:8: unknown check kind 'ipcc' "
            + "(the kinds are: ipc, process, rs, exit, console, cycles, cache)");
        assertThat(vm.messageProperty().get()).isEqualTo("1 lesson in " + FIXTURE + ", 1 with mistakes");
    }

    @Test
    void aBrokenOrUnknownLessonIsNotOpenedAndTheMessageSaysWhy() {
        LessonPlayerViewModel vm = workbench.lessons();
        vm.load(FIXTURE, work);
        vm.open("02-broken");
        assertThat(vm.lessonProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).startsWith("lesson 02-broken has mistakes: ").contains(":8: unknown check kind");
        vm.open("nosuch");
        assertThat(vm.messageProperty().get()).isEqualTo("no lesson nosuch");
    }

    @Test
    void anUnreadableLessonsFolderLeavesTheListEmptyAndSaysSo() {
        LessonPlayerViewModel vm = workbench.lessons();
        vm.load(work.resolve("nothing-here"), work);
        assertThat(vm.entries()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("cannot read the lessons folder " + work.resolve("nothing-here"));
    }

    @Test
    void stepsBeginInOrderAsTheStudentCompletesThem() throws InterruptedException {
        LessonPlayerViewModel vm = workbench.lessons();
        vm.load(FIXTURE, work);
        vm.open("01-hello");
        assertThat(vm.steps()).hasSize(3);
        assertThat(vm.steps().get(1).reasonProperty().get()).isEqualTo("the step did not begin");
        for (int i = 0; i < 2000 && vm.steps().get(0).statusProperty().get() != Status.PASSED; i++) {
            workbench.sample();
            Thread.sleep(10);
        }
        assertThat(vm.steps().get(0).statusProperty().get()).isEqualTo(Status.PASSED);
        assertThat(vm.steps().get(1).statusProperty().get()).isEqualTo(Status.PENDING);
        assertThat(vm.steps().get(1).reasonProperty().get()).contains("hello, lesson");
        assertThat(vm.steps().get(2).reasonProperty().get()).isEqualTo("the step did not begin");
        assertThat(vm.owns(work.resolve("01-hello").resolve("hello.c"))).isTrue();
        assertThat(vm.owns(FIXTURE.resolve("01-hello").resolve("hello.c"))).isFalse();
        vm.close();
        assertThat(vm.steps()).isEmpty();
        assertThat(vm.owns(work.resolve("01-hello").resolve("hello.c"))).isFalse();
    }

    @Test
    void hintsAreRevealedOneAtATimeUpToTheLast() {
        LessonPlayerViewModel vm = workbench.lessons();
        vm.load(FIXTURE, work);
        vm.open("01-hello");
        LessonStep two = vm.steps().get(1);
        assertThat(two.hintsShownProperty().get()).isZero();
        assertThat(two.revealHint()).isTrue();
        assertThat(two.revealHint()).isTrue();
        assertThat(two.revealHint()).isFalse();
        assertThat(two.hintsShownProperty().get()).isEqualTo(2);
    }

    @Test
    void figuresAreCountedByLevelAndOwnerAsTheHeadlessCheckCountsThem() {
        int kernelRoutine = 512;
        int pmOwner = 16 + 5; // slot 0
        CacheInfo l1 = new CacheInfo("L1", 1, 1, 16, new int[1], new int[1], new boolean[1],
            List.of(new CacheInfo.OwnerStats(kernelRoutine, "kernel: trap_entry", 10, 2),
                new CacheInfo.OwnerStats(pmOwner, "pm", 5, 1)));
        ProcessInfo pm = new ProcessInfo(0, 0, "pm", 0, "", 0, 0, 0, 0, true, "", new int[32], List.of(), List.of(), List.of());
        MachineSnapshot s = new MachineSnapshot(1, 1, RunState.RUNNING, "", "s", SystemImage.Kind.KERNEL, null, "i486",
            1234, 0, 0, 0, 0, List.of(pm), List.of(), 0, List.of(), List.of(l1), null);
        Figures f = LessonFigures.of(s);
        assertThat(f.cycle()).isEqualTo(1234);
        assertThat(f.cache("l1i", "all")).isEqualTo(new CacheFigure(15, 3));
        assertThat(f.cache("l1d", "kernel")).isEqualTo(new CacheFigure(10, 2));
        assertThat(f.cache("l1i", "pm")).isEqualTo(new CacheFigure(5, 1));
        assertThat(f.cache("l2", "all")).isNull();
    }

    @Test
    void compilerMessagesBecomeProblemsAtTheirLineAndColumn() {
        assertThat(LessonBuild.problems("server.c:19:31: error: no member 'm1_i9'\n    x = y;\n        ^\n"))
            .containsExactly(new ProgramBuilder.Problem(true, 19, 31, "no member 'm1_i9'"));
        assertThat(LessonBuild.problems("client.c: link: undefined symbol 'foo'"))
            .containsExactly(new ProgramBuilder.Problem(true, 0, 0, "link: undefined symbol 'foo'"));
        assertThat(UserlandRun.problemsIn(Path.of("/u"), Path.of("/u/commands/init/init.c"),
            List.of("commands/init/init.c:25:28: error: expected expression\n", "servers/pm/main.c:3:1: error: other file\n")))
            .containsExactly(new ProgramBuilder.Problem(true, 25, 28, "expected expression"));
    }
}
