package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/**
 * SYS_SIGSEND and SYS_SIGRETURN: PM makes a process run a signal handler on its own stack, and
 * afterwards puts it back where it was with its registers intact.
 */
class SignalFrameTest {
    static final int PM = 0, VICTIM = 3, OTHER = 4, BUSY = 6;
    static final int SIGUSR1 = 30;

    /**
     * Counts in s1 (results[0]) with s2 and s3 set, until its handler has run (results[5]);
     * then records s2, s3 and s1. The handler records a0, a1 and sp, clobbers s2 and returns to
     * the trampoline, which records sp and waits for PM's sigreturn.
     */
    static final String VICTIM_PROGRAM = new UserProgram()
        .asm("li      s2, 0x1234", "li      s3, 777", "li      s1, 0",
             "1:", "addi    s1, s1, 1", "la      t0, results", "sw      s1, 0(t0)", "lw      t1, 20(t0)", "beqz    t1, 1b")
        .recordReg(6, "s2").recordReg(7, "s3").recordReg(8, "s1")
        .asm("call    done", "        .globl handler", "handler:", "mv      s4, ra", "mv      s5, a1")
        .recordReg(1, "a0").recordReg(2, "s5").recordReg(3, "sp")
        .asm("li      s2, 0", "li      t1, 1", "la      t0, results", "sw      t1, 20(t0)", "mv      ra, s4", "ret")
        .asm("        .globl tramp", "tramp:")
        .recordReg(4, "sp")
        .asm("li      t1, 1", "la      t0, results", "sw      t1, 36(t0)", "2:", "j       2b")
        .done();

    static Object[] sigsend(int endpoint, int sig, int handler, int trampoline, int mask) {
        return new Object[] {Fields.M2_I1, endpoint, Fields.M2_I2, sig, Fields.M2_I3, handler,
            Fields.M2_L1, trampoline, Fields.M2_L2, mask};
    }

