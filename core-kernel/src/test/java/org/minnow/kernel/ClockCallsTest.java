package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_TIMES and SYS_SETALARM: accounting, uptime, and alarms that arrive as notifications from CLOCK. */
class ClockCallsTest {
    static final int SVC = 4, SPIN = 3;

    static Object[] alarm(int ticks, int absolute) {
        return new Object[] {Fields.M2_L1, ticks, Fields.M2_I2, absolute};
    }

    @Test
    void timesReportsAccountingAndUptime() throws Exception {
        String p = new UserProgram()
            .kcall(SysCalls.SYS_TIMES, 0, Fields.M4_L1, Endpoints.SELF)
            .recordField(1, Fields.M4_L5)
            .asm("li      a0, 5", "call    sleep_ticks")
            .kcall(SysCalls.SYS_TIMES, 2, Fields.M4_L1, Endpoints.SELF)
            .recordField(3, Fields.M4_L5)
            .recordField(4, Fields.M4_L3)
            .kcall(SysCalls.SYS_TIMES, 5, Fields.M4_L1, SPIN)
            .recordField(6, Fields.M4_L1)
            .kcall(SysCalls.SYS_TIMES, 7, Fields.M4_L1, Endpoints.NONE)
            .recordField(8, Fields.M4_L1)
            .kcall(SysCalls.SYS_TIMES, 9, Fields.M4_L1, 40)
            .recordField(10, Fields.M4_L1).recordField(11, Fields.M4_L5)
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("svc", SVC, Privileges.service(), p)
               .program("spin", SPIN, Privileges.user(), new UserProgram().asm("1:", "j       1b").done())
               .boot().runUntilDone(100_000_000, SVC);
            assertThat(rig.result(SVC, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 3) - rig.result(SVC, 1)).as("ticks slept").isGreaterThanOrEqualTo(5);
            assertThat(rig.result(SVC, 4)).as("no real-time clock: boot time 0").isZero();
            assertThat(rig.result(SVC, 5)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 6)).as("the spinner ran while the service slept").isGreaterThanOrEqualTo(4);
            assertThat(rig.result(SVC, 7)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 8)).as("NONE: no process times").isEqualTo(Endpoints.NONE);
            assertThat(rig.result(SVC, 9)).as("an unknown process is no error").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 10)).isEqualTo(40);
            assertThat(rig.result(SVC, 11)).as("the uptime still").isGreaterThanOrEqualTo(rig.result(SVC, 3));
        }
    }

    @Test
    void alarmsReplaceEachOtherAndArriveFromClockWithATimestamp() throws Exception {
        String p = new UserProgram()
            .kcall(SysCalls.SYS_SETALARM, 0, alarm(5, 0))
            .recordField(1, Fields.M2_L1)
            .kcall(SysCalls.SYS_SETALARM, 2, alarm(100, 0))
            .recordField(3, Fields.M2_L1)
            .kcall(SysCalls.SYS_SETALARM, 4, alarm(0, 0))
            .recordField(5, Fields.M2_L1)
            .kcall(SysCalls.SYS_TIMES, 6, Fields.M4_L1, Endpoints.NONE)
            .keepField("s2", Fields.M4_L5).recordReg(7, "s2")                   // s2 = now
            .kcall(SysCalls.SYS_SETALARM, 8, alarm(3, 0))
            .ipc("ipc_receive", Endpoints.CLOCK, "msg", 9)
            .recordWord(10, "msg", 0).recordWord(11, "msg", 4).recordWord(12, "msg", 8)
            .asm("addi    s3, s2, 10")
            .kcall(SysCalls.SYS_SETALARM, 13, Fields.M2_L1, "%s3", Fields.M2_I2, 1)
            .ipc("ipc_receive", Endpoints.CLOCK, "msg", 14)
            .recordWord(15, "msg", 8)
            .data("msg:    .space 64")
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("svc", SVC, Privileges.service(), p).boot().runUntilDone(200_000_000, SVC);
            assertThat(rig.result(SVC, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 1)).as("no alarm before").isZero();
            assertThat(rig.result(SVC, 3)).as("what was left of the first").isBetween(4, 5);
            assertThat(rig.result(SVC, 5)).as("cancelled: what was left of the second").isBetween(99, 100);
            assertThat(rig.result(SVC, 9)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 10)).as("from CLOCK").isEqualTo(Endpoints.CLOCK);
            assertThat(rig.result(SVC, 11)).isEqualTo(Ipc.NOTIFY_MESSAGE);
            int now = rig.result(SVC, 7);
            assertThat(rig.result(SVC, 12)).as("the timestamp: the uptime at delivery").isBetween(now + 3, now + 4);
            assertThat(rig.result(SVC, 13)).as("an absolute alarm").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 15)).isBetween(now + 10, now + 11);
        }
    }

    /** User processes cannot be given kernel calls; the test grants the call to show the kernel's own check. */
    @Test
    void onlySystemProcessesSetAlarms() throws Exception {
        String p = new UserProgram().kcall(SysCalls.SYS_SETALARM, 0, alarm(5, 0)).done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("user", SPIN, Privileges.user(), p).boot();
            rig.kernel.context().privs.setBit(Config.USER_PRIV_ID, PrivTable.K_CALL_MASK,
                SysCalls.SYS_SETALARM - SysCalls.KERNEL_CALL, true);
            rig.runUntilDone(100_000_000, SPIN);
            assertThat(rig.result(SPIN, 0)).isEqualTo(Errors.EPERM);
            assertThat(rig.kernel.context().privs.read64(Config.USER_PRIV_ID, PrivTable.ALARM)).isZero();
        }
    }

    @Test
    void diagctlLogsTextAsADiagEvent() throws Exception {
        Object[] diag = {Fields.M1_I1, 1, Fields.M1_P1, "text", Fields.M1_I2, 12, Fields.M1_I3, 7};
        String p = new UserProgram()
            .kcall(SysCalls.SYS_DIAGCTL, 0, diag)
            .kcall(SysCalls.SYS_DIAGCTL, 1, Fields.M1_I1, 2, Fields.M1_P1, "text", Fields.M1_I2, 12)
            .kcall(SysCalls.SYS_DIAGCTL, 2, Fields.M1_I1, 1, Fields.M1_P1, "text", Fields.M1_I2, 0)
            .kcall(SysCalls.SYS_DIAGCTL, 3, Fields.M1_I1, 1, Fields.M1_P1, "text", Fields.M1_I2, 2001)
            .kcall(SysCalls.SYS_DIAGCTL, 4, Fields.M1_I1, 1, Fields.M1_P1, 0x10, Fields.M1_I2, 12)
            .data("text:   .ascii \"hello kernel\"")
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("svc", SVC, Privileges.service(), p).boot().runUntilDone(100_000_000, SVC);
            assertThat(rig.result(SVC, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 1)).as("code 2").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 2)).as("length 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 3)).as("length 2001").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 4)).as("unreadable text").isEqualTo(Errors.EFAULT);
            assertThat(rig.events(EventKind.DIAG)).singleElement().satisfies(e -> {
                assertThat(e.text()).isEqualTo("hello kernel");
                assertThat(e.source()).isEqualTo(SVC);
                assertThat(e.messageType()).as("the tag").isEqualTo(7);
            });
        }
    }
}
