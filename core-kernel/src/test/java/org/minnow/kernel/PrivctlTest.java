package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.machine.MemoryMap;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_PRIVCTL: a stand-in RS (slot 2) takes a service's privileges away and gives it new ones. */
class PrivctlTest {
    static final int ALLOW = 1, DISALLOW = 2, SET_SYS = 3, SET_USER = 4, ADD_IO = 5, ADD_MEM = 6, ADD_IRQ = 7,
        QUERY_MEM = 8, UPDATE_SYS = 9, YIELD = 10, CLEAR_IPC_REFS = 11;
    static final int SYS_PROC = PrivTable.SYS_PROC, DYN = PrivTable.DYN_PRIV_ID, PRE = PrivTable.PREEMPTIBLE;
    static final int CHECK_IRQ = PrivTable.CHECK_IRQ, CHECK_MEM = PrivTable.CHECK_MEM;
    static final int RS = 2, USER = 3, SVC = 6, SVC2 = 7;
    static final int RS_PRIV_ID = Config.NR_TASKS + RS;

    /**
     * A privilege block (see PrivBlock): flags, id, init flags, traps, ipc_to, kernel calls, signal
     * manager, priority, quantum in ms, IRQs, then memory ranges as base, limit pairs.
     */
    static String block(String label, int flags, int id, int traps, long ipcTo, long calls, int sigMgr, int priority,
                        int quantumMs, int[] irqs, int... mem) {
        StringBuilder s = new StringBuilder("        .balign 4\n" + label + ":\n        .word ");
        s.append(flags).append(',').append(id).append(",0x77,").append(traps).append(',')
            .append((int) ipcTo).append(',').append((int) (ipcTo >>> 32)).append(',')
            .append((int) calls).append(',').append((int) (calls >>> 32)).append(',')
            .append(sigMgr).append(',').append(priority).append(',').append(quantumMs).append(',').append(irqs.length);
        for (int i = 0; i < 8; i++) {
            s.append(',').append(i < irqs.length ? irqs[i] : 0);
        }
        s.append(',').append(mem.length / 2);
        for (int i = 0; i < 16; i++) {
            s.append(',').append(i < mem.length ? mem[i] : 0);
        }
        return s.append('\n').toString();
    }

    static long call(int sysCall) {
        return 1L << (sysCall - SysCalls.KERNEL_CALL);
    }

    static Object[] ctl(Object endpoint, int request, Object arg) {
        return new Object[] {Fields.M2_I1, endpoint, Fields.M2_I2, request, Fields.M2_P1, arg};
    }

    static final int GOOD_FLAGS = SYS_PROC | DYN | PRE | CHECK_IRQ | CHECK_MEM;
    static final int UART_LIMIT = MemoryMap.UART + 0xfff;

