package org.minnow.tool.asm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.minnow.hw.isa.Format;
import org.minnow.hw.isa.Instruction;
import org.minnow.hw.isa.Op;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;

/**
 * The assembler ({@code minnow as}): GNU as syntax for RV32IMA + Zicsr + Zifencei in, an ELF32
 * relocatable object out.
 *
 * <p>It works in three steps. Pass 0 ({@link StatementParser}) splits the source into
 * statements and parses instruction operands. Pass 1 walks the statements to lay out the
 * sections: every instruction's size is known from its mnemonic (only {@code li} looks at its
 * value), so at the end every label has its final offset. Pass 2 walks them again, now with all
 * labels known, and writes the bytes and relocations. Errors are collected, not thrown, so one run
 * reports every mistake.
 */
public final class Assembler {
    private final Assembly asm;
    private final InstructionEncoder encoder;
    private final PseudoInstructions pseudos;
    private final Directives directives;
    private final boolean debugLines;

    private Assembler(SourceFile source, Diagnostics diagnostics, boolean debugLines) {
        this.asm = new Assembly(source, diagnostics);
        this.encoder = new InstructionEncoder(asm);
        this.pseudos = new PseudoInstructions(asm, encoder);
        this.directives = new Directives(asm);
        this.debugLines = debugLines;
    }

    /**
     * Assembles one source file. Returns the object, or null when there were errors (all of them
     * are then in {@code diagnostics}). With {@code debugLines}, instructions not covered by
     * {@code .loc} get line-table rows pointing at the assembly source itself.
     */
    public static ObjectFile assemble(SourceFile source, boolean debugLines, Diagnostics diagnostics) {
        Assembler a = new Assembler(source, diagnostics, debugLines);
        List<Statement> statements = new StatementParser(source, diagnostics).parseAll();
        a.pass(1, statements);
        a.pass(2, statements);
        diagnostics.sortByLine();
        if (diagnostics.hasErrors()) {
            return null;
        }
        String objectName = source.name().replaceAll("\\.[sS]$", "") + ".o";
        return new ObjectBuilder(a.asm, objectName).build(System.getProperty("user.dir", "."));
    }

    private void pass(int n, List<Statement> statements) {
        asm.startPass(n);
        for (Statement st : statements) {
            asm.setStatement(st);
            for (Statement.Label l : st.labels) {
                try {
                    asm.defineLabel(l.name(), l.column());
                } catch (AsmError e) {
                    asm.diagnostics.error(asm.file, st.line, e.column, e.getMessage());
                }
            }
            try {
                if (st.name == null) {
                    continue;
                }
                if (st.isDirective()) {
                    directives.run(st);
                } else {
                    instruction(st);
                }
            } catch (AsmError e) {
                asm.diagnostics.error(asm.file, st.line, e.column, e.getMessage());
            }
        }
        asm.diagnostics.muted = false;
    }

    private void instruction(Statement st) {
        if (st.operands == null) {
            return; // its operands did not parse: already reported
        }
        String mnemonic = st.lowerName;
        PseudoInstructions.Pseudo pseudo = PseudoInstructions.lookup(mnemonic);
        Instruction in = pseudo == null ? InstructionEncoder.lookup(mnemonic) : null;
        if (pseudo == null && in == null) {
            throw new AsmError(st.name.column(), "unknown mnemonic '" + st.name.text() + "'");
        }
        String syntax = pseudo != null ? pseudo.syntax() : in.format().syntax;
        Operands ops = new Operands(st.operands, mnemonic, syntax, st.name.column());
        AsmSection sec = asm.current();
        if (!asm.isFinalPass()) {
            st.plannedWords = pseudo == null ? (isSymbolForm(in, ops) ? 2 : 1)
                    : pseudo.words() >= 0 ? pseudo.words() : pseudos.liWords(ops);
            sec.emitFill(4 * st.plannedWords, 0);
            return;
        }
        if (debugLines) {
            asm.lines.instructionAt(st.line);
        }
        int end = sec.offset + 4 * st.plannedWords;
        try {
            if (pseudo != null) {
                pseudos.expand(pseudo, ops);
            } else if (isSymbolForm(in, ops) && in.format() == Format.S) {
                pseudos.storeSymbol(in.op(), ops);
            } else if (isSymbolForm(in, ops)) {
                pseudos.loadSymbol(in.op(), ops);
            } else {
                encoder.encode(in, ops);
            }
        } finally {
            // keep the layout of pass 1 even when the instruction had an error
            if (sec.offset < end) {
                sec.emitFill(end - sec.offset, 0);
            }
        }
    }

    /** {@code lw rd, symbol} and {@code sw rs, symbol, rt}: loads and stores of a global by name. */
    private static boolean isSymbolForm(Instruction in, Operands ops) {
        if (in.format() == Format.I_LOAD && in.op() != Op.JALR) {
            return ops.count() == 2 && ops.isImm(1);
        }
        return in.format() == Format.S && ops.count() == 3;
    }

    /** Runs {@link #run} on the process's arguments (the CLI in the ide module is the usual way in). */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * The command line: {@code minnow as [-g] [-o out.o] file.s}. Returns the exit status: 0 on
     * success, 1 when the source has errors (printed to {@code err}) or the files cannot be used.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String output = "a.out";
        String input = null;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-o") && i + 1 < args.length) {
                output = args[++i];
            } else if (a.equals("-g") || a.equals("--gdwarf-3")) {
                debug = true;
            } else if (a.startsWith("-march=") || a.startsWith("-mabi=") || a.equals("-mno-relax")) {
                continue; // the target is always RV32IMA, ilp32, without relaxation
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.println("minnow as: unknown option '" + a + "'");
                return 1;
            } else if (input != null) {
                err.println("minnow as: give one source file (got '" + input + "' and '" + a + "')");
                return 1;
            } else {
                input = a;
            }
        }
        if (input == null) {
            err.println("usage: minnow as [-g] [-o out.o] file.s");
            return 1;
        }
        String text;
        try {
            text = Files.readString(Path.of(input), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            err.println("minnow as: cannot read " + input + ": " + e.getMessage());
            return 1;
        }
        Diagnostics diagnostics = new Diagnostics();
        ObjectFile object = assemble(new SourceFile(input, text), debug, diagnostics);
        if (object == null) {
            err.print(diagnostics.render());
            return 1;
        }
        try {
            Files.write(Path.of(output), ElfWriter.relocatable(object));
        } catch (IOException e) {
            err.println("minnow as: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
