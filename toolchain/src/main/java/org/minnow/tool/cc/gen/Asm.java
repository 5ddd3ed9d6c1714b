package org.minnow.tool.cc.gen;

/**
 * The assembly text being written, with the few helpers every part of the code generator
 * needs: instructions, labels, the expression stack (push and pop, keeping count of the bytes
 * it holds in memory so calls can keep sp 16-byte aligned), and loads and stores at any offset
 * (RISC-V immediates only reach ±2 KiB, beyond that the address is computed in t6).
 */
final class Asm {
    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Bytes the expression stack holds in memory below the frame. */
    int depth;
    private int labelCount;

    /** One instruction, e.g. {@code emit("add a0, a0, a1")}. */
    void emit(String instruction) {
        out.append('\t').append(instruction).append('\n');
    }

    void label(String name) {
        out.append(name).append(":\n");
    }

    /** A directive or other line as it is. */
    void line(String text) {
        out.append(text).append('\n');
    }

    /** A fresh local label: {@code .L.what.N}. */
    String newLabel(String what) {
        return ".L." + what + "." + labelCount++;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    // ---- the expression stack ----
    //
    // The top of the expression stack lives in callee-saved registers that no variable of the
    // function uses (a push is then one mv, and calls do not disturb it); deeper entries go to
    // memory below sp.

    /** The first s-register free for the expression stack (12: none). */
    private int firstFree = 12;
    /** Register entries in use, and for each entry pushed whether it went to a register. */
    private int registerDepth;
    private final java.util.ArrayDeque<Boolean> entries = new java.util.ArrayDeque<>();
    /** The highest s-register used in the current function (for saving it in the prologue). */
    int highestRegister;

    /** Starts a function whose variables use s1 to s(used). */
    void startFunction(int used) {
        firstFree = used + 1;
        highestRegister = used;
        registerDepth = 0;
        entries.clear();
        depth = 0;
    }

    void push(String reg) {
        int r = firstFree + registerDepth;
        if (r <= 11) {
            emit("mv s" + r + ", " + reg);
            registerDepth++;
            highestRegister = Math.max(highestRegister, r);
            entries.push(true);
            return;
        }
        emit("addi sp, sp, -4");
        emit("sw " + reg + ", 0(sp)");
        depth += 4;
        entries.push(false);
    }

    void pop(String reg) {
        if (entries.pop()) {
            registerDepth--;
            emit("mv " + reg + ", s" + (firstFree + registerDepth));
            return;
        }
        emit("lw " + reg + ", 0(sp)");
        emit("addi sp, sp, 4");
        depth -= 4;
    }

    /** Pushes a 64-bit value held in two registers. */
    void push64(String lo, String hi) {
        push(lo);
        push(hi);
    }

    void pop64(String lo, String hi) {
        pop(hi);
        pop(lo);
    }

    /** Where the text is now, to insert something there later ({@link #insert}). */
    int mark() {
        return out.length();
    }

    void insert(int mark, String text) {
        out.insert(mark, text);
    }

    /** Moves sp by {@code bytes} (negative to allocate), keeping count of the depth. */
    void adjustSp(int bytes) {
        if (bytes != 0) {
            addImmediate("sp", "sp", bytes);
            depth -= bytes;
        }
    }

    // ---- immediates and memory ----

    static boolean fits12(long v) {
        return v >= -2048 && v <= 2047;
    }

    void li(String reg, long value) {
        emit("li " + reg + ", " + (int) value);
    }

    /** rd = rs + value, for any 32-bit value (uses t6 when it does not fit an addi). */
    void addImmediate(String rd, String rs, long value) {
        if (fits12(value)) {
            if (value != 0 || !rd.equals(rs)) {
                emit("addi " + rd + ", " + rs + ", " + value);
            }
        } else {
            li("t6", value);
            emit("add " + rd + ", " + rs + ", t6");
        }
    }

    /**
     * reg = the address of a symbol. (Written as %hi/%lo rather than la so that a C name that
     * is also a register's, such as {@code gp} or {@code a0}, is still read as a symbol.)
     */
    void address(String reg, String symbol) {
        emit("lui " + reg + ", %hi(" + symbol + ")");
        emit("addi " + reg + ", " + reg + ", %lo(" + symbol + ")");
    }

    /** Calls a function by name (through t1 if the name is also a register's). */
    void call(String symbol) {
        if (isRegisterName(symbol)) {
            emit("lui t1, %hi(" + symbol + ")");
            emit("jalr ra, %lo(" + symbol + ")(t1)");
        } else {
            emit("call " + symbol);
        }
    }

    static boolean isRegisterName(String s) {
        return s.matches("x([0-9]|[12][0-9]|3[01])|zero|ra|sp|gp|tp|fp|t[0-6]|s([0-9]|1[01])|a[0-7]");
    }

    /** A load or store {@code op reg, offset(base)} at any offset. */
    void memory(String op, String reg, long offset, String base) {
        if (fits12(offset)) {
            emit(op + " " + reg + ", " + offset + "(" + base + ")");
        } else {
            li("t6", offset);
            emit("add t6, t6, " + base);
            emit(op + " " + reg + ", 0(t6)");
        }
    }

    /** Loads an integer of {@code size} bytes at offset(base) into reg, sign- or zero-extending it. */
    void load(String reg, int size, boolean unsigned, long offset, String base) {
        String op;
        switch (size) {
            case 1: op = unsigned ? "lbu" : "lb"; break;
            case 2: op = unsigned ? "lhu" : "lh"; break;
            default: op = "lw"; break;
        }
        memory(op, reg, offset, base);
    }

    /** Stores the low {@code size} bytes of reg at offset(base) (size 1, 2 or 4). */
    void store(String reg, int size, long offset, String base) {
        memory(size == 1 ? "sb" : size == 2 ? "sh" : "sw", reg, offset, base);
    }

    /**
     * Loads {@code n} (1 to 4) bytes of memory at offset(base) into the low bytes of reg, the
     * way an aggregate sits in a register; uses t5 for odd sizes.
     */
    void loadBytes(String reg, int n, long offset, String base) {
        switch (n) {
            case 1: memory("lbu", reg, offset, base); break;
            case 2: memory("lhu", reg, offset, base); break;
            case 3:
                memory("lbu", "t5", offset + 2, base);
                memory("lhu", reg, offset, base);
                emit("slli t5, t5, 16");
                emit("or " + reg + ", " + reg + ", t5");
                break;
            default: memory("lw", reg, offset, base); break;
        }
    }

    /** Stores the low {@code n} (1 to 4) bytes of reg at offset(base); uses t5 for odd sizes. */
    void storeBytes(String reg, int n, long offset, String base) {
        switch (n) {
            case 1: memory("sb", reg, offset, base); break;
            case 2: memory("sh", reg, offset, base); break;
            case 3:
                memory("sh", reg, offset, base);
                emit("srli t5, " + reg + ", 16");
                memory("sb", "t5", offset + 2, base);
                break;
            default: memory("sw", reg, offset, base); break;
        }
    }

    /**
     * Copies {@code size} bytes from the address in {@code src} to the address in {@code dst}
     * (both registers are kept); uses t3, t4 and t5.
     */
    void copy(String src, String dst, int size) {
        if (size <= 64) {
            int i = 0;
            for (; i + 4 <= size; i += 4) {
                emit("lw t3, " + i + "(" + src + ")");
                emit("sw t3, " + i + "(" + dst + ")");
            }
            for (; i < size; i++) {
                emit("lbu t3, " + i + "(" + src + ")");
                emit("sb t3, " + i + "(" + dst + ")");
            }
            return;
        }
        String loop = newLabel("copy");
        emit("mv t4, " + src);
        emit("mv t5, " + dst);
        li("t6", size / 4);
        label(loop);
        emit("lw t3, 0(t4)");
        emit("sw t3, 0(t5)");
        emit("addi t4, t4, 4");
        emit("addi t5, t5, 4");
        emit("addi t6, t6, -1");
        emit("bnez t6, " + loop);
        for (int i = 0; i < size % 4; i++) {
            emit("lbu t3, " + i + "(t4)");
            emit("sb t3, " + i + "(t5)");
        }
    }

    /** Sets {@code size} bytes at the address in {@code dst} to zero; uses t5 and t6. */
    void zero(String dst, int size) {
        if (size <= 64) {
            int i = 0;
            for (; i + 4 <= size; i += 4) {
                emit("sw zero, " + i + "(" + dst + ")");
            }
            for (; i < size; i++) {
                emit("sb zero, " + i + "(" + dst + ")");
            }
            return;
        }
        String loop = newLabel("zero");
        emit("mv t5, " + dst);
        li("t6", size / 4);
        label(loop);
        emit("sw zero, 0(t5)");
        emit("addi t5, t5, 4");
        emit("addi t6, t6, -1");
        emit("bnez t6, " + loop);
        for (int i = 0; i < size % 4; i++) {
            emit("sb zero, " + i + "(t5)");
        }
    }
}