    static final String BLOCKS = String.join("",
        block("good", GOOD_FLAGS, 0, -1, 1L << RS_PRIV_ID, call(SysCalls.SYS_TIMES), Endpoints.SELF, 3, 100,
            new int[] {10}, MemoryMap.UART, UART_LIMIT),
        block("nosys", DYN | PRE, 0, -1, -1, -1, RS, 3, 100, new int[0]),
        block("badflag", GOOD_FLAGS | 0x4000, 0, -1, -1, -1, RS, 3, 100, new int[0]),
        block("badprio", GOOD_FLAGS, 0, -1, -1, -1, RS, 16, 100, new int[0]),
        block("badqt", GOOD_FLAGS, 0, -1, -1, -1, RS, 3, 0, new int[0]),
        block("manyirq", GOOD_FLAGS, 0, -1, -1, -1, RS, 3, 100, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}),
        block("irq0", GOOD_FLAGS, 0, -1, -1, -1, RS, 3, 100, new int[] {0}),
        block("badmem", GOOD_FLAGS, 0, -1, -1, -1, RS, 3, 100, new int[0], 0x2000, 0x1000),
        block("deadmgr", GOOD_FLAGS, 0, -1, -1, -1, 40, 3, 100, new int[0]),
        block("notstatic", SYS_PROC | PRE, 17, -1, -1, -1, RS, 3, 100, new int[0]),
        block("userid", SYS_PROC | PRE, Config.USER_PRIV_ID, -1, -1, -1, RS, 3, 100, new int[0]),
        block("rsid", SYS_PROC | PRE, RS_PRIV_ID, -1, -1, -1, RS, 3, 100, new int[0]),
        block("update", SYS_PROC | PRE | DYN, 0, -1, -1, -1, RS, 5, -1, new int[0]));

    /** RS: DISALLOW, the bad SET_SYS blocks, the good one, ALLOW, the resource requests, then "go" to the service. */
    static final String RS_PROGRAM = new UserProgram()
        .kcall(SysCalls.SYS_PRIVCTL, 0, ctl(SVC, DISALLOW, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 1, ctl(SVC, DISALLOW, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 2, ctl(SVC, ADD_MEM, "range"))
        .kcall(SysCalls.SYS_PRIVCTL, 3, ctl(SVC, SET_SYS, "nosys"))
        .kcall(SysCalls.SYS_PRIVCTL, 4, ctl(SVC, SET_SYS, "badflag"))
        .kcall(SysCalls.SYS_PRIVCTL, 5, ctl(SVC, SET_SYS, "badprio"))
        .kcall(SysCalls.SYS_PRIVCTL, 6, ctl(SVC, SET_SYS, "badqt"))
        .kcall(SysCalls.SYS_PRIVCTL, 7, ctl(SVC, SET_SYS, "manyirq"))
        .kcall(SysCalls.SYS_PRIVCTL, 8, ctl(SVC, SET_SYS, "irq0"))
        .kcall(SysCalls.SYS_PRIVCTL, 9, ctl(SVC, SET_SYS, "badmem"))
        .kcall(SysCalls.SYS_PRIVCTL, 10, ctl(SVC, SET_SYS, "deadmgr"))
        .kcall(SysCalls.SYS_PRIVCTL, 11, ctl(SVC, SET_SYS, 0x10))
        .kcall(SysCalls.SYS_PRIVCTL, 12, ctl(SVC, SET_SYS, "notstatic"))
        .kcall(SysCalls.SYS_PRIVCTL, 13, ctl(SVC, SET_SYS, "userid"))
        .kcall(SysCalls.SYS_PRIVCTL, 14, ctl(SVC, SET_SYS, "rsid"))
        .kcall(SysCalls.SYS_PRIVCTL, 15, ctl(SVC, SET_SYS, "good"))
        .kcall(SysCalls.SYS_PRIVCTL, 16, ctl(SVC, ALLOW, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 17, ctl(SVC, ALLOW, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 18, ctl(SVC, SET_SYS, "good"))
        .kcall(SysCalls.SYS_PRIVCTL, 19, ctl(SVC, SET_USER, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 20, Fields.M2_I1, SVC, Fields.M2_I2, QUERY_MEM, Fields.M2_L1, MemoryMap.UART,
            Fields.M2_L2, 8)
        .kcall(SysCalls.SYS_PRIVCTL, 21, Fields.M2_I1, SVC, Fields.M2_I2, QUERY_MEM, Fields.M2_L1, 0x2000_0000,
            Fields.M2_L2, 8)
        .kcall(SysCalls.SYS_PRIVCTL, 22, Fields.M2_I1, SVC, Fields.M2_I2, QUERY_MEM, Fields.M2_L1, MemoryMap.UART,
            Fields.M2_L2, 0)
        .kcall(SysCalls.SYS_PRIVCTL, 23, Fields.M2_I1, SVC, Fields.M2_I2, QUERY_MEM, Fields.M2_L1, -8,
            Fields.M2_L2, 16)
        .kcall(SysCalls.SYS_PRIVCTL, 24, ctl(SVC, ADD_IRQ, "irq5"))
        .kcall(SysCalls.SYS_PRIVCTL, 25, ctl(SVC, ADD_IRQ, "irq5"))
        .kcall(SysCalls.SYS_PRIVCTL, 26, ctl(SVC, ADD_IRQ, "irqbad"))
        .kcall(SysCalls.SYS_PRIVCTL, 27, ctl(SVC, ADD_IRQ, 0x10))
        .kcall(SysCalls.SYS_PRIVCTL, 28, ctl(SVC, ADD_IO, "range"))
        .kcall(SysCalls.SYS_PRIVCTL, 29, ctl(SVC, ADD_MEM, "range"))
        .kcall(SysCalls.SYS_PRIVCTL, 30, ctl(SVC, ADD_MEM, "badrange"))
        .kcall(SysCalls.SYS_PRIVCTL, 31, ctl(SVC, ADD_MEM, 0x10))
        .kcall(SysCalls.SYS_PRIVCTL, 32, ctl(USER, ADD_MEM, "range"))
        .kcall(SysCalls.SYS_PRIVCTL, 33, ctl(SVC, 99, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 34, ctl(40, ALLOW, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 35, ctl(Endpoints.CLOCK, DISALLOW, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 36, ctl(SVC, UPDATE_SYS, 0))
        .kcall(SysCalls.SYS_PRIVCTL, 37, ctl(USER, UPDATE_SYS, "update"))
        .kcall(SysCalls.SYS_PRIVCTL, 38, ctl(SVC, UPDATE_SYS, "badprio"))
        .kcall(SysCalls.SYS_PRIVCTL, 39, ctl(SVC2, UPDATE_SYS, "update"))
        .ipc("ipc_send", SVC, "go", 40)
        .data("go:     .space 64", "range:  .word 0x10001000, 0x10001fff", "badrange: .word 0x3000, 0x2fff",
            "irq5:   .word 5", "irqbad: .word 32", BLOCKS)
        .done();

    /** The service: waits for "go", then tries what its new privileges allow and forbid. */
    static final String SVC_PROGRAM = new UserProgram()
        .ipc("ipc_receive", Endpoints.ANY, "msg", 0)
        .kcall(SysCalls.SYS_TIMES, 1, Fields.M4_L1, Endpoints.SELF)
        .kcall(SysCalls.SYS_GETINFO, 2)
        .ipc("ipc_send", USER, "msg", 3)
        .ipc("ipc_notify", RS, "msg", 4)
        .data("msg:    .space 64")
        .done();

    static final String WAITS = new UserProgram().done();

    static KernelRig rig() throws Exception {
        KernelRig rig = new KernelRig();
        rig.program("rs", RS, Privileges.service(), RS_PROGRAM)
           .program("user", USER, Privileges.user(), WAITS)
           .program("svc", SVC, Privileges.service(), SVC_PROGRAM)
           .program("svc2", SVC2, Privileges.service(), WAITS)
           .boot().runUntilDone(200_000_000, RS, SVC);
        return rig;
    }

    @Test
    void rsGivesAStoppedServiceNewPrivilegesAndItLivesByThem() throws Exception {
        try (KernelRig rig = rig()) {
            assertThat(rig.result(RS, 0)).as("DISALLOW").isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 15)).as("SET_SYS with a good block").isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 16)).as("ALLOW").isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 40)).as("go").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 1)).as("SYS_TIMES is in its call mask").isEqualTo(Errors.OK);
            assertThat(rig.result(SVC, 2)).as("SYS_GETINFO is not").isEqualTo(Errors.ECALLDENIED);
            assertThat(rig.result(SVC, 3)).as("user processes are not in its ipc_to").isEqualTo(Errors.ECALLDENIED);
            assertThat(rig.result(SVC, 4)).as("RS is").isEqualTo(Errors.OK);
            int id = rig.procs().privId(SVC);
            PrivTable privs = rig.kernel.context().privs;
            assertThat(id).as("a dynamic id").isGreaterThanOrEqualTo(Config.NR_BOOT_PROCS);
            assertThat(privs.read(Config.NR_TASKS + SVC, PrivTable.PROC_NR)).as("its static id is free again")
                .isEqualTo(Endpoints.NONE);
            assertThat(privs.flags(id)).isEqualTo(GOOD_FLAGS);
            assertThat(privs.read(id, PrivTable.INIT_FLAGS)).isEqualTo(0x77);
            assertThat(privs.read(id, PrivTable.SIG_MGR)).isEqualTo(Endpoints.SELF);
            assertThat(privs.bit(RS_PRIV_ID, PrivTable.IPC_TO, id)).as("RS may answer it: the mask is symmetric").isTrue();
            assertThat(privs.bit(Config.USER_PRIV_ID, PrivTable.IPC_TO, id)).as("users may no longer send to it").isFalse();
            assertThat(rig.procs().priority(SVC)).isEqualTo(3);
            assertThat(rig.procs().read(SVC, ProcTable.QUANTUM_SIZE)).as("100 ms at 60 Hz").isEqualTo(6);
        }
    }

    @Test
    void everyBadRequestHasItsError() throws Exception {
        try (KernelRig rig = rig()) {
            assertThat(rig.result(RS, 1)).as("DISALLOW twice").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 2)).as("ADD_MEM to a stopped process").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 3)).as("a block without SYS_PROC").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 4)).as("an unknown flag").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 5)).as("priority 16").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 6)).as("quantum 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 7)).as("nine IRQs").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 8)).as("IRQ 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 9)).as("a memory range that ends before it starts").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 10)).as("a dead signal manager").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 11)).as("an unreadable block").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(RS, 12)).as("id 17 is not a static id").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 13)).as("the user processes' id").isEqualTo(Errors.EBUSY);
            assertThat(rig.result(RS, 14)).as("RS's own id").isEqualTo(Errors.EBUSY);
            assertThat(rig.result(RS, 17)).as("ALLOW a running process").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 18)).as("SET_SYS on a running process").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 19)).as("SET_USER on a running process").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 20)).as("QUERY_MEM inside its range").isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 21)).as("QUERY_MEM outside").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 22)).as("QUERY_MEM of nothing").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 23)).as("QUERY_MEM that wraps").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 24)).as("ADD_IRQ 5").isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 25)).as("ADD_IRQ 5 again").isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 26)).as("ADD_IRQ 32").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 27)).as("ADD_IRQ from an unreadable address").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(RS, 28)).as("ADD_IO: no I/O ports on RISC-V").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 29)).as("ADD_MEM").isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 30)).as("ADD_MEM base above limit").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 31)).as("ADD_MEM from an unreadable address").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(RS, 32)).as("ADD_MEM to a user process").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 33)).as("request 99").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 34)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 35)).as("a kernel task").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 36)).as("UPDATE_SYS without a block").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 37)).as("UPDATE_SYS of a user process").isEqualTo(Errors.EPERM);
            assertThat(rig.result(RS, 38)).as("UPDATE_SYS with a bad block").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(RS, 39)).as("UPDATE_SYS").isEqualTo(Errors.OK);
            PrivTable privs = rig.kernel.context().privs;
            int id = rig.procs().privId(SVC);
            assertThat(privs.read(id, PrivTable.NR_IRQ)).as("IRQ 10 from the block, 5 added once").isEqualTo(2);
            assertThat(privs.read(id, PrivTable.IRQ_TAB + 4)).isEqualTo(5);
            assertThat(privs.read(id, PrivTable.NR_MEM)).isEqualTo(2);
            assertThat(privs.read(id, PrivTable.MEM_TAB + 8)).isEqualTo(0x1000_1000);
            assertThat(rig.procs().priority(SVC2)).as("UPDATE_SYS's priority").isEqualTo(5);
            assertThat(rig.procs().privId(SVC2)).as("UPDATE_SYS keeps the id").isEqualTo(Config.NR_TASKS + SVC2);
        }
    }

    @Test
    void fullResourceTablesAreEnomem() throws Exception {
        UserProgram rs = new UserProgram();
        for (int i = 0; i <= Config.NR_IRQ; i++) {
            rs.kcall(SysCalls.SYS_PRIVCTL, i, ctl(SVC2, ADD_IRQ, "irqs+" + 4 * i));
        }
        for (int i = 0; i <= Config.NR_MEM_RANGE; i++) {
            rs.kcall(SysCalls.SYS_PRIVCTL, 20 + i, ctl(SVC2, ADD_MEM, "range"));
        }
        rs.data("irqs:   .word 1, 2, 3, 4, 5, 6, 7, 8, 9", "range:  .word 0x10001000, 0x10001fff");
        try (KernelRig rig = new KernelRig()) {
            rig.program("rs", RS, Privileges.service(), rs.done())
               .program("svc2", SVC2, Privileges.service(), WAITS)
               .boot().runUntilDone(100_000_000, RS);
            for (int i = 0; i < Config.NR_IRQ; i++) {
                assertThat(rig.result(RS, i)).isEqualTo(Errors.OK);
                assertThat(rig.result(RS, 20 + i)).isEqualTo(Errors.OK);
            }
            assertThat(rig.result(RS, Config.NR_IRQ)).as("a ninth IRQ").isEqualTo(Errors.ENOMEM);
            assertThat(rig.result(RS, 20 + Config.NR_MEM_RANGE)).as("a ninth memory range").isEqualTo(Errors.ENOMEM);
            PrivTable privs = rig.kernel.context().privs;
            int id = rig.procs().privId(SVC2);
            assertThat(privs.read(id, PrivTable.NR_IRQ)).isEqualTo(Config.NR_IRQ);
            assertThat(privs.flags(id) & (CHECK_IRQ | CHECK_MEM)).isEqualTo(CHECK_IRQ | CHECK_MEM);
        }
    }

    /** 47 services are a lot of programs to boot; the test marks the dynamic ids taken instead. */
    @Test
    void noFreeDynamicIdIsEnospc() throws Exception {
        String rs = new UserProgram()
            .asm("li      a0, 2", "call    sleep_ticks")
            .kcall(SysCalls.SYS_PRIVCTL, 0, ctl(SVC2, DISALLOW, 0))
            .kcall(SysCalls.SYS_PRIVCTL, 1, ctl(SVC2, SET_SYS, 0))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("rs", RS, Privileges.service(), rs)
               .program("svc2", SVC2, Privileges.service(), WAITS)
               .boot();
            for (int id = Config.NR_BOOT_PROCS; id < Config.NR_SYS_PROCS; id++) {
                rig.kernel.context().privs.write(id, PrivTable.PROC_NR, 60);
            }
            rig.runUntilDone(100_000_000, RS);
            assertThat(rig.result(RS, 1)).isEqualTo(Errors.ENOSPC);
            assertThat(rig.procs().privId(SVC2)).as("it keeps what it had").isEqualTo(Config.NR_TASKS + SVC2);
        }
    }

    @Test
    void setUserLinksToTheSharedPrivilegesAndFreesTheOwnedOnes() throws Exception {
        String rs = new UserProgram()
            .kcall(SysCalls.SYS_PRIVCTL, 0, ctl(SVC2, DISALLOW, 0))
            .kcall(SysCalls.SYS_PRIVCTL, 1, ctl(SVC2, SET_USER, 0))
            .kcall(SysCalls.SYS_PRIVCTL, 2, ctl(SVC2, ALLOW, 0))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("rs", RS, Privileges.service(), rs)
               .program("svc2", SVC2, Privileges.service(), WAITS)
               .boot().runUntilDone(100_000_000, RS);
            assertThat(rig.result(RS, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 1)).isEqualTo(Errors.OK);
            assertThat(rig.result(RS, 2)).isEqualTo(Errors.OK);
            assertThat(rig.procs().privId(SVC2)).isEqualTo(Config.USER_PRIV_ID);
            assertThat(rig.kernel.context().privs.read(Config.NR_TASKS + SVC2, PrivTable.PROC_NR)).isEqualTo(Endpoints.NONE);
            assertThat(rig.procs().has(SVC2, RtsFlags.NO_PRIV)).isFalse();
        }
    }

    @Test
    void yieldAllowsTheTargetAndStopsTheCaller() throws Exception {
        String rs = new UserProgram()
            .kcall(SysCalls.SYS_PRIVCTL, 0, ctl(SVC2, DISALLOW, 0))
            .kcall(SysCalls.SYS_PRIVCTL, 1, ctl(SVC2, YIELD, 0))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("rs", RS, Privileges.service(), rs)
               .program("svc2", SVC2, Privileges.service(), WAITS)
               .boot().run(50_000_000);
            assertThat(rig.result(RS, 1)).isEqualTo(Errors.OK);
            assertThat(rig.procs().has(RS, RtsFlags.NO_PRIV)).isTrue();
            assertThat(rig.procs().has(SVC2, RtsFlags.NO_PRIV)).isFalse();
            assertThat(rig.result(RS, 63)).as("RS stopped before done").isZero();
        }
    }

    @Test
    void clearIpcRefsWakesWhoeverWaitsOnTheProcess() throws Exception {
        String client = new UserProgram().ipc("ipc_sendrec", SVC2, "msg", 0).data("msg:    .space 64").done();
        String rs = new UserProgram()
            .asm("li      a0, 3", "call    sleep_ticks")
            .kcall(SysCalls.SYS_PRIVCTL, 0, ctl(SVC2, CLEAR_IPC_REFS, 0))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("rs", RS, Privileges.service(), rs)
               .program("client", USER, Privileges.user(), client)
               .program("svc2", SVC2, Privileges.service(), new UserProgram().asm("1:", "j       1b").done())
               .boot().runUntilDone(100_000_000, RS, USER);
            assertThat(rig.result(RS, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(USER, 0)).as("the client blocked on svc2 is woken").isEqualTo(Errors.EDEADSRCDST);
        }
    }

    /**
     * User processes share privileges without kernel calls, so no configuration lets one call
     * SYS_PRIVCTL; the test grants the call to the shared structure to show the kernel's own check.
     */
    @Test
    void aUserProcessMayNotUsePrivctl() throws Exception {
        String user = new UserProgram().kcall(SysCalls.SYS_PRIVCTL, 0, ctl(SVC2, DISALLOW, 0)).done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("user", USER, Privileges.user(), user)
               .program("svc2", SVC2, Privileges.service(), WAITS)
               .boot();
            rig.kernel.context().privs.setBit(Config.USER_PRIV_ID, PrivTable.K_CALL_MASK,
                SysCalls.SYS_PRIVCTL - SysCalls.KERNEL_CALL, true);
            rig.runUntilDone(100_000_000, USER);
            assertThat(rig.result(USER, 0)).isEqualTo(Errors.EPERM);
            assertThat(rig.procs().has(SVC2, RtsFlags.NO_PRIV)).isFalse();
        }
    }
}
