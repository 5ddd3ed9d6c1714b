package org.minnow.ide.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.ide.machine.SystemImage;

/** The editor's builds with Minnow's toolchain: problems at line and column, and something to boot. */
class ProgramBuilderTest {
    @Test
    void aCProgramBecomesABareMetalProgramWithLineInformation() {
        ProgramBuilder.Result r = ProgramBuilder.build("hello.c", "int x;\nint main(void) {\n    x = 1;\n    return 0;\n}\n");
        assertThat(r.ok()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.system().kind()).isEqualTo(SystemImage.Kind.BARE_METAL);
        assertThat(r.system().note()).contains("no userland");
        assertThat(r.assembly()).contains("main:");
        assertThat(r.lines()).anyMatch(row -> row.line() == 3 && row.file().endsWith("hello.c"));
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() {
        ProgramBuilder.Result r = ProgramBuilder.build("bad.c", "int main(void) {\n    return 0\n}\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).first().satisfies(p -> {
            assertThat(p.error()).isTrue();
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("';'");
        });
    }

    @Test
    void anAssemblyProgramIsBootedByTheKernelInItsSlot() {
        ProgramBuilder.Result r = ProgramBuilder.build("loop.s", "        .globl _start\n_start: j _start\n");
        assertThat(r.ok()).isTrue();
        assertThat(r.system().kind()).isEqualTo(SystemImage.Kind.KERNEL);
        assertThat(r.system().bootImage().processes()).singleElement()
            .satisfies(p -> assertThat(p.slot()).isEqualTo(ProgramBuilder.PROGRAM_SLOT));
    }

    @Test
    void anAssemblyErrorNamesItsLine() {
        ProgramBuilder.Result r = ProgramBuilder.build("bad.s", "        .globl _start\n_start: frobnicate a0\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).first().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void anUndefinedFunctionIsALinkError() {
        ProgramBuilder.Result r = ProgramBuilder.build("u.c", "int nowhere(void);\nint main(void) { return nowhere(); }\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.message().startsWith("link: ") && p.message().contains("nowhere"));
    }
}
