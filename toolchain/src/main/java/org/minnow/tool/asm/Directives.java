package org.minnow.tool.asm;

import static org.minnow.hw.elf.Elf.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries out the assembler directives: sections, symbol attributes, data, alignment, and the
 * debugging directives {@code .file} and {@code .loc}. Each directive is one small method,
 * found through a table by name. Directives run in both passes; in the first one only the
 * location counter matters.
 */
final class Directives {
    interface Handler {
        void run(Directives d, TokenCursor args);
    }

    private static final Map<String, Handler> TABLE = new HashMap<>();

    static {
        TABLE.put(".text", (d, a) -> d.standardSection(".text", a));
        TABLE.put(".data", (d, a) -> d.standardSection(".data", a));
        TABLE.put(".rodata", (d, a) -> d.standardSection(".rodata", a));
        TABLE.put(".bss", (d, a) -> d.standardSection(".bss", a));
        TABLE.put(".sdata", (d, a) -> d.standardSection(".sdata", a));
        TABLE.put(".sbss", (d, a) -> d.standardSection(".sbss", a));
        TABLE.put(".section", Directives::section);
        TABLE.put(".pushsection", Directives::pushSection);
        TABLE.put(".popsection", (d, a) -> d.asm.popSection(a.peek().column()));
        TABLE.put(".previous", (d, a) -> d.asm.previousSection());
        TABLE.put(".globl", (d, a) -> d.bind(a, STB_GLOBAL));
        TABLE.put(".global", (d, a) -> d.bind(a, STB_GLOBAL));
        TABLE.put(".weak", (d, a) -> d.bind(a, STB_WEAK));
        TABLE.put(".local", (d, a) -> d.bind(a, STB_LOCAL));
        TABLE.put(".type", Directives::type);
        TABLE.put(".size", Directives::size);
        TABLE.put(".equ", Directives::set);
        TABLE.put(".set", Directives::set);
        TABLE.put(".byte", (d, a) -> d.data(a, 1));
        TABLE.put(".half", (d, a) -> d.data(a, 2));
        TABLE.put(".short", (d, a) -> d.data(a, 2));
        TABLE.put(".2byte", (d, a) -> d.data(a, 2));
        TABLE.put(".word", (d, a) -> d.data(a, 4));
        TABLE.put(".long", (d, a) -> d.data(a, 4));
        TABLE.put(".int", (d, a) -> d.data(a, 4));
        TABLE.put(".4byte", (d, a) -> d.data(a, 4));
        TABLE.put(".zero", Directives::space);
        TABLE.put(".space", Directives::space);
        TABLE.put(".skip", Directives::space);
        TABLE.put(".ascii", (d, a) -> d.strings(a, false));
        TABLE.put(".asciz", (d, a) -> d.strings(a, true));
        TABLE.put(".string", (d, a) -> d.strings(a, true));
        TABLE.put(".align", (d, a) -> d.align(a, true));
        TABLE.put(".p2align", (d, a) -> d.align(a, true));
        TABLE.put(".balign", (d, a) -> d.align(a, false));
        TABLE.put(".file", Directives::file);
        TABLE.put(".loc", Directives::loc);
        TABLE.put(".option", Directives::option);
        for (String ignored : new String[] {".attribute", ".ident", ".hidden", ".protected", ".internal", ".end", ".addrsig", ".addrsig_sym"}) {
            TABLE.put(ignored, (d, a) -> { });
        }
    }

    private final Assembly asm;

    Directives(Assembly asm) {
        this.asm = asm;
    }

    static boolean isKnown(String name) {
        return TABLE.containsKey(name) || name.startsWith(".cfi_");
    }

    /** Runs one directive statement; unknown directives are errors. */
    void run(Statement st) {
        String name = st.lowerName;
        if (name.startsWith(".cfi_")) {
            return; // call-frame information: not needed for static, non-unwinding programs
        }
        Handler h = TABLE.get(name);
        if (h == null) {
            throw new AsmError(st.name.column(), "unknown directive '" + st.name.text() + "'");
        }
        h.run(this, st.arguments());
    }

    // ---- sections ----

    private void standardSection(String name, TokenCursor args) {
        args.expectEnd();
        asm.switchTo(name, defaultType(name), defaultFlags(name));
    }

    /** .section name [, "flags" [, @type]] */
    private void section(TokenCursor args) {
        SectionSpec s = sectionSpec(args);
        asm.switchTo(s.name, s.type, s.flags);
    }

    private void pushSection(TokenCursor args) {
        SectionSpec s = sectionSpec(args);
        asm.pushSection(s.name, s.type, s.flags);
    }

    private record SectionSpec(String name, int type, int flags) {}

