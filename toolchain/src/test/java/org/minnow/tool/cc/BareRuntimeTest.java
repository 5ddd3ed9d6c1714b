package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.StopReason;

/**
 * The bare-metal platform under the C library, with programs built by GCC: start-up code
 * assembled by minnow as works as well as GNU as's, a trap ends the run with a message and a
 * signal-like status, malloc catches a double free, and the memory layout (stack at 16 MiB, heap
 * up to 1 MiB below it) holds on a 16 MiB machine. Skipped without GCC.
 */
class BareRuntimeTest {
    @TempDir
    Path work;

    private static Path program(String name) {
        return Corpus.resourceDir("cc/runtime").resolve(name + ".c");
    }

    private BareMetalRun.Outcome build(GccBuild gcc, String name) {
        return BareMetalRun.run(gcc.build(program(name), "-O2", work.resolve(name)), name, new byte[0]);
    }

    @Test
    void startupAndSetjmpAssembledByMinnowAsRunTheCorpusTheSame() {
        GccBuild.require();
        GccBuild gcc = new GccBuild(work, true);
        Path corpus = Corpus.resourceDir("cc/corpus");
        for (String name : List.of("000_hello", "106_large_static_array", "280_setjmp_longjmp", "281_setjmp_error_handling",
                "283_assert_fails", "370_all_headers")) {
            Corpus.Program p = new Corpus.Program(name, corpus.resolve(name + ".c"), corpus.resolve(name + ".expected"),
                    corpus.resolve(name + ".input"));
            BareMetalRun.Outcome o = BareMetalRun.run(gcc.build(p.source(), "-O0", work.resolve(name)), name, p.inputBytes());
            assertThat(o.expectation()).as(name).isEqualTo(p.expectation());
        }
    }

    @Test
    void aLoadFromNowhereEndsTheRunWithAMessageAndStatus139() {
        GccBuild.require();
        BareMetalRun.Outcome o = build(new GccBuild(work), "bad_load");
        assertThat(o.reason()).isEqualTo(StopReason.FINISHED);
        assertThat(o.status()).isEqualTo(139);
        assertThat(o.output()).matches("before the bad load\n\nfatal trap: load access fault \\(mcause 5\\) "
                + "at pc 0x8000[0-9a-f]{4}, mtval 0x00000040\n");
    }

    @Test
    void anIllegalInstructionEndsTheRunWithStatus132() {
        GccBuild.require();
        BareMetalRun.Outcome o = build(new GccBuild(work), "illegal_instruction");
        assertThat(o.status()).isEqualTo(132);
        assertThat(o.output()).startsWith("before the illegal instruction\n\nfatal trap: illegal instruction (mcause 2) at pc 0x8000")
            .doesNotContain("not reached");
    }

    @Test
    void trapsEndTheSameWayUnderQemu() throws Exception {
        GccBuild.require();
        assumeTrue(Qemu.installed(), "qemu-system-riscv32 is not installed");
        GccBuild gcc = new GccBuild(work);
        for (String name : List.of("bad_load", "illegal_instruction")) {
            byte[] elf = gcc.build(program(name), "-O2", work.resolve(name));
            Path file = Files.write(work.resolve(name + ".elf"), elf);
            assertThat(Qemu.run(file, new byte[0]).expectation()).as(name)
                .isEqualTo(BareMetalRun.run(elf, name, new byte[0]).expectation());
        }
    }

    @Test
    void freeingABlockTwiceAbortsWithAMessage() {
        GccBuild.require();
        BareMetalRun.Outcome o = build(new GccBuild(work), "double_free");
        assertThat(o.status()).isEqualTo(134);
        assertThat(o.output()).matches("freed once\nfree: 0x8[0-9a-f]{7} is not a block from malloc, or was freed already\n");
    }

    @Test
    void theProgramRunsOnA16MiBMachineWithAHeapOfAlmost15MiB() {
        GccBuild.require();
        GccBuild gcc = new GccBuild(work);
        byte[] elf = gcc.build(program("heap_size"), "-O2", work.resolve("heap_size"));
        BareMetalRun.Outcome small = BareMetalRun.run(elf, "heap_size", new byte[0],
                MachineConfig.standard().withCacheModel(false).withRam(16 << 20));
        assertThat(small.expectation()).isEqualTo("14 MiB\nexit status: 0\n");
        BareMetalRun.Outcome standard = BareMetalRun.run(elf, "heap_size", new byte[0]);
        assertThat(standard.expectation()).as("the same layout on a 128 MiB machine").isEqualTo(small.expectation());
    }
}
