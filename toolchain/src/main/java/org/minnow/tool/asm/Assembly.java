package org.minnow.tool.asm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.minnow.hw.elf.Elf;

/**
 * The state of one assembly: the sections and their location counters, the symbol table, the
 * pass being run and the statement being handled. The phases (directives, instruction encoder,
 * data emitter, line recorder) all work on it.
 */
final class Assembly {
    final SourceFile file;
    final Diagnostics diagnostics;
    final Evaluator evaluator;
    final DataEmitter data;
    final LineRecorder lines;
    /** Sections in order of first use; the order of the object file. */
    final Map<String, AsmSection> sections = new LinkedHashMap<>();
    /** Symbols in order of first mention; the order of the symbol table. */
    final Map<String, AsmSymbol> symbols = new LinkedHashMap<>();
    /** The name given by {@code .file "name"}, for the symbol table's file symbol. */
    String sourceFileName;

    private AsmSection current;
    private AsmSection previous;
    private final Deque<AsmSection> sectionStack = new ArrayDeque<>();
    private int pass;
    private Statement statement;
    private int pcrelLabels;

    Assembly(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.evaluator = new Evaluator(this);
        this.data = new DataEmitter(this);
        this.lines = new LineRecorder(this);
    }

    /** Starts pass 1 (layout: sizes and label values) or pass 2 (bytes and relocations). */
    void startPass(int n) {
        pass = n;
        pcrelLabels = 0;
        for (AsmSection s : sections.values()) {
            s.startPass(n == 2);
        }
        sectionStack.clear();
        previous = null;
        current = null;
        switchTo(".text", Elf.SHT_PROGBITS, Directives.defaultFlags(".text"));
        diagnostics.muted = n == 1;
    }

    boolean isFinalPass() {
        return pass == 2;
    }

    void setStatement(Statement st) {
        statement = st;
    }

    Statement statement() {
        return statement;
    }

    AsmSection current() {
        return current;
    }

    /** Makes the named section current, creating it with the given type and flags on first use. */
    void switchTo(String name, int type, int flags) {
        AsmSection s = sections.get(name);
        if (s == null) {
            s = new AsmSection(name, type, flags);
            s.startPass(pass == 2);
            sections.put(name, s);
        }
        if (s != current) {
            previous = current;
            current = s;
        }
    }

    void pushSection(String name, int type, int flags) {
        sectionStack.push(current);
        switchTo(name, type, flags);
    }

    void popSection(int column) {
        if (sectionStack.isEmpty()) {
            throw new AsmError(column, ".popsection without .pushsection");
        }
        AsmSection s = sectionStack.pop();
        previous = current;
        current = s;
    }

    void previousSection() {
        if (previous != null) {
            AsmSection s = previous;
            previous = current;
            current = s;
        }
    }

    /** The symbol of this name, created (undefined) on first mention. */
    AsmSymbol symbolForUse(String name, int column) {
        AsmSymbol s = symbols.get(name);
        if (s == null) {
            s = new AsmSymbol(name);
            symbols.put(name, s);
        }
        return s;
    }

    boolean isDefinedConstant(String name) {
        AsmSymbol s = symbols.get(name);
        return s != null && s.defined && s.absolute;
    }

    /**
     * Defines a label at the current location. The first pass notes which statement defines it;
     * in the second, any other statement that defines it again is an error.
     */
    void defineLabel(String name, int column) {
        AsmSymbol s = symbolForUse(name, column);
        if (pass == 1 && s.defined && s.definedBy != statement.index) {
            return; // a second definition: reported in pass 2
        }
        if (pass == 2 && s.definedBy != statement.index) {
            throw new AsmError(column, "symbol '" + name + "' is already defined");
        }
        s.definedBy = statement.index;
        s.defined = true;
        s.absolute = false;
        s.section = current;
        s.value = current.offset;
    }

    /** Defines {@code name} as the value of an expression (.set/.equ): a number or a label plus offset. */
    void defineEquate(String name, int column, Value v) {
        AsmSymbol s = symbolForUse(name, column);
        if (s.isLabel() && s.definedBy >= 0) {
            throw new AsmError(column, "symbol '" + name + "' is already defined as a label");
        }
        if (v.minus() != null || (v.symbol() != null && !v.symbol().isLabel())) {
            if (isFinalPass()) {
                throw new AsmError(column, "the value of '" + name + "' must be a number or a label defined in this file");
            }
            return;
        }
        s.defined = true;
        if (v.isAbsolute()) {
            s.absolute = true;
            s.section = null;
            s.value = v.addend();
        } else {
            s.absolute = false;
            s.section = v.symbol().section;
            s.value = v.symbol().value + v.addend();
        }
    }

    /** A fresh local label at the current location, for the %pcrel_lo half of a PC-relative pair. */
    AsmSymbol definePcrelLabel() {
        String name = ".Lpcrel_hi" + pcrelLabels++;
        AsmSymbol s = symbolForUse(name, 0);
        s.defined = true;
        s.section = current;
        s.value = current.offset;
        return s;
    }
}
