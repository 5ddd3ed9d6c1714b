package org.minnow.tool.cc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.cc.ast.Program;
import org.minnow.tool.cc.gen.Generator;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.parse.Parser;
import org.minnow.tool.cc.pp.IncludeResolver;
import org.minnow.tool.cc.pp.Preprocessor;
import org.minnow.tool.elf.ObjectFile;

/**
 * The compiler's phases one after the other, for one translation unit: preprocess
 * ({@link Preprocessor}), mark keywords, parse and type ({@link Parser}), generate assembly
 * ({@link Generator}), and assemble it into an ELF object with Minnow's assembler. Each step
 * returns null when the source had errors, which are then in the {@link Diagnostics}.
 */
public final class Compiler {
    /** What a compilation may be told from the command line. */
    public static final class Options {
        /** {@code -I} directories, searched in order. */
        public final List<Path> includeDirs = new ArrayList<>();
        /** {@code -D name=value} (value "1" for a plain {@code -D name}) and {@code -U name} (value null), in order. */
        public final Map<String, String> defines = new LinkedHashMap<>();
        /** {@code -w}: no warnings. */
        public boolean noWarnings;
        /** {@code -ffreestanding}: {@code __STDC_HOSTED__} is 0. */
        public boolean freestanding;
    }

    private Compiler() {}

    /** Preprocesses a file; returns its tokens (with keywords marked), or null after errors. */
    public static Token preprocess(SourceFile file, Options options, Diagnostics diagnostics) {
        diagnostics.setWarningsEnabled(!options.noWarnings);
        try {
            Preprocessor pp = new Preprocessor(diagnostics, new IncludeResolver(options.includeDirs, true));
            if (options.freestanding) {
                pp.define("__STDC_HOSTED__", "0");
            }
            for (Map.Entry<String, String> d : options.defines.entrySet()) {
                if (d.getValue() == null) {
                    pp.undefine(d.getKey());
                } else {
                    pp.define(d.getKey(), d.getValue());
                }
            }
            Token tokens = pp.process(file);
            return diagnostics.hasErrors() ? null : tokens;
        } catch (Diagnostics.TooManyErrors e) {
            return null;
        }
    }

    /** The text {@code minnow cc -E} prints for a file, or null after errors. */
    public static String preprocessToText(SourceFile file, Options options, Diagnostics diagnostics) {
        Token tokens = preprocess(file, options, diagnostics);
        return tokens == null ? null : Preprocessor.print(tokens);
    }

    /** Compiles a C file to assembly text, or null after errors. */
    public static String compileToAssembly(SourceFile file, Options options, Diagnostics diagnostics) {
        Token tokens = preprocess(file, options, diagnostics);
        if (tokens == null) {
            return null;
        }
        try {
            tokens = Keywords.mark(tokens, diagnostics);
            Program program = Parser.parse(tokens, diagnostics);
            if (diagnostics.hasErrors()) {
                return null;
            }
            return Generator.generate(program, file.name());
        } catch (Diagnostics.TooManyErrors e) {
            return null;
        }
    }

    /**
     * Compiles a C file into an ELF object (with line information), or null after errors. An
     * error of the assembler on the compiler's own output is an internal compiler error.
     */
    public static ObjectFile compileToObject(SourceFile file, Options options, Diagnostics diagnostics) {
        String assembly = compileToAssembly(file, options, diagnostics);
        if (assembly == null) {
            return null;
        }
        return assemble(file.name(), assembly, diagnostics, true);
    }

    /** Assembles assembly text (the compiler's, or a .s file's when {@code generated} is false). */
    public static ObjectFile assemble(String name, String assembly, Diagnostics diagnostics, boolean generated) {
        String asmName = name.replaceAll("\\.[cC]$", "") + ".s";
        org.minnow.tool.asm.Diagnostics asmDiagnostics = new org.minnow.tool.asm.Diagnostics();
        ObjectFile object = Assembler.assemble(new org.minnow.tool.asm.SourceFile(asmName, assembly), !generated, asmDiagnostics);
        if (object == null) {
            for (org.minnow.tool.asm.Diagnostics.Error e : asmDiagnostics.errors()) {
                if (generated) {
                    diagnostics.error(name, "internal compiler error: the assembler rejected line " + e.line() + " ("
                            + e.sourceLine() + "): " + e.message());
                } else {
                    diagnostics.error(e.file() + ":" + e.line() + ":" + e.column(), e.message());
                }
            }
        }
        return object;
    }
}
