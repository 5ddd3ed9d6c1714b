package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;
import org.minnow.tool.link.Linker;

/** SYS_EXEC: the executable and the arguments come from the caller's memory; the target starts afresh. */
class ExecTest {
    /** The new program: records argc, a register that must be fresh, argv[0][0], argv[1][0..1], argv[argc], sp == argv. */
    static final String NEW_PROGRAM = new UserProgram()
        .asm("mv      s1, a0", "mv      s2, a1", "mv      s3, sp")
        .recordReg(0, "s1")
        .recordReg(1, "s5")
        .asm("lw      t0, 0(s2)", "lbu     a1, 0(t0)", "li      a0, 2", "call    record")
        .asm("lw      s4, 4(s2)", "lbu     a1, 0(s4)", "li      a0, 3", "call    record")
        .asm("lbu     a1, 1(s4)", "li      a0, 4", "call    record")
        .asm("slli    t0, s1, 2", "add     t0, s2, t0", "lw      a1, 0(t0)", "li      a0, 5", "call    record")
        .asm("sub     a1, s3, s2", "li      a0, 6", "call    record")
        .done();

    /** The old program: sets s5, asks PM (m_type SYS_EXEC's number, for show) and would record the reply. */
    static final String OLD_PROGRAM = new UserProgram()
        .asm("li      s5, 123")
        .setType("msg", 59)
        .ipc("ipc_sendrec", 0, "msg", 10)
        .data("msg:    .space 64")
        .done();

    static final Linker.Result NEW = KernelRig.build("newprog", NEW_PROGRAM);

    static String args(String zeroSeparated) {
        return KernelRig.bytesAsData("args", zeroSeparated.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** An exec request: target, ELF address and length, arguments address and length, name address. */
    static Object[] exec(Object target, Object elf, int elfLen, Object args, int argsLen, Object name) {
        return new Object[] {Fields.M1_I1, target, Fields.M1_P1, elf, Fields.M1_I2, elfLen, Fields.M1_P2, args,
            Fields.M1_I3, argsLen, Fields.M1_P3, name};
    }

    static final String ARGS = "newprog\0hi\0\0";
    static final int ELF_LEN = NEW.executable().length;

    /** PM: receives the request, tries every bad exec while the client waits, then (if asked) the good one. */
    static String pm(boolean goodExec) {
        byte[] many = "a\0".repeat(1999).concat("\0").getBytes(StandardCharsets.ISO_8859_1);
        return new UserProgram()
            .ipc("ipc_receive", Endpoints.ANY, "req", 0)
            .asm("la      t0, req", "lw      s2, 0(t0)")
            .kcall(SysCalls.SYS_EXEC, 1, exec(40, "elf", ELF_LEN, "args", ARGS.length(), "name"))
            .kcall(SysCalls.SYS_EXEC, 2, exec(Endpoints.CLOCK, "elf", ELF_LEN, "args", ARGS.length(), "name"))
            .kcall(SysCalls.SYS_EXEC, 3, exec("%s2", "elf", 0, "args", ARGS.length(), "name"))
            .kcall(SysCalls.SYS_EXEC, 4, exec("%s2", "elf", (4 << 20) + 1, "args", ARGS.length(), "name"))
            .kcall(SysCalls.SYS_EXEC, 5, exec("%s2", "elf", ELF_LEN, "args", 0, "name"))
            .kcall(SysCalls.SYS_EXEC, 6, exec("%s2", "elf", ELF_LEN, "args", 5000, "name"))
            .kcall(SysCalls.SYS_EXEC, 7, exec("%s2", "elf", ELF_LEN, "args", 3, "name"))
            .kcall(SysCalls.SYS_EXEC, 8, exec("%s2", 0x10, ELF_LEN, "args", ARGS.length(), "name"))
            .kcall(SysCalls.SYS_EXEC, 9, exec("%s2", "elf", ELF_LEN, 0x10, ARGS.length(), "name"))
            .kcall(SysCalls.SYS_EXEC, 10, exec("%s2", "elf", ELF_LEN, "args", ARGS.length(), 0x10))
            .kcall(SysCalls.SYS_EXEC, 11, exec("%s2", "elf", ELF_LEN, "args", ARGS.length(), "noname"))
            .kcall(SysCalls.SYS_EXEC, 12, exec("%s2", "args", ARGS.length(), "args", ARGS.length(), "name"))
            .kcall(SysCalls.SYS_EXEC, 13, exec("%s2", "elf", ELF_LEN, "many", many.length, "name"))
            .kcall(SysCalls.SYS_EXEC, goodExec ? 14 : 15, exec(goodExec ? "%s2" : 40, "elf", ELF_LEN, "args",
                ARGS.length(), "name"))
            .data("req:    .space 64", "name:   .asciz \"newprog\"", "noname: .byte 0")
            .data(args(ARGS), KernelRig.bytesAsData("many", many), KernelRig.bytesAsData("elf", NEW.executable()))
            .done();
    }

    @Test
    void pmExecsTheWaitingClientWithItsArguments() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", 0, Privileges.service(), pm(true))
               .program("client", 3, Privileges.user(), OLD_PROGRAM)
               .boot().runUntilDone(200_000_000, 0);
            assertThat(rig.result(0, 14)).as("the good exec").isEqualTo(Errors.OK);
            rig.runsProgram(3, NEW).runUntilDone(50_000_000, 3);
            assertThat(rig.result(3, 0)).as("argc").isEqualTo(2);
            assertThat(rig.result(3, 1)).as("registers start at zero").isZero();
            assertThat(rig.result(3, 2)).as("argv[0][0]").isEqualTo('n');
            assertThat(rig.result(3, 3)).isEqualTo('h');
            assertThat(rig.result(3, 4)).isEqualTo('i');
            assertThat(rig.result(3, 5)).as("argv[argc] is NULL").isZero();
            assertThat(rig.result(3, 6)).as("sp points at argv").isZero();
            assertThat(rig.procs().name(3)).isEqualTo("newprog");
            assertThat(rig.events(EventKind.PROC_CREATED)).anySatisfy(e -> {
                assertThat(e.messageType()).isEqualTo(SysCalls.SYS_EXEC);
                assertThat(e.text()).isEqualTo("newprog");
            });
        }
    }

