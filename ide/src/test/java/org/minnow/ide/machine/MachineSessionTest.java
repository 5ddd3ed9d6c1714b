package org.minnow.ide.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minnow.ide.fixtures.TestSystems;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;

/** The machine thread, driven through its commands and observed only through snapshots. */
class MachineSessionTest {
    private MachineSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    /** Polls snapshots (as the UI does) until one satisfies {@code ok}; fails after 30 s of waiting. */
    static MachineSnapshot await(MachineSession s, Predicate<MachineSnapshot> ok) {
        for (int i = 0; i < 3000; i++) {
            s.requestSnapshot();
            MachineSnapshot snap = s.latest();
            if (snap != null && ok.test(snap)) {
                return snap;
            }
            sleep(10);
        }
        throw new AssertionError("no snapshot arrived as expected; the last: " + s.latest());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDefaultSystemBootsTheUserlandToInitsPrompt() {
        session = new MachineSession(DefaultSystem.choose(), MachineSettings.standard(), true);
        await(session, x -> session.console().since(0).endsWith("# "));
        MachineSnapshot s = await(session, x -> true);
        assertThat(s.processes()).extracting(ProcessInfo::name).contains("pm", "vfs", "tty", "init");
    }

    @Test
    void withNoSystemTheSnapshotSaysSoPlainly() {
        session = new MachineSession(SystemImage.none("nothing to boot here"), MachineSettings.standard(), true);
        MachineSnapshot s = await(session, x -> true);
        assertThat(s.state()).isEqualTo(RunState.EMPTY);
        assertThat(s.status()).contains("nothing to boot here");
        assertThat(s.processes()).isEmpty();
    }

    @Test
    void bootsTheFixtureAndShowsItsProcesses() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), true);
        MachineSnapshot s = await(session, x -> x.cycles() > 5_000_000);
        assertThat(s.state()).isEqualTo(RunState.RUNNING);
        assertThat(s.processes()).extracting(ProcessInfo::name).contains("server", "rs", "echo", "client");
        assertThat(s.process(TestSystems.CLIENT).system()).isFalse();
        assertThat(s.process(TestSystems.SERVER).system()).isTrue();
        assertThat(s.process(TestSystems.CLIENT).memoryRegions()).isNotEmpty();
        assertThat(s.caches()).extracting(CacheInfo::name).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theEchoDriverPrintsAndEchoesTypedInput() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), true);
        await(session, x -> session.console().since(0).contains(TestSystems.GREETING));
        session.type("ls\n");
        await(session, x -> session.console().since(0).contains(TestSystems.GREETING + "\nls\n"));
    }

    @Test
    void stepToNextMessageStopsJustAfterAMessage() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), false);
        MachineSnapshot booted = await(session, x -> x.state() == RunState.PAUSED);
        session.stepToNextMessage();
        MachineSnapshot s = await(session, x -> x.stoppedAt() != null);
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
        assertThat(MessageWatch.isMessage(s.stoppedAt().kind())).isTrue();
        assertThat(s.cycles()).isGreaterThan(booted.cycles());
        long cycles = s.cycles();
        MachineSnapshot again = await(session, x -> x.serial() > s.serial() || true);
        assertThat(again.cycles()).as("a paused machine stays where it is").isEqualTo(cycles);
    }

    @Test
    void aBreakpointOnAMessageTypeIsHit() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), false);
        session.setBreakpoints(List.of(IpcBreakpoint.onType(TestSystems.PING + 1)));
        session.run();
        MachineSnapshot s = await(session, x -> x.stoppedAt() != null);
        assertThat(s.stoppedAt().messageType()).isEqualTo(TestSystems.PING + 1);
        assertThat(s.stoppedAt().source()).isEqualTo(TestSystems.SERVER);
        assertThat(s.stoppedAt().destination()).isEqualTo(TestSystems.CLIENT);
    }

    @Test
    void stepInstructionAdvancesOneInstruction() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), false);
        MachineSnapshot before = await(session, x -> x.state() == RunState.PAUSED);
        session.stepInstruction();
        MachineSnapshot after = await(session, x -> x.instructions() > before.instructions());
        assertThat(after.instructions()).isEqualTo(before.instructions() + 1);
        assertThat(after.status()).startsWith("stepped one instruction");
    }

    @Test
    void killingADriverReachesRsAsACrashReport() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), true);
        await(session, x -> x.diagnostics().size() == 1);
        session.kill(TestSystems.ECHO);
        MachineSnapshot s = await(session, x -> x.diagnostics().size() == 2);
        Event crash = s.diagnostics().get(1);
        assertThat(crash.kind()).isEqualTo(EventKind.DIAG);
        assertThat(crash.messageType()).isEqualTo(2);
        assertThat(crash.text()).contains("cause=signal signal=9");
        assertThat(s.status()).contains("killed echo");
    }

    @Test
    void killingAnUnknownEndpointSaysSo() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), false);
        await(session, x -> x.state() == RunState.PAUSED);
        session.kill(40);
        assertThat(await(session, x -> x.status().startsWith("kill:")).status()).contains("no live process has endpoint 40");
    }

    @Test
    void aCrashingProcessLeavesTheProcessTable() {
        // Snapshots carry only a window of recent events, so the fault is watched on the machine
        // thread itself, by a listener attached before the machine starts running.
        session = new MachineSession(TestSystems.withCrasher(), MachineSettings.standard(), false);
        List<EventKind> kinds = java.util.Collections.synchronizedList(new ArrayList<>());
        session.addEventListener((log, seq) -> kinds.add(log.kind(seq)));
        session.run();
        await(session, x -> x.process(TestSystems.CRASHER) != null);
        await(session, x -> x.process(TestSystems.CRASHER) == null);
        assertThat(kinds).contains(EventKind.FAULT);
    }

    @Test
    void resetBootsAgainWithTheNewSettings() {
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), true);
        MachineSnapshot first = await(session, x -> x.cycles() > 1_000_000);
        session.reset(TestSystems.standard(), MachineSettings.standard().withProfile(org.minnow.hw.timing.Profile.i486()), false);
        MachineSnapshot s = await(session, x -> x.bootNumber() > first.bootNumber());
        assertThat(s.profile()).isEqualTo("i486");
        assertThat(s.caches()).hasSize(1);
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
    }

    @Test
    void aBrokenImageFailsWithItsReasonNotAStackTrace() {
        session = new MachineSession(SystemImage.bareMetal("junk.elf", new byte[] {1, 2, 3}, null), MachineSettings.standard(), true);
        MachineSnapshot s = await(session, x -> x.state() == RunState.FAILED);
        assertThat(s.status()).startsWith("cannot boot junk.elf:");
    }

    @Test
    void anEventListenerSeesEveryBootsEvents() {
        java.util.concurrent.atomic.AtomicInteger creations = new java.util.concurrent.atomic.AtomicInteger();
        session = new MachineSession(TestSystems.standard(), MachineSettings.standard(), false);
        session.addEventListener((log, seq) -> {
            if (log.kind(seq) == EventKind.SEND) {
                creations.incrementAndGet();
            }
        });
        session.run();
        await(session, x -> creations.get() > 0);
        int before = creations.get();
        session.reset();
        await(session, x -> x.bootNumber() == 2 && creations.get() > before);
    }
}
