package org.minnow.kernel;

/**
 * Test-only: writes the assembly of a small test program, one step at a time, so a test reads
 * as the list of kernel calls it makes. Every step records what it saw in the program's
 * {@code results} array (see ipclib.s); {@link #done} ends the program.
 *
 * <p>Kernel calls use the message {@code kmsg} in the program's data. A field's value is an
 * {@code Integer} (loaded with {@code li}), a {@code String} naming a label (its address, with
 * {@code la}) or a register ("%s2"), or a {@link Half} for the 16-bit fields (stored with
 * {@code sh}). The steps use s11, t0, t1, a0, a1 and a7 (after a step a0 no longer holds a result:
 * read it back from {@code results}); hand-written steps should keep their values in s1..s10.
 */
final class UserProgram {
    /** A value for a 16-bit message field (m5_s1, m5_s2, m9_s4). */
    record Half(int value) {}

    private final StringBuilder text = new StringBuilder("        .globl _start\n_start:\n");
    private final StringBuilder data = new StringBuilder("        .data\n        .balign 16\nkmsg:   .space 64\n");

    /** Hand-written instructions, one per argument. */
    UserProgram asm(String... lines) {
        for (String l : lines) {
            text.append(l.startsWith(" ") || l.endsWith(":") ? l : "        " + l).append('\n');
        }
        return this;
    }

    /** Lines for the data section (labels, .word, .space, ...). */
    UserProgram data(String... lines) {
        for (String l : lines) {
            data.append(l).append('\n');
        }
        return this;
    }

    /**
     * Clears kmsg, stores the fields (pairs of byte offset and value), makes kernel call
     * {@code type} and records its result in results[index].
     */
    UserProgram kcall(int type, int index, Object... offsetValuePairs) {
        asm("la      a0, kmsg", "call    clear_msg", "la      s11, kmsg");
        for (int i = 0; i < offsetValuePairs.length; i += 2) {
            store((Integer) offsetValuePairs[i], offsetValuePairs[i + 1]);
        }
        asm("li      a0, " + type, "mv      a1, s11", "call    kernel_call");
        return recordReg(index, "a0");
    }

    private void store(int offset, Object value) {
        if (value instanceof Half h) {
            asm("li      t0, " + h.value(), "sh      t0, " + offset + "(s11)");
            return;
        }
        asm(load("t0", value), "sw      t0, " + offset + "(s11)");
    }

    private static String load(String reg, Object value) {
        if (value instanceof Integer v) {
            return "li      " + reg + ", " + v;
        }
        String s = (String) value;
        return s.startsWith("%") ? "mv      " + reg + ", " + s.substring(1) : "la      " + reg + ", " + s;
    }

    /** results[index] = the word at kmsg + offset (a reply field). */
    UserProgram recordField(int index, int offset) {
        return asm("la      s11, kmsg", "lw      a1, " + offset + "(s11)", "li      a0, " + index, "call    record");
    }

    /** results[index] = the word at label + offset. */
    UserProgram recordWord(int index, String label, int offset) {
        asm("la      s11, " + label);
        if (offset < -2048 || offset > 2047) {
            asm("li      t0, " + offset, "add     s11, s11, t0");
            offset = 0;
        }
        return asm("lw      a1, " + offset + "(s11)", "li      a0, " + index, "call    record");
    }

    /** results[index] = the byte at label + offset. */
    UserProgram recordByte(int index, String label, int offset) {
        return asm("la      s11, " + label, "lbu     a1, " + offset + "(s11)", "li      a0, " + index, "call    record");
    }

    /** results[index] = a register (a0 and a1 are read before they are used). */
    UserProgram recordReg(int index, String reg) {
        return asm("mv      a1, " + reg, "li      a0, " + index, "call    record");
    }

    /** Copies the reply field at kmsg + offset into a register (s1..s10) for later steps. */
    UserProgram keepField(String reg, int offset) {
        return asm("la      s11, kmsg", "lw      " + reg + ", " + offset + "(s11)");
    }

    /** IPC call {@code name} (ipc_send, ipc_receive, ipc_sendrec, ipc_notify) with a0 = endpoint, a1 = message label. */
    UserProgram ipc(String name, Object endpoint, String message, int resultIndex) {
        return asm(load("a0", endpoint), "la      a1, " + message, "call    " + name).recordReg(resultIndex, "a0");
    }

    /** Sets the m_type of the message at {@code label}. */
    UserProgram setType(String label, Object type) {
        return asm(load("t0", type), "la      t1, " + label, "sw      t0, 4(t1)");
    }

    /** The whole program: the steps, then done, then the data. */
    String done() {
        asm("call    done");
        return text + data.toString();
    }
}
