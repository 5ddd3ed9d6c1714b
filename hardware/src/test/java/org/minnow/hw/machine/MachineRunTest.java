package org.minnow.hw.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.isa.Op.*;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.minnow.hw.cpu.Csr;
import org.minnow.hw.cpu.Program;

/** The machine's main loop: console, finisher, tohost, cycle budgets, stop, input, timer interrupts, reset. */
class MachineRunTest {
    static final int T0 = 5, T1 = 6, T2 = 7, A0 = 10;

    static MachineConfig small() {
        return MachineConfig.standard().withRam(4 << 20);
    }

    /** Code that prints {@code text} on the UART (no polling: the UART's THR is always ready here). */
    static Program print(Program p, String text) {
        p.li(T0, MemoryMap.UART);
        for (char c : text.toCharArray()) {
            p.i(ADDI, T1, 0, c).s(SB, T1, T0, 0);
        }
        return p;
    }

    static Program finish(Program p, int status) {
        return p.li(T0, MemoryMap.FINISHER).li(T1, status == 0 ? 0x5555 : status << 16 | 0x3333).s(SW, T1, T0, 0).halt();
    }

    static String run(Machine m, long cycles, StringBuilder console) {
        m.setConsole(b -> console.append((char) b));
        m.run(cycles);
        return console.toString();
    }

    @Test
    void uartOutputReachesTheConsoleAndTheFinisherEndsTheRun() throws Exception {
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(finish(print(new Program(), "Hi!\n"), 0)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.setConsole(out::write);
            RunResult r = m.run(1_000_000);
            assertThat(out.toString()).isEqualTo("Hi!\n");
            assertThat(r.reason()).isEqualTo(StopReason.FINISHED);
            assertThat(r.exitCode()).isZero();
            assertThat(r.ended()).isTrue();
            assertThat(r.instructions()).isEqualTo(m.hart().instret());
        }
    }

