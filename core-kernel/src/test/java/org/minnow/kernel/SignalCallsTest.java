package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/**
 * Kernel signals and their signal manager: SYS_KILL and faults stop a process and notify its
 * manager from SYSTEM with SIGKSIG; the manager fetches them with SYS_GETKSIG and lets the
 * process go with SYS_ENDKSIG. Also SYS_CLEAR and SYS_EXIT.
 */
class SignalCallsTest {
    static final int PM = 0, RS = 2, VICTIM = 3, KILLER = 4, SERVICE = 6;
    static final int SIGUSR1 = 30, SIGUSR2 = 31;
    /** SIGKSIG (74) in a notification's sigset: word 2 of four (offset 32), bit 9. */
    static final int SIGKSIG_BIT = 1 << (Signals.SIGKSIG - 1 - 64);

    /** A victim that counts forever in results[0]. */
    static final String COUNTER = new UserProgram()
        .asm("li      s1, 0", "2:", "addi    s1, s1, 1", "la      t0, results", "sw      s1, 0(t0)", "j       2b").done();

    static Object[] sig(Object endpoint, int signal) {
        return new Object[] {Fields.M2_I1, endpoint, Fields.M2_I2, signal};
    }

    static Object[] getProc(int endpoint, String dst) {
        return new Object[] {Fields.M7_I3, 11, Fields.M7_P1, dst, Fields.M7_I1, 0, Fields.M7_I2, endpoint};
    }