    private SectionSpec sectionSpec(TokenCursor args) {
        Token t = args.next();
        if (t.kind() != Token.Kind.IDENT && t.kind() != Token.Kind.STRING) {
            throw new AsmError(t.column(), "expected a section name");
        }
        String name = t.text();
        int flags = defaultFlags(name);
        int type = defaultType(name);
        if (args.accept(",")) {
            Token f = args.next();
            if (f.kind() != Token.Kind.STRING) {
                throw new AsmError(f.column(), "expected section flags in quotes, like \"ax\"");
            }
            flags = 0;
            for (char c : f.text().toCharArray()) {
                switch (c) {
                    case 'a': flags |= SHF_ALLOC; break;
                    case 'w': flags |= SHF_WRITE; break;
                    case 'x': flags |= SHF_EXECINSTR; break;
                    case 'M': flags |= SHF_MERGE; break;
                    case 'S': flags |= SHF_STRINGS; break;
                    default: throw new AsmError(f.column(), "unknown section flag '" + c + "'");
                }
            }
            if (args.accept(",")) {
                if (!args.accept("@") && !args.accept("%")) {
                    throw new AsmError(args.peek().column(), "expected @progbits or @nobits");
                }
                Token ty = args.next();
                if (ty.text().equals("nobits")) {
                    type = SHT_NOBITS;
                } else if (ty.text().equals("progbits")) {
                    type = SHT_PROGBITS;
                } else {
                    throw new AsmError(ty.column(), "unknown section type '" + ty.text() + "'");
                }
                while (args.accept(",")) {
                    args.next(); // entity size of mergeable sections: not needed
                }
            }
        }
        args.expectEnd();
        return new SectionSpec(name, type, flags);
    }

    static int defaultFlags(String name) {
        if (name.equals(".text") || name.startsWith(".text.")) {
            return SHF_ALLOC | SHF_EXECINSTR;
        }
        if (name.matches("\\.s?data(\\..*)?|\\.s?bss(\\..*)?")) {
            return SHF_ALLOC | SHF_WRITE;
        }
        if (name.startsWith(".rodata") || name.startsWith(".srodata")) {
            return SHF_ALLOC;
        }
        return 0;
    }

    static int defaultType(String name) {
        return name.matches("\\.s?bss(\\..*)?") ? SHT_NOBITS : SHT_PROGBITS;
    }

    // ---- symbols ----

    private void bind(TokenCursor args, int binding) {
        do {
            Token t = expectName(args);
            AsmSymbol sym = asm.symbolForUse(t.text(), t.column());
            sym.binding = binding;
            sym.bindingDeclared = true;
        } while (args.accept(","));
        args.expectEnd();
    }

    /** .type symbol, @function | @object (also %function, "function") */
    private void type(TokenCursor args) {
        Token t = expectName(args);
        args.expect(",");
        if (!args.accept("@") && !args.accept("%")) {
            args.accept("#");
        }
        Token kind = args.next();
        AsmSymbol sym = asm.symbolForUse(t.text(), t.column());
        switch (kind.text()) {
            case "function": case "STT_FUNC": sym.type = STT_FUNC; break;
            case "object": case "STT_OBJECT": sym.type = STT_OBJECT; break;
            case "notype": case "STT_NOTYPE": sym.type = STT_NOTYPE; break;
            default: throw new AsmError(kind.column(), "unknown symbol type '" + kind.text() + "'");
        }
        args.expectEnd();
    }

    /** .size symbol, expression */
    private void size(TokenCursor args) {
        Token t = expectName(args);
        args.expect(",");
        Expr e = ExpressionParser.parse(args);
        args.expectEnd();
        if (asm.isFinalPass()) {
            asm.symbolForUse(t.text(), t.column()).size = asm.evaluator.absolute(e, "the size");
        }
    }

    /** .set symbol, expression (also .equ and "symbol = expression") */
    private void set(TokenCursor args) {
        Token t = expectName(args);
        args.expect(",");
        Expr e = ExpressionParser.parse(args);
        args.expectEnd();
        Value v;
        try {
            v = asm.evaluator.eval(e);
        } catch (AsmError err) {
            if (!asm.isFinalPass()) {
                return; // may refer to a symbol defined later; the second pass tells
            }
            throw err;
        }
        asm.defineEquate(t.text(), t.column(), v);
    }

    private static Token expectName(TokenCursor args) {
        Token t = args.next();
        if (t.kind() != Token.Kind.IDENT) {
            throw new AsmError(t.column(), "expected a symbol name but found " + TokenCursor.describe(t));
        }
        return t;
    }

    // ---- data ----

    /** .byte/.half/.word expression, ... */
    private void data(TokenCursor args, int width) {
        do {
            Expr e = ExpressionParser.parse(args);
            asm.data.emitValue(e, width);
        } while (args.accept(","));
        args.expectEnd();
    }

