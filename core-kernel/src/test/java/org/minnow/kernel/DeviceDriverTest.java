package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.dev.Uart16550;
import org.minnow.hw.machine.MemoryMap;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/**
 * A driver's first steps: SYS_VMCTL (VMCTL_MAP_PHYS) maps the UART's registers into it,
 * SYS_IRQCTL gives it the UART's interrupt, which arrives as a notification from HARDWARE.
 */
class DeviceDriverTest {
    static final int SETPOLICY = 1, RMPOLICY = 2, ENABLE = 3, DISABLE = 4;
    static final int MAP_PHYS = 64;
    static final int DRIVER = 5, OTHER = 6;
    static final int UART = MemoryMap.UART, UART_IRQ = MemoryMap.UART_IRQ;

    static Object[] irqctl(int request, int irq, int policy, Object hook) {
        return new Object[] {Fields.M5_S1, new UserProgram.Half(request), Fields.M5_S2, new UserProgram.Half(irq),
            Fields.M5_I1, policy, Fields.M5_L3, hook};
    }

    static Object[] map(Object who, int phys, int len, int va) {
        return new Object[] {Fields.M1_I1, who, Fields.M1_I2, MAP_PHYS, Fields.M1_P2, phys, Fields.M1_I3, len,
            Fields.M1_P1, va};
    }

    static Privileges driver() {
        return Privileges.service().withIrqs(UART_IRQ).withMemRanges(UART, UART + 0xfff, 0x8000_0000, 0x80ff_ffff);
    }

    /**
     * The driver: maps the UART, takes its IRQ with notify id 3, enables the transmitter-empty
     * interrupt and waits for it; then enables the line again, transmits, and gets a second one.
     */
    static final String DRIVER_PROGRAM = new UserProgram()
        .kcall(SysCalls.SYS_VMCTL, 0, map(Endpoints.SELF, UART, 4096, 0))
        .keepField("s2", Fields.M1_P1).recordReg(1, "s2")
        .kcall(SysCalls.SYS_IRQCTL, 2, irqctl(SETPOLICY, UART_IRQ, 0, 3))
        .keepField("s3", Fields.M5_L3).recordReg(3, "s3")
        .asm("li      t0, " + Uart16550.IER_THR_EMPTY, "sb      t0, " + Uart16550.IER + "(s2)")
        .ipc("ipc_receive", Endpoints.HARDWARE, "msg", 4)
        .recordWord(5, "msg", 0).recordWord(6, "msg", 4).recordWord(7, "msg", 16)
        .asm("lbu     t0, " + Uart16550.IIR + "(s2)")                     // reading IIR ends the interrupt
        .kcall(SysCalls.SYS_IRQCTL, 8, irqctl(ENABLE, 0, 0, "%s3"))
        .asm("li      t0, 65", "sb      t0, " + Uart16550.THR + "(s2)")    // transmit 'A': THR empties again
        .ipc("ipc_receive", Endpoints.HARDWARE, "msg", 9)
        .recordWord(10, "msg", 16)
        .asm("lbu     t0, " + Uart16550.IIR + "(s2)")
        .kcall(SysCalls.SYS_IRQCTL, 11, irqctl(DISABLE, 0, 0, "%s3"))
        // tell the other driver our hook, and see it refused
        .asm("la      t0, msg", "sw      s3, 8(t0)")
        .ipc("ipc_send", OTHER, "msg", 12)
        .ipc("ipc_receive", OTHER, "msg", 13)
        .recordWord(14, "msg", 8)
        .kcall(SysCalls.SYS_IRQCTL, 15, irqctl(RMPOLICY, 0, 0, "%s3"))
        .kcall(SysCalls.SYS_IRQCTL, 16, irqctl(ENABLE, 0, 0, "%s3"))
        // bad requests
        .kcall(SysCalls.SYS_IRQCTL, 20, irqctl(SETPOLICY, 0, 0, 3))
        .kcall(SysCalls.SYS_IRQCTL, 21, irqctl(SETPOLICY, 32, 0, 3))
        .kcall(SysCalls.SYS_IRQCTL, 22, irqctl(SETPOLICY, 5, 0, 3))
        .kcall(SysCalls.SYS_IRQCTL, 23, irqctl(SETPOLICY, UART_IRQ, 0, 32))
        .kcall(SysCalls.SYS_IRQCTL, 24, irqctl(SETPOLICY, UART_IRQ, 0x100, 3))
        .kcall(SysCalls.SYS_IRQCTL, 25, irqctl(9, UART_IRQ, 0, 3))
        .kcall(SysCalls.SYS_IRQCTL, 26, irqctl(ENABLE, 0, 0, 0))
        .kcall(SysCalls.SYS_IRQCTL, 27, irqctl(ENABLE, 0, 0, Config.NR_IRQ_HOOKS + 1))
        .kcall(SysCalls.SYS_VMCTL, 30, map(OTHER, UART, 4096, 0))
        .kcall(SysCalls.SYS_VMCTL, 31, map(Endpoints.SELF, UART + 4, 4096, 0))
        .kcall(SysCalls.SYS_VMCTL, 32, map(Endpoints.SELF, UART, 0, 0))
        .kcall(SysCalls.SYS_VMCTL, 33, map(Endpoints.SELF, UART, 100, 0))
        .kcall(SysCalls.SYS_VMCTL, 34, map(Endpoints.SELF, UART, 4096, 0x5000_0004))
        .kcall(SysCalls.SYS_VMCTL, 35, map(Endpoints.SELF, 0xffff_f000, 0x2000, 0))
        .kcall(SysCalls.SYS_VMCTL, 36, map(Endpoints.SELF, 0x8000_0000, 4096, 0))
        .kcall(SysCalls.SYS_VMCTL, 37, map(Endpoints.SELF, MemoryMap.VIRTIO, 4096, 0))
        .kcall(SysCalls.SYS_VMCTL, 38, map(Endpoints.SELF, UART, 4096, 0x10000))
        .kcall(SysCalls.SYS_VMCTL, 39, map(Endpoints.SELF, UART, 4096, 0x7fff_0000))
        .kcall(SysCalls.SYS_VMCTL, 40, map(Endpoints.SELF, UART, 4096, 0))
        .kcall(SysCalls.SYS_VMCTL, 41, Fields.M1_I1, Endpoints.SELF, Fields.M1_I2, 99)
        // a chosen address: the registers are there too
        .kcall(SysCalls.SYS_VMCTL, 42, map(Endpoints.SELF, UART, 4096, 0x5000_0000))
        .asm("li      t0, 0x50000000", "lbu     a1, " + Uart16550.LSR + "(t0)", "li      a0, 43", "call    record")
        .data("msg:    .space 64")
        .done();

