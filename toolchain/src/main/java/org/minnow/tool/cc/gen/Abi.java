package org.minnow.tool.cc.gen;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.type.Type;

/**
 * Where arguments go under the RISC-V ilp32 integer calling convention (RISC-V psABI,
 * "Integer Calling Convention"), exactly as GCC does it, so code from both compilers can call
 * each other:
 * <ul>
 * <li>Arguments take the argument registers a0-a7 in order, then 4-byte stack slots from sp.
 * <li>Up to 4 bytes (scalars and small structs): one register. 5 to 8 bytes ({@code long long},
 *     structs): two registers, low word first; if only a7 is left, the low word goes in a7 and
 *     the high word on the stack. On the stack such an argument is aligned to its type's
 *     alignment (8 for {@code long long}).
 * <li>A variadic argument of 8-byte alignment takes an even-odd register pair (skipping one
 *     register if needed) or the stack.
 * <li>A struct bigger than 8 bytes is passed by reference: the caller makes a copy and passes
 *     its address. A function returning such a struct gets the address of the result's memory as
 *     a hidden first argument in a0; smaller structs come back in a0 (and a1).
 * </ul>
 * Aggregates are in registers as they lie in memory: the first bytes in the low bits.
 */
final class Abi {
    private Abi() {}

    /**
     * Where one argument goes: its first word in register {@code a<reg>} (or -1 if it starts on
     * the stack), the words in all (1 or 2), and the stack offset of the words that do not fit
     * in registers (of all words if {@code reg} is -1; of the second word if the argument is split).
     */
    record Slot(int reg, int words, int stackOffset, boolean byReference) {
        /** The register of word {@code i}, or -1 if that word is on the stack. */
        int registerOf(int i) {
            if (reg < 0 || reg + i > 7) {
                return -1;
            }
            return reg + i;
        }

        /** The stack offset of word {@code i} (only for words not in registers). */
        int stackOffsetOf(int i) {
            if (reg < 0) {
                return stackOffset + 4 * i;
            }
            return stackOffset; // the second word of a split argument
        }
    }

    /** Where each argument of a call goes, and how many bytes of stack the arguments need. */
    record Plan(List<Slot> slots, int stackBytes, int nextWord) {}

    /**
     * Plans a call. {@code named} is how many of the argument types are declared parameters (the
     * rest are variadic); {@code hiddenResult} reserves a0 for a big struct's result address.
     */
    static Plan plan(List<Type> args, int named, boolean hiddenResult) {
        List<Slot> slots = new ArrayList<>();
        int reg = hiddenResult ? 1 : 0;
        int stack = 0;
        for (int i = 0; i < args.size(); i++) {
            Type t = args.get(i);
            boolean byRef = t.isStructOrUnion() && t.size() > 8;
            int size = byRef ? 4 : Math.max(t.size(), 1);
            int words = size <= 4 ? 1 : 2;
            boolean variadic = i >= named;
            boolean align8 = !byRef && t.align() == 8;
            if (words == 1) {
                if (reg < 8) {
                    slots.add(new Slot(reg++, 1, 0, byRef));
                } else {
                    slots.add(new Slot(-1, 1, stack, byRef));
                    stack += 4;
                }
                continue;
            }
            if (variadic && align8 && reg % 2 == 1 && reg < 8) {
                reg++;
            }
            if (reg <= 6) {
                slots.add(new Slot(reg, 2, 0, false));
                reg += 2;
            } else if (reg == 7) {
                slots.add(new Slot(7, 2, stack, false));
                stack += 4;
                reg = 8;
            } else {
                if (align8) {
                    stack = (stack + 7) & ~7;
                }
                slots.add(new Slot(-1, 2, stack, false));
                stack += 8;
            }
        }
        int nextWord = reg < 8 ? reg : 8 + stack / 4;
        return new Plan(slots, stack, nextWord);
    }

    /** True if values of this type come back in registers (everything but structs over 8 bytes). */
    static boolean returnsInRegisters(Type t) {
        return !(t.isStructOrUnion() && t.size() > 8);
    }
}
