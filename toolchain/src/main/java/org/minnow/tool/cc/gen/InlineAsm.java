package org.minnow.tool.cc.gen;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.ast.Node;

/**
 * GCC's extended asm, {@code asm("op %0, %1" : "=r"(out) : "r"(in) : "t0")}, for the
 * constraints system code uses: "r" (a register), "i"/"n" (a constant), "m" (memory, written as
 * {@code 0(reg)}), a digit (the same register as that output), with "=" and "+" for outputs,
 * named operands {@code %[name]}, {@code %z} (zero for a constant 0) and {@code %%}.
 *
 * <p>Operands get registers from a0-a7 and t0-t5 that the asm does not clobber. Inputs are
 * computed first (onto the expression stack) and then moved into their registers; after the
 * text, outputs are stored to their lvalues, whose addresses were put aside before.
 */
final class InlineAsm {
    private static final String[] POOL = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "t0", "t1", "t2", "t3", "t4", "t5"};

    private final Asm asm;
    private final Expressions expressions;

    InlineAsm(Asm asm, Expressions expressions) {
        this.asm = asm;
        this.expressions = expressions;
    }

    void emit(Node n) {
        List<Node.AsmOperand> ops = n.asmOperands;
        String[] regs = assignRegisters(n, ops);
        // outputs' addresses, set aside in their temporaries
        for (Node.AsmOperand op : ops) {
            if (op.addressTemp() != null) {
                expressions.address(op.expr());
                asm.memory("sw", "a0", op.addressTemp().offset, "s0");
            }
        }
        // the values the asm reads, computed onto the stack, then moved into their registers
        List<Integer> loaded = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Node.AsmOperand op = ops.get(i);
            String letters = letters(op);
            if (letters.equals("m")) {
                expressions.address(op.expr());
            } else if (letters.equals("i") || letters.equals("n") || op.output() && !op.constraint().startsWith("+")) {
                continue;
            } else {
                expressions.expr(op.expr());
            }
            asm.push("a0");
            loaded.add(i);
        }
        for (int k = loaded.size() - 1; k >= 0; k--) {
            asm.pop(regs[loaded.get(k)]);
        }
        for (String line : substitute(n, ops, regs).split("\n")) {
            asm.line("\t" + line.strip());
        }
        for (int i = 0; i < ops.size(); i++) {
            Node.AsmOperand op = ops.get(i);
            if (!op.output() || letters(op).equals("m")) {
                continue;
            }
            Node e = op.expr();
            int size = e.type.size();
            if (op.addressTemp() != null) {
                asm.memory("lw", "t6", op.addressTemp().offset, "s0");
                asm.store(regs[i], size, 0, "t6");
            } else if (e.var.register != null) {
                asm.emit("mv " + e.var.register + ", " + regs[i]);
            } else {
                asm.store(regs[i], size, e.var.offset, "s0");
            }
        }
    }

    private static String letters(Node.AsmOperand op) {
        return op.constraint().replace("=", "").replace("+", "").replace("&", "");
    }

    private static String[] assignRegisters(Node n, List<Node.AsmOperand> ops) {
        List<String> free = new ArrayList<>();
        for (String r : POOL) {
            if (!n.asmClobbers.contains(r)) {
                free.add(r);
            }
        }
        String[] regs = new String[ops.size()];
        int next = 0;
        for (int i = 0; i < ops.size(); i++) {
            String letters = letters(ops.get(i));
            if (letters.equals("i") || letters.equals("n")) {
                continue;
            }
            if (Character.isDigit(letters.charAt(0))) {
                int tied = letters.charAt(0) - '0';
                if (tied >= i || regs[tied] == null) {
                    throw ops.get(i).expr().tok.error("matching constraint references an invalid operand number");
                }
                regs[i] = regs[tied];
                continue;
            }
            if (next >= free.size()) {
                throw n.tok.error("asm has more operands than there are free registers");
            }
            regs[i] = free.get(next++);
        }
        return regs;
    }

    /** The asm text with %N, %[name], %zN and %% replaced. */
    private static String substitute(Node n, List<Node.AsmOperand> ops, String[] regs) {
        String text = n.asmText;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char d = text.charAt(++i);
            if (d == '%') {
                out.append('%');
                continue;
            }
            boolean zero = false;
            if (d == 'z' && i + 1 < text.length()) {
                zero = true;
                d = text.charAt(++i);
            }
            int index;
            if (Character.isDigit(d)) {
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                index = Integer.parseInt(text.substring(i, j));
                i = j - 1;
            } else if (d == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw n.tok.error("unterminated operand name in asm text");
                }
                String name = text.substring(i + 1, close);
                index = -1;
                for (int k = 0; k < ops.size(); k++) {
                    if (name.equals(ops.get(k).name())) {
                        index = k;
                    }
                }
                if (index < 0) {
                    throw n.tok.error("undefined named operand '" + name + "'");
                }
                i = close;
            } else {
                out.append('%').append(d); // %hi(...) and the like belong to the assembler
                continue;
            }
            if (index >= ops.size()) {
                throw n.tok.error("operand number out of range");
            }
            out.append(operandText(ops.get(index), regs[index], zero));
        }
        return out.toString();
    }

    private static String operandText(Node.AsmOperand op, String reg, boolean zero) {
        String letters = letters(op);
        if (letters.equals("i") || letters.equals("n")) {
            return zero && op.constant() == 0 ? "zero" : Long.toString(op.constant());
        }
        if (letters.equals("m")) {
            return "0(" + reg + ")";
        }
        return reg;
    }
}
