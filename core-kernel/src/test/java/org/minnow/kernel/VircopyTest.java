package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.machine.MemoryMap;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_VIRCOPY and SYS_PHYSCOPY: a trusted server copies between processes and, with PHYSCOPY, physical memory. */
class VircopyTest {
    static final int SERVER = 5, CLIENT = 3;
    static final int SELF = Endpoints.SELF, NONE = Endpoints.NONE;

    static Object[] cp(Object src, Object srcAddr, Object dst, Object dstAddr, int bytes) {
        return new Object[] {Fields.M5_I1, src, Fields.M5_L1, srcAddr, Fields.M5_I2, dst, Fields.M5_L2, dstAddr,
            Fields.M5_L3, bytes};
    }

    static Object[] umapSelf(String label) {
        return new Object[] {Fields.M5_I1, SELF, Fields.M5_S1, new UserProgram.Half(0x1001), Fields.M5_L1, label,
            Fields.M5_L3, 8};
    }

    /** The client: tells the server where its buffer is and records what is in it after the answer. */
    static final String CLIENT_PROGRAM = new UserProgram()
        .asm("la      t0, buf", "la      t1, msg", "sw      t0, 8(t1)")
        .ipc("ipc_sendrec", SERVER, "msg", 0)
        .recordWord(1, "buf", 0).recordWord(2, "buf", 4)
        .data("msg:    .space 64", "buf:    .ascii \"clientAB\"")
        .done();

    static final String SERVER_PROGRAM = new UserProgram()
        .ipc("ipc_receive", Endpoints.ANY, "msg", 0)
        .asm("la      t0, msg", "lw      s2, 0(t0)", "lw      s3, 8(t0)")           // the client, its buffer
        .kcall(SysCalls.SYS_VIRCOPY, 1, cp(SELF, "a", SELF, "b", 8))
        .recordWord(2, "b", 0)
        .kcall(SysCalls.SYS_VIRCOPY, 3, cp("%s2", "%s3", SELF, "c", 8))
        .recordWord(4, "c", 0)
        .kcall(SysCalls.SYS_VIRCOPY, 5, cp(SELF, "a", "%s2", "%s3", 8))
        .kcall(SysCalls.SYS_VIRCOPY, 6, cp(40, "a", SELF, "b", 8))
        .kcall(SysCalls.SYS_VIRCOPY, 7, cp(SELF, "a", Endpoints.CLOCK, "b", 8))
        .kcall(SysCalls.SYS_VIRCOPY, 8, cp(NONE, 0x8020_0000, SELF, "b", 8))
        .kcall(SysCalls.SYS_VIRCOPY, 9, cp(SELF, "a", SELF, "b", -1))
        .kcall(SysCalls.SYS_VIRCOPY, 10, cp(SELF, 0x10, SELF, "b", 8))
        .kcall(SysCalls.SYS_VIRCOPY, 11, cp(SELF, "a", SELF, "_start", 8))
        .kcall(SysCalls.SYS_VIRCOPY, 12, cp(SELF, 0x10, SELF, 0x10, 0))
        .kcall(SysCalls.SYS_UMAP, 13, umapSelf("a"))
        .keepField("s4", Fields.M5_L2)                                                // s4 = a's physical address
        .kcall(SysCalls.SYS_PHYSCOPY, 14, cp(NONE, "%s4", SELF, "d", 8))
        .recordWord(15, "d", 4)
        .kcall(SysCalls.SYS_UMAP, 16, umapSelf("e"))
        .keepField("s5", Fields.M5_L2)
        .kcall(SysCalls.SYS_PHYSCOPY, 17, cp(NONE, "%s4", NONE, "%s5", 8))
        .recordWord(18, "e", 0)
        .kcall(SysCalls.SYS_PHYSCOPY, 19, cp(SELF, "a", NONE, 0x8000_1000, 8))
        .kcall(SysCalls.SYS_PHYSCOPY, 20, cp(NONE, MemoryMap.UART, SELF, "d", 8))
        .kcall(SysCalls.SYS_PHYSCOPY, 21, cp(NONE, -8, SELF, "d", 16))
        .ipc("ipc_send", "%s2", "msg", 22)
        .data("msg:    .space 64", "        .balign 8", "a:      .ascii \"serverXY\"", "b:      .space 8",
            "c:      .space 8", "d:      .space 8", "        .balign 8", "e:      .space 8")
        .done();

    @Test
    void copiesBetweenProcessesAndPhysicalMemory() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", SERVER, Privileges.service(), SERVER_PROGRAM)
               .program("client", CLIENT, Privileges.user(), CLIENT_PROGRAM)
               .boot().runUntilDone(200_000_000, SERVER, CLIENT);
            assertThat(rig.result(SERVER, 1)).isEqualTo(Errors.OK);
            assertThat(rig.result(SERVER, 2)).as("\"serv\"").isEqualTo(0x76726573);
            assertThat(rig.result(SERVER, 3)).as("from the client").isEqualTo(Errors.OK);
            assertThat(rig.result(SERVER, 4)).as("\"clie\"").isEqualTo(0x65696c63);
            assertThat(rig.result(SERVER, 5)).as("to the client").isEqualTo(Errors.OK);
            assertThat(rig.result(CLIENT, 1)).as("the client's buffer now says \"serv\"").isEqualTo(0x76726573);
            assertThat(rig.result(SERVER, 6)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SERVER, 7)).as("a kernel task").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SERVER, 8)).as("physical memory through VIRCOPY").isEqualTo(Errors.EPERM);
            assertThat(rig.result(SERVER, 9)).as("2^32 - 1 bytes").isEqualTo(Errors.E2BIG);
            assertThat(rig.result(SERVER, 10)).as("unmapped source").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(SERVER, 11)).as("read-only destination").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(SERVER, 12)).as("0 bytes").isEqualTo(Errors.OK);
            assertThat(rig.result(SERVER, 14)).as("PHYSCOPY from physical memory").isEqualTo(Errors.OK);
            assertThat(rig.result(SERVER, 15)).as("\"erXY\"").isEqualTo(0x59587265);
            assertThat(rig.result(SERVER, 17)).as("physical to physical").isEqualTo(Errors.OK);
            assertThat(rig.result(SERVER, 18)).isEqualTo(0x76726573);
            assertThat(rig.result(SERVER, 19)).as("into the kernel's tables").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(SERVER, 20)).as("device registers").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(SERVER, 21)).as("past the end of the address space").isEqualTo(Errors.EFAULT);
        }
    }
}
