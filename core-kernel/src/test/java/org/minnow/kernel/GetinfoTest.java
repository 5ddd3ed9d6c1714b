package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_GETINFO: who am I, the clock rate, and raw copies of the kernel's tables. */
class GetinfoTest {
    static final int SVC = 4, USER = 3;
    static final int GET_PROCTAB = 2, GET_IRQHOOKS = 6, GET_PRIVTAB = 8, GET_PROC = 11, GET_PRIV = 17, GET_HZ = 18,
        GET_WHOAMI = 19;
    static final int PROCTAB_BYTES = (ProcTable.END - ProcTable.FIRST) * ProcTable.SIZE;
    static final int PRIVTAB_BYTES = Config.NR_SYS_PROCS * PrivTable.SIZE;

    static Object[] info(int request, Object dst, int room, int endpoint) {
        return new Object[] {Fields.M7_I3, request, Fields.M7_P1, dst, Fields.M7_I1, room, Fields.M7_I2, endpoint};
    }

    /** The offset in {@code big} of slot {@code p}'s struct proc in a copy of the process table. */
    static int procOffset(int p, int field) {
        return (p - ProcTable.FIRST) * ProcTable.SIZE + field;
    }

    @Test
    void everyRequestAndItsErrors() throws Exception {
        String p = new UserProgram()
            .kcall(SysCalls.SYS_GETINFO, 0, info(GET_WHOAMI, 0, 0, 0))
            .recordField(1, Fields.M3_I1).recordField(2, Fields.M3_I2).recordField(3, Fields.M3_P1)
            .recordField(4, Fields.M3_CA1)
            .kcall(SysCalls.SYS_GETINFO, 5, info(GET_HZ, "word", 4, 0))
            .recordWord(6, "word", 0)
            .kcall(SysCalls.SYS_GETINFO, 7, info(GET_HZ, "word", 2, 0))
            .kcall(SysCalls.SYS_GETINFO, 8, info(GET_HZ, "word", 0, 0))
            .kcall(SysCalls.SYS_GETINFO, 9, info(GET_HZ, 0x10, 4, 0))
            .kcall(SysCalls.SYS_GETINFO, 10, info(GET_PROC, "big", ProcTable.SIZE, Endpoints.SELF))
            .recordWord(11, "big", ProcTable.ENDPOINT).recordWord(12, "big", ProcTable.NAME)
            .kcall(SysCalls.SYS_GETINFO, 13, info(GET_PROC, "big", ProcTable.SIZE, 40))
            .kcall(SysCalls.SYS_GETINFO, 14, info(GET_PROC, "big", 100, Endpoints.SELF))
            .kcall(SysCalls.SYS_GETINFO, 15, info(GET_PRIV, "big", PrivTable.SIZE, Endpoints.SELF))
            .recordWord(16, "big", PrivTable.ID)
            .kcall(SysCalls.SYS_GETINFO, 17, info(GET_PRIV, "big", PrivTable.SIZE, USER))
            .recordWord(18, "big", PrivTable.ID)
            .kcall(SysCalls.SYS_GETINFO, 19, info(GET_PROCTAB, "big", PROCTAB_BYTES, 0))
            .recordWord(20, "big", procOffset(SVC, ProcTable.ENDPOINT))
            .recordWord(21, "big", procOffset(Endpoints.CLOCK, ProcTable.NAME))
            .kcall(SysCalls.SYS_GETINFO, 22, info(GET_PROCTAB, "big", PROCTAB_BYTES - 1, 0))
            .kcall(SysCalls.SYS_GETINFO, 23, info(GET_PRIVTAB, "big", PRIVTAB_BYTES, 0))
            .recordWord(24, "big", (Config.NR_TASKS + SVC) * PrivTable.SIZE + PrivTable.PROC_NR)
            .kcall(SysCalls.SYS_GETINFO, 25, info(GET_IRQHOOKS, "big", 0, 0))
            .recordWord(26, "big", 0)
            .kcall(SysCalls.SYS_GETINFO, 27, info(99, "big", 0, 0))
            .kcall(SysCalls.SYS_GETINFO, 28, info(0, "big", 0, 0))
            .kcall(SysCalls.SYS_GETINFO, 29, info(GET_PRIVTAB, 0x10, 0, 0))
            .data("word:   .word 0", "big:    .space " + PROCTAB_BYTES)
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("svc", SVC, Privileges.service(), p)
               .program("user", USER, Privileges.user(), new UserProgram().done())
               .boot().runUntilDone(100_000_000, SVC);
            assertThat(rig.result(SVC, 0)).as("GET_WHOAMI").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 1)).isEqualTo(SVC);
            assertThat(rig.result(SVC, 2)).isEqualTo(PrivTable.SYS_PROC | PrivTable.PREEMPTIBLE);
            assertThat(rig.result(SVC, 3)).as("init flags").isZero();
            assertThat(rig.result(SVC, 4)).as("\"svc\"").isEqualTo(0x00637673);
            assertThat(rig.result(SVC, 5)).as("GET_HZ").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 6)).isEqualTo(Config.HZ);
            assertThat(rig.result(SVC, 7)).as("2 bytes of room for an int").isEqualTo(Errors.E2BIG);
            assertThat(rig.result(SVC, 8)).as("room 0 is not checked").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 9)).as("unmapped destination").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(SVC, 10)).as("GET_PROC").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 11)).isEqualTo(SVC);
            assertThat(rig.result(SVC, 12)).isEqualTo(0x00637673);
            assertThat(rig.result(SVC, 13)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 14)).as("100 bytes for a struct proc").isEqualTo(Errors.E2BIG);
            assertThat(rig.result(SVC, 15)).as("GET_PRIV").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 16)).isEqualTo(Config.NR_TASKS + SVC);
            assertThat(rig.result(SVC, 17)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 18)).as("a user process's: the shared one").isEqualTo(Config.USER_PRIV_ID);
            assertThat(rig.result(SVC, 19)).as("GET_PROCTAB").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 20)).isEqualTo(SVC);
            assertThat(rig.result(SVC, 21)).as("\"cloc\"").isEqualTo(0x636f6c63);
            assertThat(rig.result(SVC, 22)).isEqualTo(Errors.E2BIG);
            assertThat(rig.result(SVC, 23)).as("GET_PRIVTAB").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 24)).isEqualTo(SVC);
            assertThat(rig.result(SVC, 25)).as("GET_IRQHOOKS").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 26)).as("a free hook").isEqualTo(Endpoints.NONE);
            assertThat(rig.result(SVC, 27)).as("request 99").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 28)).as("GET_KINFO: Minnow has none").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 29)).as("unmapped destination").isEqualTo(Errors.EFAULT);
        }
    }
}
