package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.machine.MemoryMap;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_VMCTL's VMCTL_BRK: the heap grows and shrinks page by page above the program. */
class BrkTest {
    static final int BRK = 65, MAP_PHYS = 64;
    static final int SVC = 5, USER = 3;

    static Object[] brk(Object who, Object address) {
        return new Object[] {Fields.M1_I1, who, Fields.M1_I2, BRK, Fields.M1_P1, address};
    }

    @Test
    void theHeapGrowsIsUsableAndRefusesBadBreaks() throws Exception {
        String p = new UserProgram()
            .kcall(SysCalls.SYS_VMCTL, 0, brk(Endpoints.SELF, 0))
            .keepField("s2", Fields.M1_P1).recordReg(1, "s2")                       // s2 = the heap's start
            .asm("li      t0, 10000", "add     s3, s2, t0")                           // s3 = start + 10000
            .kcall(SysCalls.SYS_VMCTL, 2, brk(Endpoints.SELF, "%s3"))
            .recordField(3, Fields.M1_P1)
            .asm("li      t0, 0x5a", "sb      t0, -1(s3)", "lbu     a1, -1(s3)", "li      a0, 4", "call    record")
            .asm("lw      a1, 0(s2)", "li      a0, 5", "call    record")             // zeroed
            .kcall(SysCalls.SYS_VMCTL, 6, brk(Endpoints.SELF, 0))
            .recordField(7, Fields.M1_P1)
            .asm("addi    s4, s2, -4")
            .kcall(SysCalls.SYS_VMCTL, 8, brk(Endpoints.SELF, "%s4"))
            .kcall(SysCalls.SYS_VMCTL, 9, brk(Endpoints.SELF, 0x6000_1000))
            .kcall(SysCalls.SYS_VMCTL, 10, brk(40, 0))
            .kcall(SysCalls.SYS_VMCTL, 11, brk(Endpoints.CLOCK, 0))
            // a device mapped above the heap stops it
            .asm("li      t0, 0x20000", "add     s5, s2, t0")
            .kcall(SysCalls.SYS_VMCTL, 12, Fields.M1_I1, Endpoints.SELF, Fields.M1_I2, MAP_PHYS,
                Fields.M1_P2, MemoryMap.UART, Fields.M1_I3, 4096, Fields.M1_P1, "%s5")
            .asm("li      t0, 0x30000", "add     s6, s2, t0")
            .kcall(SysCalls.SYS_VMCTL, 13, brk(Endpoints.SELF, "%s6"))
            .kcall(SysCalls.SYS_VMCTL, 14, brk(Endpoints.SELF, 0))
            .recordField(15, Fields.M1_P1)
            // no memory for 20 MB
            .asm("li      t0, 0x1400000", "add     s7, s2, t0")
            .kcall(SysCalls.SYS_VMCTL, 16, brk(Endpoints.SELF, "%s7"))
            // another process's break, as PM would set it
            .kcall(SysCalls.SYS_VMCTL, 17, brk(USER, 0))
            .keepField("s8", Fields.M1_P1)
            .asm("li      t0, 8192", "add     s8, s8, t0")
            .kcall(SysCalls.SYS_VMCTL, 18, brk(USER, "%s8"))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("svc", SVC, Privileges.service().withMemRanges(MemoryMap.UART, MemoryMap.UART + 0xfff), p)
               .program("user", USER, Privileges.user(), new UserProgram().done())
               .boot();
            int free = rig.kernel.context().frames.freePages();
            rig.runUntilDone(200_000_000, SVC);
            int start = rig.result(SVC, 1);
            assertThat(rig.result(SVC, 0)).isEqualTo(Errors.OK);
            assertThat(start & 0xfff).as("the heap starts on a page").isZero();
            assertThat(start).isEqualTo(rig.procs().read(SVC, ProcTable.HEAP_START));
            assertThat(rig.result(SVC, 2)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 3)).as("the new break").isEqualTo(start + 10000);
            assertThat(rig.result(SVC, 4)).as("the heap's last byte is usable").isEqualTo(0x5a);
            assertThat(rig.result(SVC, 5)).as("and zeroed").isZero();
            assertThat(rig.result(SVC, 7)).isEqualTo(start + 10000);
            assertThat(rig.result(SVC, 8)).as("below the program's end").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 9)).as("into the device window").isEqualTo(Errors.ENOMEM);
            assertThat(rig.result(SVC, 10)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 11)).as("a kernel task").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SVC, 12)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 13)).as("through a device mapping").isEqualTo(Errors.ENOMEM);
            assertThat(rig.result(SVC, 15)).as("the break stayed").isEqualTo(start + 10000);
            assertThat(rig.result(SVC, 16)).as("more than memory").isEqualTo(Errors.ENOMEM);
            assertThat(rig.result(SVC, 17)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 18)).isEqualTo(Errors.OK);
            assertThat(rig.kernel.context().frames.freePages()).as("three heap pages of svc, two of user")
                .isEqualTo(free - 5);
            int userStart = rig.procs().read(USER, ProcTable.HEAP_START);
            assertThat(AddressSpace.peek(rig.machine.ram(), rig.procs().root(USER), userStart + 4096)).isNotZero();
        }
    }

    @Test
    void aShrunkHeapIsGoneEvenIfJustUsed() throws Exception {
        String p = new UserProgram()
            .kcall(SysCalls.SYS_VMCTL, 0, brk(Endpoints.SELF, 0))
            .keepField("s2", Fields.M1_P1)
            .asm("li      t0, 8192", "add     s3, s2, t0", "li      t0, 4096", "add     s4, s2, t0")
            .kcall(SysCalls.SYS_VMCTL, 1, brk(Endpoints.SELF, "%s3"))
            .asm("li      t0, 7", "sw      t0, 0(s4)", "lw      a1, 0(s4)", "li      a0, 2", "call    record")
            .kcall(SysCalls.SYS_VMCTL, 3, brk(Endpoints.SELF, "%s2"))
            .asm("lw      a1, 0(s4)", "li      a0, 4", "call    record")          // faults: the page is gone
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("mgr", 0, Privileges.service(), new UserProgram().done())
               .program("svc", SVC, Privileges.service().withSigMgr(0), p).boot().run(50_000_000);
            assertThat(rig.result(SVC, 2)).isEqualTo(7);
            assertThat(rig.result(SVC, 3)).isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 63)).as("it never got past the load").isZero();
            assertThat(rig.procs().has(SVC, RtsFlags.SIGNALED)).isTrue();
            assertThat(rig.kernel.context().signals.pending(SVC)).isEqualTo(1L << (Signals.SIGSEGV - 1));
            assertThat(rig.events(EventKind.FAULT)).anySatisfy(e -> assertThat(e.source()).isEqualTo(SVC));
        }
    }
}