    @Test
    void killStopsTheProcessUntilItsManagerIsDone() throws Exception {
        String killer = new UserProgram()
            .asm("li      a0, 2", "call    sleep_ticks")
            .kcall(SysCalls.SYS_KILL, 0, sig(VICTIM, SIGUSR1))
            .kcall(SysCalls.SYS_KILL, 1, sig(40, 9))
            .kcall(SysCalls.SYS_KILL, 2, sig(VICTIM, 0))
            .kcall(SysCalls.SYS_KILL, 3, sig(VICTIM, 65))
            .kcall(SysCalls.SYS_KILL, 4, sig(Endpoints.CLOCK, 9))
            .done();
        String pm = new UserProgram()
            .ipc("ipc_receive", Endpoints.ANY, "msg", 0)
            .recordWord(1, "msg", 0).recordWord(2, "msg", 4).recordWord(3, "msg", 24 + 8)
            .kcall(SysCalls.SYS_GETKSIG, 4)
            .recordField(5, Fields.M2_I1).recordField(6, Fields.M2_SIGSET)
            .kcall(SysCalls.SYS_GETINFO, 7, getProc(VICTIM, "proc"))
            .recordWord(8, "proc", ProcTable.RTS_FLAGS)
            .kcall(SysCalls.SYS_GETKSIG, 9)
            .recordField(10, Fields.M2_I1)
            // a new signal arrives before the manager is done: the victim stays stopped
            .kcall(SysCalls.SYS_KILL, 11, sig(VICTIM, SIGUSR2))
            .kcall(SysCalls.SYS_ENDKSIG, 12, Fields.M2_I1, VICTIM)
            .kcall(SysCalls.SYS_GETINFO, 13, getProc(VICTIM, "proc"))
            .recordWord(14, "proc", ProcTable.RTS_FLAGS)
            .ipc("ipc_receive", Endpoints.SYSTEM, "msg", 15)
            .kcall(SysCalls.SYS_GETKSIG, 16)
            .recordField(17, Fields.M2_I1).recordField(18, Fields.M2_SIGSET)
            .kcall(SysCalls.SYS_ENDKSIG, 19, Fields.M2_I1, VICTIM)
            .kcall(SysCalls.SYS_ENDKSIG, 20, Fields.M2_I1, VICTIM)
            .kcall(SysCalls.SYS_ENDKSIG, 21, Fields.M2_I1, 40)
            .kcall(SysCalls.SYS_ENDKSIG, 22, Fields.M2_I1, KILLER)
            .data("msg:    .space 64", "proc:   .space " + ProcTable.SIZE)
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", PM, Privileges.service(), pm)
               .program("victim", VICTIM, Privileges.user(), COUNTER)
               .program("killer", KILLER, Privileges.service(), killer)
               .boot().runUntilDone(200_000_000, PM, KILLER);
            assertThat(rig.result(KILLER, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(KILLER, 1)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(KILLER, 2)).as("signal 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(KILLER, 3)).as("signal 65").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(KILLER, 4)).as("a kernel task").isEqualTo(Errors.EPERM);
            assertThat(rig.result(PM, 1)).as("notified by SYSTEM").isEqualTo(Endpoints.SYSTEM);
            assertThat(rig.result(PM, 2)).isEqualTo(Ipc.NOTIFY_MESSAGE);
            assertThat(rig.result(PM, 3) & SIGKSIG_BIT).as("SIGKSIG in the sigset").isNotZero();
            assertThat(rig.result(PM, 4)).isEqualTo(Errors.OK);
            assertThat(rig.result(PM, 5)).as("GETKSIG: the victim").isEqualTo(VICTIM);
            assertThat(rig.result(PM, 6)).as("its signals").isEqualTo(1 << (SIGUSR1 - 1));
            assertThat(rig.result(PM, 8)).as("stopped until ENDKSIG").isEqualTo(RtsFlags.SIG_PENDING);
            assertThat(rig.result(PM, 10)).as("no one else").isEqualTo(Endpoints.NONE);
            assertThat(rig.result(PM, 12)).isEqualTo(Errors.OK);
            assertThat(rig.result(PM, 14)).as("a new signal keeps it stopped")
                .isEqualTo(RtsFlags.SIGNALED | RtsFlags.SIG_PENDING);
            assertThat(rig.result(PM, 17)).isEqualTo(VICTIM);
            assertThat(rig.result(PM, 18)).isEqualTo(1 << (SIGUSR2 - 1));
            assertThat(rig.result(PM, 19)).isEqualTo(Errors.OK);
            assertThat(rig.result(PM, 20)).as("ENDKSIG twice").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 21)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 22)).as("not PM's to manage").isEqualTo(Errors.EPERM);
            int count = rig.result(VICTIM, 0);
            rig.run(10_000_000);
            assertThat(rig.result(VICTIM, 0)).as("the victim runs again").isGreaterThan(count);
        }
    }

    @Test
    void aLoadFromAddressZeroIsSigsegvForPm() throws Exception {
        String faulty = new UserProgram().asm("lw      t0, 0(zero)").recordReg(0, "t0").done();
        String pm = new UserProgram()
            .ipc("ipc_receive", Endpoints.ANY, "msg", 0)
            .recordWord(1, "msg", 0).recordWord(2, "msg", 24 + 8)
            .kcall(SysCalls.SYS_GETKSIG, 3)
            .recordField(4, Fields.M2_I1).recordField(5, Fields.M2_SIGSET)
            .data("msg:    .space 64")
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", PM, Privileges.service(), pm)
               .program("faulty", VICTIM, Privileges.user(), faulty)
               .boot().runUntilDone(100_000_000, PM);
            assertThat(rig.result(PM, 1)).isEqualTo(Endpoints.SYSTEM);
            assertThat(rig.result(PM, 2) & SIGKSIG_BIT).isNotZero();
            assertThat(rig.result(PM, 3)).isEqualTo(Errors.OK);
            assertThat(rig.result(PM, 4)).isEqualTo(VICTIM);
            assertThat(rig.result(PM, 5)).as("SIGSEGV").isEqualTo(1 << (Signals.SIGSEGV - 1));
            assertThat(rig.rtsFlags(VICTIM)).isEqualTo(RtsFlags.SIG_PENDING);
            assertThat(rig.result(VICTIM, 63)).as("it never went past the load").isZero();
            assertThat(rig.events(EventKind.FAULT)).singleElement().satisfies(e -> assertThat(e.source()).isEqualTo(VICTIM));
        }
    }

    @Test
    void clearWakesBlockedSendersAndFreesTheSlot() throws Exception {
        String sender = new UserProgram().ipc("ipc_sendrec", SERVICE, "msg", 0).data("msg:    .space 64").done();
        String pm = new UserProgram()
            .asm("li      a0, 3", "call    sleep_ticks")
            .kcall(SysCalls.SYS_CLEAR, 0, Fields.M1_I1, SERVICE, Fields.M1_I2, 9)
            .kcall(SysCalls.SYS_CLEAR, 1, Fields.M1_I1, 40)
            .kcall(SysCalls.SYS_CLEAR, 2, Fields.M1_I1, PM)
            .kcall(SysCalls.SYS_CLEAR, 3, Fields.M1_I1, Endpoints.CLOCK)
            .kcall(SysCalls.SYS_CLEAR, 4, Fields.M1_I1, SERVICE)
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", PM, Privileges.service(), pm)
               .program("sender", VICTIM, Privileges.user(), sender)
               .program("busy", SERVICE, Privileges.service(), COUNTER)
               .boot().runUntilDone(100_000_000, PM, VICTIM);
            assertThat(rig.result(PM, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(VICTIM, 0)).as("the blocked sender").isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.procs().isFree(SERVICE)).isTrue();
            assertThat(rig.result(PM, 1)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 2)).as("the caller itself").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 3)).as("a kernel task").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 4)).as("already gone").isEqualTo(Errors.EINVAL);
            assertThat(rig.events(EventKind.PROC_EXITED)).singleElement().satisfies(e -> {
                assertThat(e.source()).isEqualTo(SERVICE);
                assertThat(e.result()).isEqualTo(9);
            });
        }
    }

    @Test
    void aSystemProcessThatExitsIsSignalledToRs() throws Exception {
        String service = new UserProgram().kcall(SysCalls.SYS_EXIT, 0).done();
        String rs = new UserProgram()
            .ipc("ipc_receive", Endpoints.ANY, "msg", 0)
            .recordWord(1, "msg", 0)
            .kcall(SysCalls.SYS_GETKSIG, 2)
            .recordField(3, Fields.M2_I1).recordField(4, Fields.M2_SIGSET)
            .kcall(SysCalls.SYS_CLEAR, 5, Fields.M1_I1, SERVICE, Fields.M1_I2, Signals.SIGABRT)
            .data("msg:    .space 64")
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("rs", RS, Privileges.service(), rs)
               .program("service", SERVICE, Privileges.service(), service)
               .boot().runUntilDone(100_000_000, RS);
            assertThat(rig.result(RS, 1)).isEqualTo(Endpoints.SYSTEM);
            assertThat(rig.result(RS, 3)).isEqualTo(SERVICE);
            assertThat(rig.result(RS, 4)).as("SIGABRT").isEqualTo(1 << (Signals.SIGABRT - 1));
            assertThat(rig.result(RS, 5)).isEqualTo(Errors.OK);
            assertThat(rig.procs().isFree(SERVICE)).isTrue();
            assertThat(rig.events(EventKind.KERNEL_CALL)).anySatisfy(e -> {
                assertThat(e.source()).isEqualTo(SERVICE);
                assertThat(e.result()).as("SYS_EXIT answers nothing").isEqualTo(Errors.EDONTREPLY);
            });
        }
    }

    @Test
    void aSystemProcessWithoutAManagerDiesOnExit() throws Exception {
        String service = new UserProgram().kcall(SysCalls.SYS_EXIT, 0).done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("service", SERVICE, Privileges.service().withSigMgr(Endpoints.SELF), service)
               .boot().run(20_000_000);
            assertThat(rig.procs().isFree(SERVICE)).isTrue();
            assertThat(rig.events(EventKind.PROC_EXITED)).singleElement()
                .satisfies(e -> assertThat(e.result()).isEqualTo(Signals.SIGABRT));
        }
    }
}
