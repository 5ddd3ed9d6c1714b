package org.minnow.kernel;

/**
 * Test-only: builds the assembly text of a kernel test program, a line at a time, with the
 * sequences the tests repeat (an IPC call with its result recorded, a word of the message
 * recorded, setting a message word). Every program gets {@code _start}, a 64-byte {@code msg}
 * buffer and a second one {@code msg2}; the IPC stubs and {@code record}/{@code done} come
 * from ipclib.s.
 */
final class Asm {
    static final int ANY = Endpoints.ANY;
    private final StringBuilder text = new StringBuilder("        .globl _start\n_start:\n");
    private int labels;

    Asm line(String s) {
        text.append("        ").append(s).append('\n');
        return this;
    }

    Asm label(String name) {
        text.append(name).append(":\n");
        return this;
    }

    /** An IPC call (send, receive, sendrec, notify, sendnb, senda) to {@code endpoint} with buffer {@code buf}; result into results[slot]. */
    Asm ipc(String call, int endpoint, String buf, int slot) {
        line("li      a0, " + endpoint);
        line("la      a1, " + buf);
        line("call    ipc_" + call);
        return recordA0(slot);
    }

    /** results[slot] = a0. */
    Asm recordA0(int slot) {
        line("mv      a1, a0");
        line("li      a0, " + slot);
        return line("call    record");
    }

    /** An IPC call with its result into results[slot] and the status word (a1) into results[statusSlot]. */
    Asm ipcWithStatus(String call, int endpoint, String buf, int slot, int statusSlot) {
        line("li      a0, " + endpoint);
        line("la      a1, " + buf);
        line("call    ipc_" + call);
        line("mv      s2, a1");
        recordA0(slot);
        line("mv      a1, s2");
        line("li      a0, " + statusSlot);
        return line("call    record");
    }

    /** results[slot] = word {@code offset} of buffer {@code buf}. */
    Asm recordWord(String buf, int offset, int slot) {
        line("la      t0, " + buf);
        line("lw      a1, " + offset + "(t0)");
        line("li      a0, " + slot);
        return line("call    record");
    }

    /** Word {@code offset} of {@code buf} = value. */
    Asm setWord(String buf, int offset, int value) {
        line("la      t0, " + buf);
        line("li      t1, " + value);
        return line("sw      t1, " + offset + "(t0)");
    }

    /** Spins {@code n} iterations (lets time pass without IPC). */
    Asm spin(int n) {
        String l = "spin" + labels++;
        line("li      t2, " + n);
        label(l);
        line("addi    t2, t2, -1");
        return line("bnez    t2, " + l);
    }

    /** Sleeps {@code ticks} clock ticks (system processes: SYS_SETALARM and RECEIVE from CLOCK). */
    Asm sleep(int ticks) {
        line("li      a0, " + ticks);
        return line("call    sleep_ticks");
    }

    String done() {
        line("call    done");
        text.append("        .data\n        .balign 8\nmsg:    .space 64\nmsg2:   .space 64\nmsg3:   .space 64\n");
        return text.toString();
    }
}
