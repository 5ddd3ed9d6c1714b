package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.ast.Program;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.parse.Parser;

/** The parser and the type pass: declarators, declarations, the types of expressions, recovery. */
class ParserTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private Program parse(String source) {
        Token tokens = Compiler.preprocess(CcTesting.source("t.c", source), new Compiler.Options(), diagnostics);
        return Parser.parse(Keywords.mark(tokens, diagnostics), diagnostics);
    }

    private Obj global(String source, String name) {
        for (Obj o : parse(source).globals()) {
            if (o.name.equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no global " + name + ":\n" + diagnostics.render());
    }

    private String typeOf(String declaration, String name) {
        return global(declaration, name).type.toString();
    }

    @Test
    void declaratorsBuildTypesInsideOut() {
        assertThat(typeOf("int *a[3];", "a")).isEqualTo("int *[3]");
        assertThat(typeOf("int (*a)[3];", "a")).isEqualTo("int (*)[3]");
        assertThat(typeOf("int (*(*fp)(int))[3];", "fp")).isEqualTo("int (*(*)(int))[3]");
        assertThat(typeOf("char **argv;", "argv")).isEqualTo("char **");
        assertThat(typeOf("void (*signal(int sig, void (*handler)(int)))(int);", "signal"))
            .isEqualTo("void (*(int, void (*)(int)))(int)");
        assertThat(typeOf("int a[2][3];", "a")).isEqualTo("int[2][3]");
        assertThat(typeOf("const char *const names[] = {\"a\", \"b\"};", "names")).isEqualTo("const char * const[2]");
        assertThat(typeOf("typedef int T[4]; T t;", "t")).isEqualTo("T");
        assertThat(global("typedef int T[4]; T t;", "t").type.size()).isEqualTo(16);
    }

    @Test
    void specifiersCombine() {
        assertThat(typeOf("unsigned long long int x;", "x")).isEqualTo("long long unsigned int");
        assertThat(typeOf("long unsigned x;", "x")).isEqualTo("long unsigned int");
        assertThat(typeOf("short signed int x;", "x")).isEqualTo("short int");
        assertThat(typeOf("signed x;", "x")).isEqualTo("int");
        assertThat(typeOf("static const volatile unsigned char x;", "x")).isEqualTo("const volatile unsigned char");
    }

    @Test
    void parametersAreAdjusted() {
        assertThat(typeOf("int f(int a[], char g(void), ...);", "f")).isEqualTo("int (int *, char (*)(void), ...)");
        assertThat(typeOf("int f();", "f")).isEqualTo("int ()");
        assertThat(typeOf("int f(void);", "f")).isEqualTo("int (void)");
    }

    @Test
    void arraySizesComeFromConstantsAndInitializers() {
        assertThat(global("enum { N = 3 }; int a[N * 2 + sizeof(short)];", "a").type.length).isEqualTo(8);
        assertThat(global("char s[] = \"four\";", "s").type.length).isEqualTo(5);
        assertThat(global("int a[] = {1, 2, [9] = 3};", "a").type.length).isEqualTo(10);
    }

    @Test
    void tentativeAndExternDeclarationsMerge() {
        Program p = parse("int x; extern int x; int x = 3; int f(void); int f(void) { return x; }");
        assertThat(p.globals().stream().filter(o -> o.name.equals("x"))).hasSize(1);
        assertThat(global("int x; int x = 3;", "x").initData).containsExactly(3, 0, 0, 0);
        assertThat(diagnostics.hasErrors()).isFalse();
    }

    @Test
    void severalErrorsInOneRun() {
        parse("int main(void) {\n  int a = ;\n  a = b;\n  return a\n}\nint g(void) { return nope(); }\n");
        assertThat(diagnostics.errors()).extracting(d -> d.line() + ":" + d.column() + " " + d.message()).containsExactly(
            "2:11 expected expression before ';' token",
            "3:7 'b' undeclared (first use in this function)",
            "5:1 expected ';' before '}' token");
        assertThat(diagnostics.warnings()).extracting(d -> d.message())
            .containsExactly("implicit declaration of function 'nope'");
    }

    @Test
    void typeErrors() {
        parse("struct s { int a; } v;\nint main(void) {\n  int *p = 0;\n  v + 1;\n  p * 2;\n  v.b = 1;\n  *v.a = 2;\n}\n");
        assertThat(diagnostics.errors()).extracting(d -> d.line() + " " + d.message()).containsExactly(
            "4 invalid operands to binary + (have 'struct s')",
            "5 invalid operands to binary * (have 'int *')",
            "6 'struct s' has no member named 'b'",
            "7 invalid type argument of unary '*' (have 'int')");
    }

    @Test
    void warningsForCommonMistakes() {
        parse("int f(int x) { if (x) return 1; }\n"
            + "void g(void) { int *p; char *c = p; long l = p; int *q = 5; }\n"
            + "int h(void) { return undefined_fn(1); }\n");
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(diagnostics.warnings()).extracting(d -> d.line() + " " + d.message()).containsExactly(
            "1 control reaches end of non-void function",
            "2 initialization of 'char *' from incompatible pointer type 'int *'",
            "2 initialization of 'long int' from 'int *' makes integer from pointer without a cast",
            "2 initialization of 'int *' from 'int' makes pointer from integer without a cast",
            "3 implicit declaration of function 'undefined_fn'");
    }

    @Test
    void noFalseWarnings() {
        parse("int f(int x) { while (1) { if (x) return 1; } }\n"
            + "int g(int x) { switch (x) { default: return 2; } }\n"
            + "void h(void) { char *c = 0; void *v = c; const char *k = c; int *p = v; (void)p; (void)k; }\n"
            + "int main(void) { }\n");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void floatingPointIsRefusedButParsingGoesOn() {
        parse("int main(void) {\n  double d = 1;\n  return d;\n}\n");
        assertThat(diagnostics.errors()).extracting(d -> d.line() + ":" + d.column() + " " + d.message())
            .containsExactly("2:3 floating point is not supported: Minnow's C has no 'double' (use integers, or fixed point)");
    }
}
