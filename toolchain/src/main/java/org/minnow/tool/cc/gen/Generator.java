package org.minnow.tool.cc.gen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.ast.Program;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.type.Type;

/**
 * The code generator: turns a parsed, typed program into GNU-syntax RISC-V assembly (RV32IM,
 * ilp32) for Minnow's assembler, with {@code .file}/{@code .loc} line information for every
 * statement so a debugger can step through the C source.
 *
 * <p>Each function gets a frame pointer, s0, equal to sp at entry (the canonical frame
 * address). Below it sit, in order: for a variadic function the 32-byte save area of a0-a7
 * (right below the stack arguments, so all arguments are in one array); the saved ra and s0;
 * then the local variables. The expression stack grows below those. Statements are here,
 * expressions in {@link Expressions}, calls in {@link Calls}, data in {@link DataWriter}.
 */
public final class Generator {
    private final Asm asm = new Asm();
    private final Expressions expressions = new Expressions(asm, this);
    private final Map<String, Integer> fileNumbers = new HashMap<>();
    private Obj function;
    private String returnLabel;
    private int lastLine = -1;
    private SourceFile lastFile;

    private Generator() {}

    /** The assembly for a program; {@code mainFile} names the compilation unit in the debug information. */
    public static String generate(Program program, String mainFile) {
        Generator g = new Generator();
        g.asm.line("\t.file\t\"" + escape(mainFile) + "\"");
        g.asm.line("\t.option nopic");
        g.asm.line("\t.attribute arch, \"rv32i2p1_m2p0\"");
        for (String text : program.toplevelAsm()) {
            g.asm.line("\t.text");
            for (String line : text.split("\n")) {
                g.asm.line("\t" + line.strip());
            }
        }
        new DataWriter(g.asm).writeAll(program.globals());
        Set<Obj> live = liveFunctions(program.globals());
        for (Obj fn : program.globals()) {
            if (fn.isFunction() && fn.isDefinition && live.contains(fn)) {
                g.function(fn);
            }
        }
        return g.asm.toString();
    }

    /**
     * The functions to emit: all definitions, except static inline functions that nothing
     * emitted refers to (a header may define many that a program never calls).
     */
    private static Set<Obj> liveFunctions(List<Obj> globals) {
        Set<Obj> live = new HashSet<>();
        Deque<Obj> work = new ArrayDeque<>();
        for (Obj g : globals) {
            if (g.isFunction() && g.isDefinition && (!(g.isStatic && g.isInline) || g.isReferencedFromData)) {
                live.add(g);
                work.add(g);
            }
        }
        while (!work.isEmpty()) {
            for (Obj ref : work.pop().references) {
                if (live.add(ref)) {
                    work.add(ref);
                }
            }
        }
        return live;
    }

    Obj function() {
        return function;
    }

    // ---- functions ----

    private void function(Obj fn) {
        function = fn;
        lastLine = -1;
        returnLabel = asm.newLabel("return");
        boolean variadic = fn.type.variadic;
        int variables = RegisterAllocator.allocate(fn);
        int va = variadic ? 32 : 0;
        int header = variadic ? 48 : 16;
        int localsEnd = layOutLocals(fn, va + 8);
        asm.line("");
        if (fn.section != null) {
            asm.line("\t.section\t" + fn.section + ",\"ax\",@progbits");
        } else {
            asm.line("\t.text");
        }
        if (!fn.isStatic) {
            asm.line((fn.isWeak ? "\t.weak\t" : "\t.globl\t") + fn.asmName);
        }
        asm.line("\t.align\t2");
        asm.line("\t.type\t" + fn.asmName + ", @function");
        asm.label(fn.asmName);
        location(fn.tok);
        int prologueAt = asm.mark();
        asm.startFunction(variables);
        fn.namedArgWords = expressions.callsFor().storeParameters(fn);
        statement(fn.body);
        if (fn.name.equals("main")) {
            asm.emit("li a0, 0"); // C99 5.1.2.2.3: reaching the end of main returns 0
        }
        // Now that the body is written, we know which s-registers it used: they are saved below the locals.
        int saved = asm.highestRegister;
        int frame = (localsEnd + 4 * saved + 15) / 16 * 16;
        fn.stackSize = frame;
        asm.insert(prologueAt, prologue(header, va, frame, localsEnd, saved));
        asm.label(returnLabel);
        for (int i = 1; i <= saved; i++) {
            asm.memory("lw", "s" + i, -(localsEnd + 4L * i), "s0");
        }
        asm.addImmediate("sp", "s0", -header);
        asm.emit("lw ra, " + (header - va - 4) + "(sp)");
        asm.emit("lw s0, " + (header - va - 8) + "(sp)");
        asm.emit("addi sp, sp, " + header);
        asm.emit("ret");
        asm.line("\t.size\t" + fn.asmName + ", .-" + fn.asmName);
        function = null;
    }

    /**
     * The prologue: ra and the caller's s0 saved just below the incoming sp (below the argument
     * register save area of a variadic function, which it fills), s0 set to the incoming sp,
     * the frame allocated, and the s-registers the function uses saved below its locals.
     */
    private static String prologue(int header, int va, int frame, int localsEnd, int saved) {
        Asm p = new Asm();
        p.emit("addi sp, sp, -" + header);
        p.emit("sw ra, " + (header - va - 4) + "(sp)");
        p.emit("sw s0, " + (header - va - 8) + "(sp)");
        p.emit("addi s0, sp, " + header);
        if (va > 0) {
            for (int i = 0; i < 8; i++) {
                p.emit("sw a" + i + ", " + (header - 32 + 4 * i) + "(sp)");
            }
        }
        p.addImmediate("sp", "sp", -(frame - header));
        for (int i = 1; i <= saved; i++) {
            p.memory("sw", "s" + i, -(localsEnd + 4L * i), "s0");
        }
        return p.toString();
    }

