package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.proc.PrivTable;

/**
 * An unprivileged process makes a million random IPC calls and kernel calls — random call
 * numbers, endpoints (live, dead, special, kernel tasks, garbage), message pointers (its own,
 * misaligned, across a page, read-only, unmapped, kernel memory, wrapping) and message
 * contents (including every kernel call number). The kernel must never throw, and the memory
 * of the processes the fuzzer may not send to must not change.
 */
class FuzzTest {
    static final int ECHO = 1, FUZZER = 2, BYSTANDER = 3, USER_BYSTANDER = 4;
    static final int CALLS = 1_000_000;

    /** Replies to whatever it receives, unchanged but for m_type, forever. */
    static String echo() {
        return new Asm().label("loop").line("li a0, " + Endpoints.ANY).line("la a1, msg").line("call ipc_receive")
            .line("bnez a0, loop").line("la t0, msg").line("sw zero, 4(t0)").line("lw a0, 0(t0)").line("la a1, msg")
            .line("call ipc_sendnb").line("j loop").done();
    }

    /** The fuzzer: xorshift32 in s0, a call counter in s1. */
    static String fuzzer(int seed, int calls) {
        return String.join("\n",
            "        .globl _start",
            "_start: li      s0, " + seed,
            "        li      s1, 0",
            "        li      s4, " + calls,
            "loop:   call    next",
            "        andi    t1, a0, 7",
            "        slli    t1, t1, 2",
            "        la      t2, calls",
            "        add     t2, t2, t1",
            "        lw      a7, 0(t2)",
            "        bnez    a7, 1f",
            "        call    next",
            "        andi    a7, a0, 31",            // a random call number
            "1:      mv      s5, a7",
            "        call    next",
            "        andi    t1, a0, 15",
            "        slli    t1, t1, 2",
            "        la      t2, endpoints",
            "        add     t2, t2, t1",
            "        lw      s6, 0(t2)",
            "        li      t3, 12345",
            "        bne     s6, t3, 2f",
            "        call    next",
            "        mv      s6, a0",                // a random endpoint
            "2:      call    next",
            "        andi    t1, a0, 15",
            "        slli    t1, t1, 2",
            "        la      t2, pointers",
            "        add     t2, t2, t1",
            "        lw      s7, 0(t2)",
            "        li      t3, 12345",
            "        bne     s7, t3, 3f",
            "        call    next",
            "        mv      s7, a0",                // a random pointer
            "3:      call    fill",
            "        mv      a0, s6",
            "        mv      a1, s7",
            "        mv      a7, s5",
            "        ecall",
            "        addi    s1, s1, 1",
            "        blt     s1, s4, loop",
            "        mv      a1, s1",
            "        li      a0, 0",
            "        call    record",
            "        li      a0, 63",
            "        li      a1, 1",
            "        call    record",
            "4:      j       4b",
            // next: xorshift32
            "next:   slli    t0, s0, 13",
            "        xor     s0, s0, t0",
            "        srli    t0, s0, 17",
            "        xor     s0, s0, t0",
            "        slli    t0, s0, 5",
            "        xor     s0, s0, t0",
            "        mv      a0, s0",
            "        ret",
            // fill: random message in buf (m_type mostly in the kernel-call range)
            "fill:   addi    sp, sp, -16",
            "        sw      ra, 12(sp)",
            "        la      t4, buf",
            "        li      t5, 16",
            "5:      call    next",
            "        sw      a0, 0(t4)",
            "        addi    t4, t4, 4",
            "        addi    t5, t5, -1",
            "        bnez    t5, 5b",
            "        call    next",
            "        andi    a0, a0, 63",
            "        addi    a0, a0, 0x600",
            "        la      t4, buf",
            "        sw      a0, 4(t4)",
            "        lw      ra, 12(sp)",
            "        addi    sp, sp, 16",
            "        ret",
            "        .data",
            "        .balign 8",
            "calls:  .word 1, 2, 3, 3, 4, 5, 16, 0",
            "endpoints: .word 1, 1, 3, 4, -2, -2, -3, -1, -5, 31744, 31742, 31743, 9, 32769, 12345, 12345",
            "pointers: .word buf, buf, buf, buf+1, buf+4093, 0, 0x80000000, 0x7ffefff0, _start, 0x40000000,"
                + " -8, 0x10000000, 12345, 12345, buf+62, 0x7fffefc0",
            "        .balign 4096",
            "buf:    .space 64",
            "        .space 4096",
            "");
    }