    /** The other driver: gets a hook id in a message, tries to enable it, answers with the result. */
    static final String OTHER_PROGRAM = new UserProgram()
        .ipc("ipc_receive", DRIVER, "msg", 0)
        .asm("la      t0, msg", "lw      s2, 8(t0)")
        .kcall(SysCalls.SYS_IRQCTL, 1, irqctl(ENABLE, 0, 0, "%s2"))
        .asm("la      t0, results", "lw      t1, 4(t0)", "la      t0, msg", "sw      t1, 8(t0)")
        .ipc("ipc_send", DRIVER, "msg", 2)
        .data("msg:    .space 64")
        .done();

    @Test
    void theDriverMapsItsDeviceAndGetsItsInterrupts() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("driver", DRIVER, driver(), DRIVER_PROGRAM)
               .program("other", OTHER, Privileges.service(), OTHER_PROGRAM)
               .boot().runUntilDone(200_000_000, DRIVER, OTHER);
            assertThat(rig.result(DRIVER, 0)).as("MAP_PHYS").isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 1)).as("in the device window").isEqualTo(0x6000_0000);
            assertThat(rig.result(DRIVER, 2)).as("SETPOLICY").isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 3)).as("the kernel's hook id").isBetween(1, Config.NR_IRQ_HOOKS);
            assertThat(rig.result(DRIVER, 4)).isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 5)).as("from HARDWARE").isEqualTo(Endpoints.HARDWARE);
            assertThat(rig.result(DRIVER, 6)).isEqualTo(Ipc.NOTIFY_MESSAGE);
            assertThat(rig.result(DRIVER, 7)).as("notify id 3").isEqualTo(1 << 3);
            assertThat(rig.result(DRIVER, 8)).as("ENABLE").isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 9)).isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 10)).as("the second interrupt").isEqualTo(1 << 3);
            assertThat(rig.result(DRIVER, 11)).as("DISABLE").isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 14)).as("another's hook").isEqualTo(Errors.EPERM);
            assertThat(rig.result(DRIVER, 15)).as("RMPOLICY").isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 16)).as("a removed hook").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 42)).as("MAP_PHYS at a chosen address").isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 43) & 0x60).as("LSR: transmitter empty").isEqualTo(0x60);
        }
    }

    @Test
    void everyBadRequestHasItsError() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("driver", DRIVER, driver(), DRIVER_PROGRAM)
               .program("other", OTHER, Privileges.service(), OTHER_PROGRAM)
               .boot().runUntilDone(200_000_000, DRIVER, OTHER);
            assertThat(rig.result(DRIVER, 20)).as("IRQ 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 21)).as("IRQ 32").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 22)).as("an IRQ not in its privileges").isEqualTo(Errors.EPERM);
            assertThat(rig.result(DRIVER, 23)).as("notify id 32").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 24)).as("IRQ_BYTE: there are no I/O ports").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 25)).as("request 9").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 26)).as("hook 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 27)).as("hook 17").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 30)).as("into another process").isEqualTo(Errors.EPERM);
            assertThat(rig.result(DRIVER, 31)).as("unaligned physical address").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 32)).as("length 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 33)).as("unaligned length").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 34)).as("unaligned user address").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 35)).as("a range that wraps").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 36)).as("RAM, even inside its ranges").isEqualTo(Errors.EPERM);
            assertThat(rig.result(DRIVER, 37)).as("a device outside its ranges").isEqualTo(Errors.EPERM);
            assertThat(rig.result(DRIVER, 38)).as("over its program").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 39)).as("over its stack").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 40)).as("the same registers twice").isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 41)).as("an unknown VMCTL request").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(OTHER, 1)).isEqualTo(Errors.EPERM);
        }
    }

    @Test
    void seventeenHooksAreOneTooMany() throws Exception {
        UserProgram p = new UserProgram();
        for (int id = 0; id <= Config.NR_IRQ_HOOKS; id++) {
            p.kcall(SysCalls.SYS_IRQCTL, id, irqctl(SETPOLICY, UART_IRQ, 0, id));
        }
        try (KernelRig rig = new KernelRig()) {
            rig.program("driver", DRIVER, driver(), p.done()).boot().runUntilDone(100_000_000, DRIVER);
            for (int id = 0; id < Config.NR_IRQ_HOOKS; id++) {
                assertThat(rig.result(DRIVER, id)).isEqualTo(Errors.OK);
            }
            assertThat(rig.result(DRIVER, Config.NR_IRQ_HOOKS)).isEqualTo(Errors.ENOSPC);
        }
    }

    @Test
    void aFullDeviceWindowIsEnomem() throws Exception {
        String p = new UserProgram()
            .kcall(SysCalls.SYS_VMCTL, 0, map(Endpoints.SELF, 0x2000_0000, 0x1000_0000, 0))
            .keepField("s2", Fields.M1_P1).recordReg(1, "s2")
            .kcall(SysCalls.SYS_VMCTL, 2, map(Endpoints.SELF, 0x2000_0000, 4096, 0))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("driver", DRIVER, Privileges.service().withMemRanges(0x2000_0000, 0x2fff_ffff), p)
               .boot().runUntilDone(500_000_000, DRIVER);
            assertThat(rig.result(DRIVER, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 1)).isEqualTo(0x6000_0000);
            assertThat(rig.result(DRIVER, 2)).isEqualTo(Errors.ENOMEM);
        }
    }

    /** User processes cannot be given kernel calls; the test grants them to show the kernel's own checks. */
    @Test
    void aUserProcessGetsNoInterruptsAndNoDevices() throws Exception {
        String p = new UserProgram()
            .kcall(SysCalls.SYS_IRQCTL, 0, irqctl(SETPOLICY, UART_IRQ, 0, 3))
            .kcall(SysCalls.SYS_VMCTL, 1, map(Endpoints.SELF, UART, 4096, 0))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("user", 3, Privileges.user(), p).boot();
            PrivTable privs = rig.kernel.context().privs;
            privs.setBit(Config.USER_PRIV_ID, PrivTable.K_CALL_MASK, SysCalls.SYS_IRQCTL - SysCalls.KERNEL_CALL, true);
            privs.setBit(Config.USER_PRIV_ID, PrivTable.K_CALL_MASK, SysCalls.SYS_VMCTL - SysCalls.KERNEL_CALL, true);
            rig.runUntilDone(100_000_000, 3);
            assertThat(rig.result(3, 0)).isEqualTo(Errors.EPERM);
            assertThat(rig.result(3, 1)).isEqualTo(Errors.EPERM);
        }
    }
}