    /** Gives each local in memory an offset below s0 (after {@code used} bytes); returns the bytes used in all. */
    private static int layOutLocals(Obj fn, int used) {
        int offset = used;
        for (Obj var : fn.locals) {
            if (var.register != null) {
                continue;
            }
            int align = Math.max(var.align, var.type.align());
            offset += Math.max(var.type.size(), 1);
            offset = (offset + align - 1) / align * align;
            var.offset = -offset;
        }
        return offset;
    }

    // ---- statements ----

    void statement(Node n) {
        if (n.kind != org.minnow.tool.cc.ast.NodeKind.BLOCK) {
            location(n.tok);
        }
        switch (n.kind) {
            case BLOCK:
                for (Node s : n.body) {
                    statement(s);
                }
                return;
            case EXPR_STMT:
                expressions.effect(n.lhs);
                return;
            case RETURN:
                returnStatement(n);
                return;
            case IF: {
                String els = asm.newLabel("else");
                String end = asm.newLabel("end");
                expressions.branchIfFalse(n.cond, els);
                statement(n.then);
                if (n.els != null) {
                    asm.emit("j " + end);
                }
                asm.label(els);
                if (n.els != null) {
                    statement(n.els);
                    asm.label(end);
                }
                return;
            }
            case FOR: {
                String begin = asm.newLabel("loop");
                if (n.init != null) {
                    statement(n.init);
                }
                asm.label(begin);
                if (n.cond != null) {
                    expressions.branchIfFalse(n.cond, n.breakLabel);
                }
                statement(n.then);
                asm.label(n.continueLabel);
                if (n.inc != null) {
                    location(n.inc.tok);
                    expressions.effect(n.inc);
                }
                asm.emit("j " + begin);
                asm.label(n.breakLabel);
                return;
            }
            case DO: {
                String begin = asm.newLabel("loop");
                asm.label(begin);
                statement(n.then);
                asm.label(n.continueLabel);
                location(n.cond.tok);
                expressions.branchIfTrue(n.cond, begin);
                asm.label(n.breakLabel);
                return;
            }
            case SWITCH:
                switchStatement(n);
                return;
            case CASE:
                asm.label(n.uniqueLabel);
                statement(n.lhs);
                return;
            case GOTO:
                asm.emit("j " + n.uniqueLabel);
                return;
            case LABEL:
                asm.label(n.uniqueLabel);
                statement(n.lhs);
                return;
            case ASM:
                if (n.asmOperands == null) {
                    for (String line : n.asmText.split("\n")) {
                        asm.line("\t" + line.strip());
                    }
                } else {
                    new InlineAsm(asm, expressions).emit(n);
                }
                return;
            default:
                throw new IllegalStateException("unexpected statement " + n.kind);
        }
    }

    private void returnStatement(Node n) {
        if (n.lhs != null) {
            expressions.expr(n.lhs);
            Type t = n.lhs.type;
            if (t.isStructOrUnion()) {
                int size = t.size();
                if (Abi.returnsInRegisters(t)) {
                    if (size > 4) {
                        asm.loadBytes("a1", size - 4, 4, "a0");
                    }
                    asm.loadBytes("a0", Math.min(size, 4), 0, "a0");
                } else {
                    asm.memory("lw", "t1", function.resultPointer.offset, "s0");
                    asm.copy("a0", "t1", size);
                    asm.emit("mv a0, t1");
                }
            }
        }
        asm.emit("j " + returnLabel);
    }

    private void switchStatement(Node n) {
        expressions.expr(n.cond);
        boolean wide = n.cond.type.isLongLong();
        for (Node c : n.cases) {
            if (wide) {
                asm.li("t0", c.caseLow);
                asm.li("t1", c.caseLow >> 32);
                String next = asm.newLabel("next");
                asm.emit("bne a0, t0, " + next);
                asm.emit("beq a1, t1, " + c.uniqueLabel);
                asm.label(next);
            } else if (c.caseLow == c.caseHigh) {
                asm.li("t0", c.caseLow);
                asm.emit("beq a0, t0, " + c.uniqueLabel);
            } else {
                asm.li("t0", c.caseLow);
                asm.emit("sub t1, a0, t0");
                asm.li("t0", c.caseHigh - c.caseLow);
                asm.emit("bleu t1, t0, " + c.uniqueLabel);
            }
        }
        asm.emit("j " + (n.defaultCase != null ? n.defaultCase.uniqueLabel : n.breakLabel));
        statement(n.then);
        asm.label(n.breakLabel);
    }

    // ---- line information ----

    /** Emits {@code .loc} for the statement at {@code tok} (and {@code .file} the first time its file is seen). */
    private void location(Token tok) {
        if (tok == null || tok.file == null) {
            return;
        }
        Token t = tok;
        while (t.origin != null) {
            t = t.origin; // a macro's expansion is reported where the macro was used
        }
        if (t.line == lastLine && t.file == lastFile) {
            return;
        }
        Integer number = fileNumbers.get(t.file.name());
        if (number == null) {
            number = fileNumbers.size() + 1;
            fileNumbers.put(t.file.name(), number);
            asm.line("\t.file " + number + " \"" + escape(t.file.name()) + "\"");
        }
        asm.line("\t.loc " + number + " " + t.line + " " + t.column());
        lastLine = t.line;
        lastFile = t.file;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