    /** A process that just sits in RECEIVE: its memory is the fuzzer's target for corruption. */
    static String bystander() {
        return new Asm().setWord("msg", 0, 0x5a5a5a5a).setWord("msg2", 8, 0x12345678).done();
    }

    static String memoryHash(KernelRig rig, int slot) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        Ram ram = rig.machine.ram();
        int root = rig.procs().root(slot);
        for (long va = 0; va < 0x8000_0000L; va += 4096) {
            int pa = AddressSpace.peek(ram, root, (int) va);
            if (pa == 0) {
                if ((va & 0x3f_ffff) == 0 && AddressSpace.peek(ram, root, (int) va) == 0
                        && (ram.loadWord(root + 4 * (int) (va >>> 22) - Bus.RAM_BASE) & 1) == 0) {
                    va += 0x40_0000 - 4096;
                }
                continue;
            }
            byte[] page = new byte[4096];
            ram.read(pa - Bus.RAM_BASE, page, 0, 4096);
            md.update(Long.toString(va).getBytes());
            md.update(page);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Kernel.Style.class)
    void aMillionRandomCallsBreakNothing(Kernel.Style style) throws Exception {
        long onlyEcho = 1L << (Config.NR_TASKS + ECHO);
        Privileges unprivileged = Privileges.user().withIpcTo(onlyEcho);
        try (KernelRig rig = new KernelRig(style, false)) {
            java.util.Map<Integer, Integer> errors = new java.util.TreeMap<>();
            int[] delivered = new int[1];
            rig.events.addListener((log, seq) -> {
                switch (log.kind(seq)) {
                    case IPC_ERROR: errors.merge(log.result(seq), 1, Integer::sum); break;
                    case SEND: case DELIVER: delivered[0]++; break;
                    default: break;
                }
            });
            rig.program("echo", ECHO, Privileges.service(), echo());
            rig.program("bystander", BYSTANDER, Privileges.service(), bystander());
            rig.program("user", USER_BYSTANDER, Privileges.user(), bystander());
            rig.program("fuzzer", FUZZER, unprivileged, fuzzer(0x1234567, CALLS));
            rig.boot().runUntilDone(50_000_000, BYSTANDER);
            rig.run(5_000_000);
            String before = memoryHash(rig, BYSTANDER);
            String userBefore = memoryHash(rig, USER_BYSTANDER);
            rig.runUntilDone(60_000_000_000L, FUZZER);
            assertThat(rig.result(FUZZER, 0)).isEqualTo(CALLS);
            assertThat(memoryHash(rig, BYSTANDER)).isEqualTo(before);
            assertThat(memoryHash(rig, USER_BYSTANDER)).isEqualTo(userBefore);
            assertThat(rig.kernel.context().privs.read(Config.USER_PRIV_ID, PrivTable.FLAGS))
                .as("the user privileges are intact").isEqualTo(Privileges.user().flags());
            assertThat(errors).as("every kind of refusal was exercised").containsKeys(Errors.EBADCALL, Errors.EINVAL,
                Errors.EDEADSRCDST, Errors.ECALLDENIED, Errors.ETRAPDENIED, Errors.EFAULT);
            assertThat(delivered[0]).as("and many calls got through to the echo server").isGreaterThan(10_000);
        }
    }
}