    @Test
    void finisherFailureCarriesTheStatus() throws Exception {
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(finish(new Program(), 42)));
            RunResult r = m.run(1_000_000);
            assertThat(r.reason()).isEqualTo(StopReason.FINISHED);
            assertThat(r.exitCode()).isEqualTo(42);
        }
    }

    private static Program writeToHost(int low, int high) {
        return new Program().li(T0, Images.DATA).li(T1, low).li(T2, high)
            .s(SW, T1, T0, 0).s(SW, T2, T0, 4).halt();
    }

    @Test
    void tohostReportsPassAndFailure() throws Exception {
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(writeToHost(1, 0), true));
            RunResult r = m.run(1_000_000);
            assertThat(r.reason()).isEqualTo(StopReason.TOHOST);
            assertThat(r.exitCode()).isZero();
        }
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(writeToHost(5 << 1 | 1, 0), true));
            RunResult r = m.run(1_000_000);
            assertThat(r.reason()).isEqualTo(StopReason.TOHOST);
            assertThat(r.exitCode()).isEqualTo(5);
        }
    }

    @Test
    void tohostConsoleCommandPrintsAndClears() throws Exception {
        // a 64-bit store on RV32: low word, then high word
        Program p = new Program().li(T0, Images.DATA).li(T1, 'B').li(T2, 0x01010000)
            .s(SW, T1, T0, 0).s(SW, T2, T0, 4).i(LW, A0, T0, 4).halt();
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(p, true));
            StringBuilder console = new StringBuilder();
            run(m, 10_000, console);
            assertThat(console.toString()).isEqualTo("B");
            assertThat(m.hart().reg(A0)).as("the host cleared tohost").isZero();
        }
    }

    @Test
    void tohostRequestsMinnowDoesNotServeEndTheRun() throws Exception {
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(writeToHost(0x80002000, 0), true));
            RunResult r = m.run(1_000_000);
            assertThat(r.reason()).isEqualTo(StopReason.HOST_REQUEST);
        }
    }

    @Test
    void cycleBudgetStopsAnEndlessProgram() throws Exception {
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(new Program().halt()));
            RunResult r = m.run(5_000_000);
            assertThat(r.reason()).isEqualTo(StopReason.CYCLE_LIMIT);
            assertThat(r.cycles()).isBetween(5_000_000L, 5_000_010L);
            RunResult again = m.run(1000);
            assertThat(again.cycles()).isGreaterThanOrEqualTo(5_001_000L);
        }
    }

    @Test
    void stopFromAnotherThreadEndsARun() throws Exception {
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(new Program().halt()));
            Thread stopper = new Thread(() -> {
                while (m.hart().cycles() < 10_000_000) {
                    Thread.onSpinWait();
                }
                m.stop();
            });
            stopper.start();
            RunResult r = m.run(Long.MAX_VALUE);
            stopper.join();
            assertThat(r.reason()).isEqualTo(StopReason.STOPPED);
        }
    }

    @Test
    void typedInputArrivesThroughTheUart() throws Exception {
        // echo three received bytes: poll LSR.DR, read RBR, write THR
        Program p = new Program().li(T0, MemoryMap.UART).li(A0, 3)
            .label("poll").i(LBU, T1, T0, 5).i(ANDI, T1, T1, 1).b(BEQ, T1, 0, "poll")
            .i(LBU, T2, T0, 0).s(SB, T2, T0, 0).i(ADDI, A0, A0, -1).b(BNE, A0, 0, "poll");
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(finish(p, 0)));
            StringBuilder console = new StringBuilder();
            m.setConsole(b -> console.append((char) b));
            m.run(100_000);
            assertThat(console).isEmpty();
            m.type("xyz".getBytes());
            RunResult r = m.run(10_000_000);
            assertThat(console.toString()).isEqualTo("xyz");
            assertThat(r.reason()).isEqualTo(StopReason.FINISHED);
        }
    }

    @Test
    void timerInterruptWakesAWaitingHart() throws Exception {
        int handler = Images.TEXT + 0x400;
        Program p = new Program()
            .li(T0, MemoryMap.CLINT + 0x4004).s(SW, 0, T0, 0)              // mtimecmp high = 0
            .li(T0, MemoryMap.CLINT + 0x4000).li(T1, 50_000).s(SW, T1, T0, 0) // mtimecmp = 50,000 ticks
            .li(T1, handler).csr(CSRRW, 0, Csr.MTVEC, T1)
            .li(T1, Csr.MIP_MTIP).csr(CSRRW, 0, Csr.MIE, T1)
            .csr(CSRRSI, 0, Csr.MSTATUS, Csr.MSTATUS_MIE)
            .label("wait").sys(WFI).jal(0, "wait");
        int padding = (0x400 - p.here()) / 4;
        for (int i = 0; i < padding; i++) {
            p.word(0);
        }
        finish(p, 0);
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(p));
            RunResult r = m.run(100_000_000);
            assertThat(r.reason()).isEqualTo(StopReason.FINISHED);
            assertThat(r.cycles()).as("time passes while the hart waits").isGreaterThanOrEqualTo(500_000);
            assertThat(r.instructions()).as("but few instructions run").isLessThan(100);
            assertThat(m.hart().readCsr(Csr.MCAUSE)).isEqualTo(0x80000000 | 7);
        }
    }

    @Test
    void finisherResetRebootsTheProgram() throws Exception {
        Program p = print(new Program(), "boot\n").li(T0, MemoryMap.FINISHER).li(T1, 0x7777).s(SW, T1, T0, 0).halt();
        try (Machine m = new Machine(small())) {
            m.load(Images.executable(p));
            StringBuilder console = new StringBuilder();
            run(m, 200_000, console);
            assertThat(console.toString()).startsWith("boot\nboot\nboot\n");
        }
    }

    @Test
    void theCacheModelChangesCyclesButNotResults() throws Exception {
        Program p = print(new Program(), "same").li(A0, 0);
        for (int i = 0; i < 50; i++) {
            p.li(T0, Images.TEXT + 0x8000 + 64 * i).s(SW, A0, T0, 0).i(LW, T1, T0, 0).r(ADD, A0, A0, T1).i(ADDI, A0, A0, i);
        }
        finish(p, 0);
        long[] cycles = new long[2];
        String[] out = new String[2];
        int[] a0 = new int[2];
        boolean[] modes = {false, true};
        for (int i = 0; i < 2; i++) {
            try (Machine m = new Machine(small().withCacheModel(modes[i]))) {
                m.load(Images.executable(p));
                StringBuilder console = new StringBuilder();
                run(m, 10_000_000, console);
                out[i] = console.toString();
                cycles[i] = m.hart().cycles();
                a0[i] = m.hart().reg(A0);
            }
        }
        assertThat(out[1]).isEqualTo(out[0]).isEqualTo("same");
        assertThat(a0[1]).isEqualTo(a0[0]);
        assertThat(cycles[1]).as("misses cost cycles").isGreaterThan(cycles[0]);
    }
}
