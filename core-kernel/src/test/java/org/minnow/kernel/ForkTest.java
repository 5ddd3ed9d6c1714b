package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_FORK: a stand-in PM in slot 0 forks the process that asked it, then answers parent and child. */
class ForkTest {
    static final int ANY = Endpoints.ANY;
    static final int CHILD = 5;

    /** A client that asks PM (SENDREC, m_type 77) and records what comes back; parent and child both run it. */
    static final String CLIENT = new UserProgram()
        .asm("la      t0, marker", "li      t1, 0x5eed", "sw      t1, 0(t0)")
        .setType("msg", 77)
        .ipc("ipc_sendrec", 0, "msg", 0)
        .recordWord(1, "msg", 4)                // the reply's m_type: the child's endpoint, or 0 in the child
        .recordWord(2, "msg", 0)                // m_source: PM
        .recordWord(3, "marker", 0)             // memory written before the fork is in the child too
        .data("msg:    .space 64", "marker: .word 0")
        .done();

    /**
     * PM: receives the request; tries the bad forks while the parent waits; forks its sender into
     * slot CHILD; replies to both; then forks the parent again, which no longer waits.
     */
    static String pm(boolean allowChild) {
        UserProgram pm = new UserProgram()
            .ipc("ipc_receive", ANY, "req", 0)
            .recordWord(1, "req", 4)
            .asm("la      t0, req", "lw      s2, 0(t0)")                   // s2 = the parent
            .kcall(SysCalls.SYS_FORK, 8, Fields.M1_I1, "%s2", Fields.M1_I2, 0)
            .kcall(SysCalls.SYS_FORK, 10, Fields.M1_I1, 40, Fields.M1_I2, CHILD)
            .kcall(SysCalls.SYS_FORK, 11, Fields.M1_I1, Endpoints.CLOCK, Fields.M1_I2, CHILD)
            .kcall(SysCalls.SYS_FORK, 12, Fields.M1_I1, "%s2", Fields.M1_I2, -1)
            .kcall(SysCalls.SYS_FORK, 13, Fields.M1_I1, "%s2", Fields.M1_I2, Config.NR_PROCS)
            .kcall(SysCalls.SYS_FORK, 2, Fields.M1_I1, "%s2", Fields.M1_I2, CHILD)
            .recordField(3, Fields.M1_I1)
            .recordField(4, Fields.M1_P1)
            .keepField("s3", Fields.M1_I1);                                // s3 = the child
        if (allowChild) {
            pm.kcall(SysCalls.SYS_PRIVCTL, 5, Fields.M2_I1, "%s3", Fields.M2_I2, 1);
        }
        return pm
            .asm("la      a1, reply", "sw      s3, 4(a1)", "mv      a0, s2", "call    ipc_send")
            .recordReg(6, "a0")
            .asm("la      a1, reply", "sw      zero, 4(a1)", "mv      a0, s3", "call    ipc_send")
            .recordReg(7, "a0")
            .kcall(SysCalls.SYS_FORK, 9, Fields.M1_I1, "%s2", Fields.M1_I2, CHILD + 1)
            .data("req:    .space 64", "reply:  .space 64")
            .done();
    }

    /** PM that only tries the fork and records the result. */
    static final String PM_FORK_ONLY = new UserProgram()
        .ipc("ipc_receive", ANY, "req", 0)
        .asm("la      t0, req", "lw      s2, 0(t0)")
        .kcall(SysCalls.SYS_FORK, 2, Fields.M1_I1, "%s2", Fields.M1_I2, CHILD)
        .data("req:    .space 64")
        .done();

