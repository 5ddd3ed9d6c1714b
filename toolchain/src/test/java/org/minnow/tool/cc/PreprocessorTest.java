package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.tool.cc.lex.Tokenizer;
import org.minnow.tool.cc.pp.IncludeResolver;
import org.minnow.tool.cc.pp.Preprocessor;

/** The preprocessor: directives, macro expansion by the standard's rules, includes, errors. */
class PreprocessorTest {
    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private String pp(String source) {
        return pp(source, List.of());
    }

    private String pp(String source, List<Path> includes) {
        Preprocessor p = new Preprocessor(diagnostics, new IncludeResolver(includes, false));
        SourceFile f = new SourceFile("t.c", dir.toString(), Tokenizer.clean(source));
        return Preprocessor.print(p.process(f)).trim();
    }

    @Test
    void objectLikeMacros() {
        assertThat(pp("#define N 10\nint a[N];")).isEqualTo("int a[10];");
        assertThat(pp("#define A B\n#define B 42\nA")).isEqualTo("42");
    }

    @Test
    void selfReferenceDoesNotRecurse() {
        assertThat(pp("#define foo foo + 1\nfoo")).isEqualTo("foo + 1");
        assertThat(pp("#define x (4 + y)\n#define y (2 * x)\nx y")).isEqualTo("(4 + (2 * x)) (2 * (4 + y))");
    }

    @Test
    void functionLikeMacros() {
        assertThat(pp("#define MAX(a,b) ((a)>(b)?(a):(b))\nMAX(1, f(2,3))")).isEqualTo("((1)>(f(2,3))?(1):(f(2,3)))");
        assertThat(pp("#define F(x) x\nF")).isEqualTo("F");
        assertThat(pp("#define E() 7\nE()")).isEqualTo("7");
    }

    @Test
    void standardExample3() {
        // C99 6.10.3.5 EXAMPLE 3 (a part of it)
        String src = String.join("\n",
            "#define x 3",
            "#define f(a) f(x * (a))",
            "#undef x",
            "#define x 2",
            "#define g f",
            "#define z z[0]",
            "#define h g(~",
            "#define m(a) a(w)",
            "#define w 0,1",
            "#define t(a) a",
            "#define p() int",
            "#define q(x) x",
            "#define r(x,y) x ## y",
            "f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);",
            "g(x+(3,4)-w) | h 5) & m",
            "(f)^m(m);",
            "p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };");
        String out = pp(src).replaceAll("\\s+", "");
        assertThat(out).isEqualTo(("f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);"
            + "f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);"
            + "int i[] = { 1, 23, 4, 5, };").replaceAll("\\s+", ""));
    }

    @Test
    void stringizingAndPasting() {
        assertThat(pp("#define S(x) #x\nS(a  +  \"b\\n\")")).isEqualTo("\"a + \\\"b\\\\n\\\"\"");
        assertThat(pp("#define CAT(a,b) a##b\nCAT(foo,bar) CAT(1,2) CAT(x,)")).isEqualTo("foobar 12 x");
        assertThat(pp("#define str(s) # s\n#define xstr(s) str(s)\n#define INCFILE(n) vers ## n\nxstr(INCFILE(2).h)"))
            .isEqualTo("\"vers2.h\"");
    }

    @Test
    void variadicMacros() {
        assertThat(pp("#define P(fmt, ...) printf(fmt, __VA_ARGS__)\nP(\"%d\", 1, 2)")).isEqualTo("printf(\"%d\", 1, 2)");
        assertThat(pp("#define P(fmt, ...) printf(fmt, ## __VA_ARGS__)\nP(\"x\")")).isEqualTo("printf(\"x\")");
        assertThat(pp("#define P(fmt, ...) printf(fmt, ## __VA_ARGS__)\nP(\"x\", 3)")).isEqualTo("printf(\"x\", 3)");
        assertThat(pp("#define P(fmt, args...) printf(fmt, args)\nP(\"x\", 3, 4)")).isEqualTo("printf(\"x\", 3, 4)");
    }

    @Test
    void conditionals() {
        String src = "#define A 2\n#if A > 1 && defined(A)\nyes\n#else\nno\n#endif\n"
            + "#ifdef B\nb\n#elif A == 2\nelif\n#endif\n#ifndef B\nnb\n#endif\n"
            + "#if 0\n#if 1\nnested\n#endif\n#else\nelse\n#endif\n"
            + "#if -1 < 0u\nwrong\n#else\nunsigned\n#endif\n";
        assertThat(pp(src).split("\\s+")).containsExactly("yes", "elif", "nb", "else", "unsigned");
    }

    @Test
    void skippedGroupsMayHoldAnything() {
        assertThat(pp("#if 0\ndon't @ care\n#endif\nok")).isEqualTo("ok");
        assertThat(diagnostics.hasErrors()).isFalse();
    }

    @Test
    void fileAndLine() {
        assertThat(pp("\n\n__LINE__ __FILE__")).isEqualTo("3 \"t.c\"");
        assertThat(pp("#define L __LINE__\n\nL")).isEqualTo("3");
    }

    @Test
    void lineDirectivesRenumber() {
        assertThat(pp("a __LINE__\n#line 100 \"other.c\"\nb __LINE__ __FILE__\nc __LINE__"))
            .isEqualTo("a 1\nb 100 \"other.c\"\nc 101");
    }

    @Test
    void counterAndPragmaOperator() {
        assertThat(pp("__COUNTER__ __COUNTER__ _Pragma(\"once\") x")).isEqualTo("0 1 x");
    }

    @Test
    void predefinedMacros() {
        assertThat(pp("__riscv __riscv_xlen __minnow__ __STDC__ __STDC_VERSION__ __ILP32__ __CHAR_BIT__"))
            .isEqualTo("1 32 1 1 199901L 1 8");
    }

    @Test
    void includesFromDirectories() throws Exception {
        Path inc = Files.createDirectories(dir.resolve("inc"));
        Files.writeString(inc.resolve("a.h"), "#pragma once\nint a;\n");
        Files.writeString(dir.resolve("b.h"), "int b;\n");
        String out = pp("#include <a.h>\n#include \"a.h\"\n#include \"b.h\"\n#define H <a.h>\n#include H\nend", List.of(inc));
        assertThat(out.split("\\s+")).containsExactly("int", "a;", "int", "b;", "end");
    }

    @Test
    void errorsHaveLineAndColumn() {
        pp("#if 1\n#error stop here\n#endif\n#include \"nope.h\"\n");
        assertThat(diagnostics.errors()).extracting(d -> d.line() + ":" + d.column() + " " + d.message())
            .containsExactly("2:2 #error stop here", "4:10 nope.h: No such file or directory");
    }

    @Test
    void unterminatedConditional() {
        pp("\n#ifdef X\nint x;\n");
        assertThat(diagnostics.errors()).extracting(d -> d.line() + ":" + d.message())
            .containsExactly("2:unterminated #ifdef");
    }

    @Test
    void wrongArgumentCount() {
        pp("#define F(a,b) a\nF(1)\n");
        assertThat(diagnostics.errors()).extracting(d -> d.message())
            .containsExactly("macro \"F\" requires 2 arguments, but only 1 given");
    }
}
