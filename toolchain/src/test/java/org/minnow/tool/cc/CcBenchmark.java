package org.minnow.tool.cc;

import java.util.Locale;
import org.minnow.tool.cc.lex.Tokenizer;
import org.minnow.tool.elf.ObjectFile;

/**
 * Benchmark (a plain main, not a test; timings are never asserted): compiles a generated C
 * file of 20,000 lines (structs, loops, switches, calls, arithmetic, strings, a header's worth
 * of macros) all the way to an ELF object, and prints the time of the first compilation in a
 * fresh JVM and of later ones. Run it with
 * <pre>
 *   mvn -q -o test-compile -pl toolchain -am
 *   java -cp toolchain/target/classes:toolchain/target/test-classes:hardware/target/classes org.minnow.tool.cc.CcBenchmark
 * </pre>
 */
public final class CcBenchmark {
    private CcBenchmark() {}

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String source = generate(lines);
        int actual = source.split("\n", -1).length - 1;
        for (int run = 1; run <= 6; run++) {
            long start = System.nanoTime();
            Diagnostics d = new Diagnostics();
            ObjectFile o = Compiler.compileToObject(new SourceFile("bench.c", ".", Tokenizer.clean(source)), new Compiler.Options(), d);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (o == null) {
                System.out.print(d.render());
                throw new IllegalStateException("the benchmark program does not compile");
            }
            System.out.printf(Locale.ROOT, "run %d: %d lines compiled to an object in %.3f s (%.0f lines/s)%n",
                    run, actual, seconds, actual / seconds);
        }
    }

    /** A deterministic C program of about {@code lines} lines. */
    static String generate(int lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("#define MIN(a, b) ((a) < (b) ? (a) : (b))\n");
        sb.append("#define MAX(a, b) ((a) > (b) ? (a) : (b))\n");
        sb.append("#define SQUARE(x) ((x) * (x))\n");
        sb.append("typedef unsigned int u32;\n");
        sb.append("struct point { int x, y; };\n");
        sb.append("struct shape { struct point corner[4]; char name[16]; u32 flags; long long area; };\n");
        sb.append("int printf(const char *fmt, ...);\n");
        sb.append("static int table[256];\n");
        int n = 0;
        while (sb.toString().split("\n", -1).length < lines - 40 && n < 100_000) {
            sb.append(function(n++));
            if (n % 50 == 0 && sb.length() > lines * 40L) {
                break;
            }
        }
        int count = sb.toString().split("\n", -1).length;
        while (count < lines - 20) {
            sb.append(function(n++));
            count = sb.toString().split("\n", -1).length;
        }
        sb.append("int main(void) {\n    int total = 0;\n");
        for (int i = 0; i < Math.min(n, 10); i++) {
            sb.append("    total += f").append(i).append("(").append(i).append(", total);\n");
        }
        sb.append("    printf(\"%d\\n\", total);\n    return 0;\n}\n");
        return sb.toString();
    }

    private static String function(int i) {
        return "static long long helper" + i + "(struct shape *s, int k) {\n"
            + "    long long sum = 0;\n"
            + "    for (int c = 0; c < 4; c++) {\n"
            + "        sum += (long long)s->corner[c].x * s->corner[c].y + k;\n"
            + "    }\n"
            + "    return sum + s->area;\n"
            + "}\n"
            + "\n"
            + "int f" + i + "(int a, int b) {\n"
            + "    struct shape s = {{{a, b}, {b, a}, {a + 1, b - 1}, {SQUARE(a), MIN(a, b)}}, \"shape" + i + "\", 0u, 0};\n"
            + "    int result = 0;\n"
            + "    unsigned char bytes[8];\n"
            + "    for (int i = 0; i < 8; i++) {\n"
            + "        bytes[i] = (unsigned char)(a >> i);\n"
            + "        result ^= table[(bytes[i] + i) & 255];\n"
            + "    }\n"
            + "    switch (a % 4) {\n"
            + "    case 0: result += MAX(a, b); break;\n"
            + "    case 1: result -= b * 3; /* fall through */\n"
            + "    case 2: result <<= 1; break;\n"
            + "    default: result = (int)helper" + i + "(&s, result);\n"
            + "    }\n"
            + "    while (b > 0 && result != a) {\n"
            + "        b /= 2;\n"
            + "        result += s.name[b % 16] == 's' ? 1 : -1;\n"
            + "    }\n"
            + "    if (result < 0 || (u32)result > 1000u) {\n"
            + "        result = -result;\n"
            + "    }\n"
            + "    return result + (int)s.area;\n"
            + "}\n"
            + "\n";
    }
}
