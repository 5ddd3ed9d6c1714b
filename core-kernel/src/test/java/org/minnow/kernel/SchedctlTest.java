package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_SCHEDCTL: the kernel schedules a process in a new queue with a new quantum. */
class SchedctlTest {
    static final int SCHED = 4, SPIN = 8;

    static Object[] sched(int flags, int endpoint, int quantumMs, int priority) {
        return new Object[] {Fields.M9_L1, flags, Fields.M9_L2, endpoint, Fields.M9_L3, quantumMs,
            Fields.M9_S4, new UserProgram.Half(priority)};
    }

    @Test
    void setsPriorityAndQuantumAndRejectsBadValues() throws Exception {
        String sched = new UserProgram()
            .kcall(SysCalls.SYS_SCHEDCTL, 0, sched(1, SPIN, 500, 9))
            .kcall(SysCalls.SYS_SCHEDCTL, 1, sched(1, SPIN, -1, -1))
            .kcall(SysCalls.SYS_SCHEDCTL, 2, sched(0, SPIN, 500, 2))
            .kcall(SysCalls.SYS_SCHEDCTL, 3, sched(2, SPIN, 500, 2))
            .kcall(SysCalls.SYS_SCHEDCTL, 4, sched(1, 40, 500, 2))
            .kcall(SysCalls.SYS_SCHEDCTL, 5, sched(1, Endpoints.CLOCK, 500, 2))
            .kcall(SysCalls.SYS_SCHEDCTL, 6, sched(1, SPIN, 500, 16))
            .kcall(SysCalls.SYS_SCHEDCTL, 7, sched(1, SPIN, 500, -2))
            .kcall(SysCalls.SYS_SCHEDCTL, 8, sched(1, SPIN, 0, 2))
            .kcall(SysCalls.SYS_SCHEDCTL, 9, sched(1, SPIN, -5, 2))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("sched", SCHED, Privileges.service(), sched)
               .program("spin", SPIN, Privileges.user(), new UserProgram().asm("1:", "j       1b").done())
               .boot().runUntilDone(100_000_000, SCHED);
            assertThat(rig.result(SCHED, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SCHED, 1)).as("-1 keeps both").isEqualTo(Errors.OK);
            assertThat(rig.result(SCHED, 2)).as("no SCHEDCTL_FLAG_KERNEL").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SCHED, 3)).as("an unknown flag").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SCHED, 4)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SCHED, 5)).as("a kernel task").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SCHED, 6)).as("queue 16").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SCHED, 7)).as("queue -2").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SCHED, 8)).as("quantum 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SCHED, 9)).as("quantum -5").isEqualTo(Errors.EINVAL);
            assertThat(rig.procs().read(SPIN, ProcTable.MAX_PRIORITY)).isEqualTo(9);
            assertThat(rig.procs().read(SPIN, ProcTable.QUANTUM_SIZE)).as("500 ms at 60 Hz").isEqualTo(30);
        }
    }

    @Test
    void aProcessMovedToAHigherQueueRunsFirst() throws Exception {
        String counter = new UserProgram().asm("li      s1, 0", "2:", "addi    s1, s1, 1", "la      t0, results",
            "sw      s1, 0(t0)", "j       2b").done();
        String sched = new UserProgram()
            .kcall(SysCalls.SYS_SCHEDCTL, 0, sched(1, SPIN, 200, 14))
            .kcall(SysCalls.SYS_SCHEDCTL, 1, sched(1, SPIN + 1, 200, 1))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("sched", SCHED, Privileges.service().withSchedule(0, 12), sched)
               .program("low", SPIN, Privileges.user(), counter)
               .program("high", SPIN + 1, Privileges.user(), counter)
               .boot().runUntilDone(100_000_000, SCHED);
            int lowBefore = rig.result(SPIN, 0);
            rig.run(20_000_000);
            assertThat(rig.result(SPIN + 1, 0)).as("the high one keeps counting").isGreaterThan(0);
            assertThat(rig.result(SPIN, 0)).as("the low one never runs while the high one can").isEqualTo(lowBefore);
        }
    }
}