    @Test
    void aHandlerRunsAndSigreturnRestoresTheRegisters() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("victim", VICTIM, Privileges.user(), VICTIM_PROGRAM);
            int handler = rig.symbol(VICTIM, "handler");
            int tramp = rig.symbol(VICTIM, "tramp");
            int notAFrame = rig.symbol(VICTIM, "results");
            String pm = new UserProgram()
                .asm("li      a0, 3", "call    sleep_ticks")
                .kcall(SysCalls.SYS_SIGSEND, 0, sigsend(VICTIM, SIGUSR1, handler, tramp, 0x55))
                .recordField(1, Fields.M2_P1).keepField("s1", Fields.M2_P1)
                .asm("li      a0, 3", "call    sleep_ticks")
                .kcall(SysCalls.SYS_SIGRETURN, 2, Fields.M2_I1, VICTIM, Fields.M2_P1, "%s1")
                .recordField(3, Fields.M2_L2)
                .kcall(SysCalls.SYS_SIGSEND, 4, sigsend(40, SIGUSR1, handler, tramp, 0))
                .kcall(SysCalls.SYS_SIGSEND, 5, sigsend(VICTIM, 65, handler, tramp, 0))
                .kcall(SysCalls.SYS_SIGSEND, 6, sigsend(Endpoints.CLOCK, SIGUSR1, handler, tramp, 0))
                .kcall(SysCalls.SYS_SIGRETURN, 7, Fields.M2_I1, VICTIM, Fields.M2_P1, notAFrame)
                .kcall(SysCalls.SYS_SIGRETURN, 8, Fields.M2_I1, VICTIM, Fields.M2_P1, 0)
                .kcall(SysCalls.SYS_SIGRETURN, 9, Fields.M2_I1, 40, Fields.M2_P1, "%s1")
                .done();
            rig.program("pm", PM, Privileges.service(), pm).boot().runUntilDone(300_000_000, PM, VICTIM);
            int frame = rig.result(PM, 1);
            assertThat(rig.result(PM, 0)).isEqualTo(Errors.OK);
            assertThat(frame & 15).as("the frame is 16-byte aligned").isZero();
            assertThat(rig.result(VICTIM, 1)).as("a0 = the signal").isEqualTo(SIGUSR1);
            assertThat(rig.result(VICTIM, 2)).as("a1 = the frame").isEqualTo(frame);
            assertThat(rig.result(VICTIM, 3)).as("the handler runs on the frame").isEqualTo(frame);
            assertThat(rig.result(VICTIM, 9)).as("the handler returned to the trampoline").isEqualTo(1);
            assertThat(rig.result(VICTIM, 4)).isEqualTo(frame);
            assertThat(rig.result(PM, 2)).isEqualTo(Errors.OK);
            assertThat(rig.result(PM, 3)).as("the mask kept in the frame").isEqualTo(0x55);
            assertThat(rig.result(VICTIM, 6)).as("s2 restored").isEqualTo(0x1234);
            assertThat(rig.result(VICTIM, 7)).as("s3 kept").isEqualTo(777);
            assertThat(rig.result(VICTIM, 8)).as("the count went on").isEqualTo(rig.result(VICTIM, 0)).isGreaterThan(0);
            assertThat(rig.result(PM, 4)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 5)).as("signal 65").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 6)).as("a kernel task").isEqualTo(Errors.EPERM);
            assertThat(rig.result(PM, 7)).as("no magic word").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(PM, 8)).as("an unmapped frame").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(PM, 9)).as("no process 40").isEqualTo(Errors.EINVAL);
        }
    }

    @Test
    void aBadStackIsEfaultAndABlockedProcessIsEbusy() throws Exception {
        String badStack = new UserProgram().asm("li      s1, 7", "li      sp, 0", "1:", "j       1b").done();
        String sender = new UserProgram().ipc("ipc_sendrec", BUSY, "msg", 0).data("msg:    .space 64").done();
        String busy = new UserProgram().asm("1:", "j       1b").done();
        String pm = new UserProgram()
            .asm("li      a0, 3", "call    sleep_ticks")
            .kcall(SysCalls.SYS_SIGSEND, 0, sigsend(VICTIM, SIGUSR1, 0x1000, 0x1000, 0))
            .kcall(SysCalls.SYS_SIGSEND, 1, sigsend(OTHER, SIGUSR1, 0x1000, 0x1000, 0))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", PM, Privileges.service(), pm)
               .program("badstack", VICTIM, Privileges.user(), badStack)
               .program("sender", OTHER, Privileges.user(), sender)
               .program("busy", BUSY, Privileges.service(), busy)
               .boot().runUntilDone(100_000_000, PM);
            assertThat(rig.result(PM, 0)).as("sp = 0").isEqualTo(Errors.EFAULT);
            assertThat(rig.procs().reg(VICTIM, 2)).as("left as it was").isZero();
            assertThat(rig.result(PM, 1)).as("blocked in sendrec").isEqualTo(Errors.EBUSY);
        }
    }

    @Test
    void aProcessWaitingForPmsAnswerGetsItWithTheSignal() throws Exception {
        String victim = new UserProgram()
            .ipc("ipc_sendrec", PM, "msg", 0).recordWord(1, "msg", 4)
            .asm("call    done", "        .globl handler", "handler:")
            .recordReg(2, "a0")
            .asm("        .globl tramp", "tramp:", "li      t1, 1", "la      t0, results", "sw      t1, 12(t0)", "2:", "j       2b")
            .data("msg:    .space 64")
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("victim", VICTIM, Privileges.user(), victim);
            Object[] fields = sigsend(VICTIM, SIGUSR1, rig.symbol(VICTIM, "handler"), rig.symbol(VICTIM, "tramp"), 0);
            Object[] withAnswer = java.util.Arrays.copyOf(fields, fields.length + 2);
            withAnswer[fields.length] = Fields.M2_LL1;
            withAnswer[fields.length + 1] = 42;
            String pm = new UserProgram()
                .ipc("ipc_receive", Endpoints.ANY, "msg", 0)
                .kcall(SysCalls.SYS_SIGSEND, 1, withAnswer)
                .keepField("s1", Fields.M2_P1)
                .asm("li      a0, 3", "call    sleep_ticks")
                .kcall(SysCalls.SYS_SIGRETURN, 2, Fields.M2_I1, VICTIM, Fields.M2_P1, "%s1")
                .data("msg:    .space 64")
                .done();
            rig.program("pm", PM, Privileges.service(), pm).boot().runUntilDone(200_000_000, PM, VICTIM);
            assertThat(rig.result(PM, 1)).isEqualTo(Errors.OK);
            assertThat(rig.result(VICTIM, 2)).as("the handler's a0: the signal, not the answer").isEqualTo(SIGUSR1);
            assertThat(rig.result(VICTIM, 3)).as("the trampoline was reached").isEqualTo(1);
            assertThat(rig.result(PM, 2)).isEqualTo(Errors.OK);
            assertThat(rig.result(VICTIM, 0)).as("its SENDREC returned OK").isEqualTo(Errors.OK);
            assertThat(rig.result(VICTIM, 1)).as("the answer's m_type").isEqualTo(42);
        }
    }
}