    @Test
    void theChildIsACopyAndBothGetAnAnswer() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", 0, Privileges.service(), pm(false))
               .program("parent", 3, Privileges.user(), CLIENT)
               .sameProgram(CHILD, 3)
               .boot().runUntilDone(100_000_000, 0, 3, CHILD);
            int child = Endpoints.endpoint(1, CHILD);
            assertThat(rig.result(0, 1)).as("the request").isEqualTo(77);
            assertThat(rig.result(0, 2)).as("SYS_FORK").isEqualTo(Errors.OK);
            assertThat(rig.result(0, 3)).as("the child's endpoint: slot 5, generation 1").isEqualTo(child);
            assertThat(rig.result(0, 4)).as("PR_FORK_MSGADDR: the parent's message buffer").isNotZero();
            assertThat(rig.result(0, 6)).as("reply to the parent").isEqualTo(Errors.OK);
            assertThat(rig.result(0, 7)).as("reply to the child, which waits as its parent did").isEqualTo(Errors.OK);
            assertThat(rig.result(3, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(3, 1)).as("the parent learns the child").isEqualTo(child);
            assertThat(rig.result(CHILD, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(CHILD, 1)).as("the child gets 0").isZero();
            assertThat(rig.result(CHILD, 2)).isEqualTo(0);
            assertThat(rig.result(CHILD, 3)).as("the child has the parent's memory").isEqualTo(0x5eed);
            assertThat(rig.procs().name(CHILD)).isEqualTo("parent*F");
            assertThat(rig.procs().root(CHILD)).isNotEqualTo(rig.procs().root(3));
            Event created = rig.events(EventKind.PROC_CREATED).stream().filter(ev -> ev.source() == child).findFirst()
                .orElseThrow();
            assertThat(created.destination()).isEqualTo(3);
            assertThat(created.messageType()).isEqualTo(SysCalls.SYS_FORK);
        }
    }

    @Test
    void forkWorksTheSameWithBufferedIpc() throws Exception {
        try (KernelRig rig = new KernelRig(Kernel.Style.BUFFERED, true)) {
            rig.program("pm", 0, Privileges.service(), pm(false))
               .program("parent", 3, Privileges.user(), CLIENT)
               .sameProgram(CHILD, 3)
               .boot().runUntilDone(100_000_000, 0, 3, CHILD);
            assertThat(rig.result(0, 2)).isEqualTo(Errors.OK);
            assertThat(rig.result(3, 1)).isEqualTo(Endpoints.endpoint(1, CHILD));
            assertThat(rig.result(CHILD, 1)).isZero();
            assertThat(rig.result(CHILD, 3)).isEqualTo(0x5eed);
        }
    }

    @Test
    void everyBadForkIsEinval() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", 0, Privileges.service(), pm(false))
               .program("parent", 3, Privileges.user(), CLIENT)
               .sameProgram(CHILD, 3)
               .boot().runUntilDone(100_000_000, 0);
            assertThat(rig.result(0, 8)).as("child slot in use (PM's own)").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 9)).as("the parent is not waiting for PM").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 10)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 11)).as("a kernel task").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 12)).as("slot -1").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 13)).as("slot NR_PROCS").isEqualTo(Errors.EINVAL);
            assertThat(rig.procs().isFree(CHILD + 1)).isTrue();
        }
    }

    @Test
    void aSystemParentsChildWaitsForPrivileges() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", 0, Privileges.service(), pm(false))
               .program("server", 6, Privileges.service(), CLIENT)
               .sameProgram(CHILD, 6)
               .boot().runUntilDone(100_000_000, 0, 6);
            rig.run(5_000_000);
            assertThat(rig.rtsFlags(CHILD)).as("replied to, but not allowed to run").isEqualTo(RtsFlags.NO_PRIV);
            assertThat(rig.procs().privId(CHILD)).isEqualTo(Config.USER_PRIV_ID);
            assertThat(rig.result(CHILD, 63)).isZero();
        }
    }

    @Test
    void aSystemParentsChildRunsOncePrivctlAllowsIt() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", 0, Privileges.service(), pm(true))
               .program("server", 6, Privileges.service(), CLIENT)
               .sameProgram(CHILD, 6)
               .boot().runUntilDone(100_000_000, 0, 6, CHILD);
            assertThat(rig.result(0, 5)).as("SYS_PRIV_ALLOW").isEqualTo(Errors.OK);
            assertThat(rig.result(CHILD, 1)).isZero();
            assertThat(rig.result(CHILD, 3)).isEqualTo(0x5eed);
        }
    }

    @Test
    void forkWithoutMemoryForTheCopyIsEnomemAndLeavesTheSlotFree() throws Exception {
        String bigParent = CLIENT.replace("marker: .word 0", "marker: .word 0\nbig:    .space 1200000");
        try (KernelRig rig = new KernelRig(Kernel.Style.RENDEZVOUS, false, 4 << 20)) {
            rig.program("pm", 0, Privileges.service(), PM_FORK_ONLY)
               .program("parent", 3, Privileges.user(), bigParent)
               .boot().runUntilDone(100_000_000, 0);
            assertThat(rig.result(0, 2)).isEqualTo(Errors.ENOMEM);
            assertThat(rig.procs().isFree(CHILD)).isTrue();
        }
    }
}