    @Test
    void execWorksTheSameWithBufferedIpc() throws Exception {
        try (KernelRig rig = new KernelRig(Kernel.Style.BUFFERED, true)) {
            rig.program("pm", 0, Privileges.service(), pm(true))
               .program("client", 3, Privileges.user(), OLD_PROGRAM)
               .boot().runUntilDone(200_000_000, 0);
            assertThat(rig.result(0, 14)).isEqualTo(Errors.OK);
            rig.runsProgram(3, NEW).runUntilDone(50_000_000, 3);
            assertThat(rig.result(3, 0)).isEqualTo(2);
            assertThat(rig.result(3, 3)).isEqualTo('h');
        }
    }

    @Test
    void everyBadExecFailsAndLeavesTheClientWaiting() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", 0, Privileges.service(), pm(false))
               .program("client", 3, Privileges.user(), OLD_PROGRAM)
               .boot().runUntilDone(200_000_000, 0);
            assertThat(rig.result(0, 1)).as("no process 40").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 2)).as("a kernel task").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 3)).as("an empty executable").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 4)).as("an executable over 4 MiB").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 5)).as("no argument block").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 6)).as("an argument block over 4 KiB").isEqualTo(Errors.E2BIG);
            assertThat(rig.result(0, 7)).as("arguments without the empty string that ends them").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 8)).as("unreadable executable").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(0, 9)).as("unreadable arguments").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(0, 10)).as("unreadable name").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(0, 11)).as("an empty name").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(0, 12)).as("not an ELF file").isEqualTo(Errors.ENOEXEC);
            assertThat(rig.result(0, 13)).as("1999 arguments: the pointers overflow the argument page")
                .isEqualTo(Errors.E2BIG);
            assertThat(rig.procs().name(3)).isEqualTo("client");
            assertThat(rig.rtsFlags(3)).as("still waiting for PM's answer").isEqualTo(RtsFlags.RECEIVING);
        }
    }

    @Test
    void aProgramTooBigForMemoryIsEnomemAndFreesWhatItTook() throws Exception {
        Linker.Result big = KernelRig.build("big", new UserProgram().data(".bss", "big:    .space 20000000").done());
        String pm = new UserProgram()
            .ipc("ipc_receive", Endpoints.ANY, "req", 0)
            .asm("la      t0, req", "lw      s2, 0(t0)")
            .kcall(SysCalls.SYS_EXEC, 1, exec("%s2", "elf", big.executable().length, "args", ARGS.length(), "name"))
            .data("req:    .space 64", "name:   .asciz \"big\"", args(ARGS), KernelRig.bytesAsData("elf", big.executable()))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", 0, Privileges.service(), pm)
               .program("client", 3, Privileges.user(), OLD_PROGRAM)
               .boot();
            int free = rig.kernel.context().frames.freePages();
            rig.runUntilDone(500_000_000, 0);
            assertThat(rig.result(0, 1)).isEqualTo(Errors.ENOMEM);
            assertThat(rig.kernel.context().frames.freePages()).as("every page of the attempt given back").isEqualTo(free);
            assertThat(rig.procs().name(3)).isEqualTo("client");
        }
    }

    @Test
    void aSystemProcessExecsItselfAndGetsNoReply() throws Exception {
        String self = new UserProgram()
            .kcall(SysCalls.SYS_EXEC, 20, exec(Endpoints.SELF, "elf", ELF_LEN, "args", ARGS.length(), "name"))
            .data("name:   .asciz \"newprog\"", args(ARGS), KernelRig.bytesAsData("elf", NEW.executable()))
            .done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("self", 4, Privileges.service(), self).boot();
            int free = rig.kernel.context().frames.freePages();
            rig.runsProgram(4, NEW).runUntilDone(100_000_000, 4);
            assertThat(rig.result(4, 0)).isEqualTo(2);
            assertThat(rig.result(4, 2)).isEqualTo('n');
            assertThat(rig.result(4, 20)).as("the new program's results: the old one never went on").isZero();
            assertThat(rig.kernel.context().frames.freePages()).as("the old program's memory is free again")
                .isGreaterThanOrEqualTo(free);
        }
    }
}