    /** .space size [, fill] */
    private void space(TokenCursor args) {
        Expr count = ExpressionParser.parse(args);
        long fill = 0;
        if (args.accept(",")) {
            fill = asm.evaluator.absolute(ExpressionParser.parse(args), "the fill byte");
        }
        args.expectEnd();
        long n = plannedCount(count, "the size of .space");
        if (n < 0 || n > 1 << 28) {
            throw new AsmError(count.column(), "bad size " + n + " for .space");
        }
        asm.current().emitFill((int) n, (int) fill);
    }

    /**
     * A count that decides a size: evaluated in the first pass (from symbols defined above it) and
     * kept, so that both passes lay the section out alike.
     */
    private long plannedCount(Expr e, String what) {
        Statement st = asm.statement();
        if (!asm.isFinalPass()) {
            try {
                st.plannedBytes = asm.evaluator.absolute(e, what);
            } catch (AsmError err) {
                st.plannedBytes = -1;
            }
            return Math.max(0, st.plannedBytes);
        }
        if (st.plannedBytes < 0) {
            asm.evaluator.absolute(e, what);
            throw new AsmError(e.column(), what + " must be known here: use symbols defined above this line");
        }
        return st.plannedBytes;
    }

    /** .ascii/.asciz "string", ... */
    private void strings(TokenCursor args, boolean zeroTerminated) {
        do {
            Token t = args.next();
            if (t.kind() != Token.Kind.STRING) {
                throw new AsmError(t.column(), "expected a string in double quotes");
            }
            AsmSection sec = asm.current();
            for (int i = 0; i < t.text().length(); i++) {
                sec.emitByte(t.text().charAt(i));
            }
            if (zeroTerminated) {
                sec.emitByte(0);
            }
        } while (args.accept(","));
        args.expectEnd();
    }

    /** .align/.p2align log2 [, fill [, max]] and .balign bytes [, fill [, max]] */
    private void align(TokenCursor args, boolean powerOfTwo) {
        Expr e = ExpressionParser.parse(args);
        long n = plannedCount(e, "the alignment");
        List<Long> rest = new ArrayList<>();
        while (args.accept(",")) {
            rest.add(args.peek().is(",") ? -1L : asm.evaluator.absolute(ExpressionParser.parse(args), "the fill"));
        }
        args.expectEnd();
        long bytes = powerOfTwo ? (n < 31 ? 1L << n : -1) : n;
        if (bytes <= 0 || bytes > 1 << 16 || Long.bitCount(bytes) != 1) {
            throw new AsmError(e.column(), "bad alignment " + n + (powerOfTwo ? " (a power of two exponent)" : " (must be a power of two)"));
        }
        Long fill = rest.size() > 0 && rest.get(0) >= 0 ? rest.get(0) : null;
        long max = rest.size() > 1 ? rest.get(1) : Long.MAX_VALUE;
        asm.data.align((int) bytes, fill, max);
    }

    // ---- debugging and options ----

    /** .file "name" (a file symbol) or .file number "name" (an entry of the line table) */
    private void file(TokenCursor args) {
        Token t = args.next();
        if (t.kind() == Token.Kind.STRING) {
            args.expectEnd();
            asm.sourceFileName = t.text();
            return;
        }
        if (t.kind() != Token.Kind.NUMBER) {
            throw new AsmError(t.column(), "expected a file name in quotes or a file number");
        }
        Token first = args.next();
        if (first.kind() != Token.Kind.STRING) {
            throw new AsmError(first.column(), "expected a file name in quotes");
        }
        String name = first.text();
        if (args.peek().kind() == Token.Kind.STRING) {
            String dir = first.text();
            name = dir.isEmpty() ? args.next().text() : dir + "/" + args.next().text();
        }
        while (!args.atEnd()) {
            args.next(); // DWARF 5 md5 options: not needed
        }
        asm.lines.defineFile((int) t.value(), name, t.column());
    }

    /** .loc file line [column] [options...] */
    private void loc(TokenCursor args) {
        long file = asm.evaluator.absolute(ExpressionParser.parse(args), "the file number");
        long line = asm.evaluator.absolute(ExpressionParser.parse(args), "the line number");
        long column = 0;
        if (args.peek().kind() == Token.Kind.NUMBER) {
            column = args.next().value();
        }
        while (!args.atEnd()) {
            args.next(); // is_stmt, prologue_end, discriminator: not recorded
        }
        asm.lines.location((int) file, (int) line, (int) column, args.peek().column());
    }

    /** .option push|pop|norelax|relax|norvc|rvc|arch ...: accepted; none changes the output. */
    private void option(TokenCursor args) {
        Token t = expectName(args);
        switch (t.text()) {
            case "push": case "pop": case "norelax": case "relax": case "norvc": case "rvc":
            case "pic": case "nopic": case "arch":
                while (!args.atEnd()) {
                    args.next();
                }
                return;
            default:
                throw new AsmError(t.column(), "unknown option '" + t.text() + "'");
        }
    }
}
