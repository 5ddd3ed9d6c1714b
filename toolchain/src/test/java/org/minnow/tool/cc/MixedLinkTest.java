package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;

/**
 * Code compiled by Minnow and by GCC links and runs together: {@code cc/abi/abi_callee.c}
 * defines functions taking and returning structs of every size class, long longs in register
 * pairs and split between a7 and the stack, many arguments spilling to the stack, variadic
 * functions, small integer returns and callbacks; {@code abi_caller.c} calls them all and
 * prints checksums. Each side is compiled by either compiler; every combination must print
 * {@code abi.expected} (which a GCC-only build produced).
 */
class MixedLinkTest {
    @TempDir
    Path dir;

    private static Path abiDir() {
        return CcTesting.testlibDir().getParent().resolve("abi");
    }

    private static String expected() throws Exception {
        return Files.readString(abiDir().resolve("abi.expected"), StandardCharsets.ISO_8859_1);
    }

    private static ObjectFile minnow(String name) throws Exception {
        String text = Files.readString(abiDir().resolve(name), StandardCharsets.ISO_8859_1);
        Compiler.Options o = CcTesting.options();
        o.includeDirs.add(abiDir());
        Diagnostics d = new Diagnostics();
        ObjectFile obj = Compiler.compileToObject(new SourceFile(name, abiDir().toString(), text), o, d);
        if (obj == null) {
            throw new AssertionError(d.render());
        }
        return obj;
    }

    private ObjectFile gcc(String name, String optimization) throws Exception {
        Path out = dir.resolve(name + optimization + ".o");
        CrossGcc.compile(abiDir().resolve(name), out, optimization, CcTesting.testlibDir());
        return ObjectReader.read(Files.readAllBytes(out), out.toString());
    }

    private static String run(ObjectFile callee, ObjectFile caller) throws Exception {
        CcTesting.Run r = CcTesting.runObjects(List.of(caller, callee));
        assertThat(r.status()).isZero();
        return r.output();
    }

    @Test
    void minnowOnBothSides() throws Exception {
        assertThat(run(minnow("abi_callee.c"), minnow("abi_caller.c"))).isEqualTo(expected());
    }

    @ParameterizedTest(name = "gcc {0}")
    @ValueSource(strings = {"-O0", "-O2"})
    void gccOnBothSidesGivesTheExpectedOutput(String optimization) throws Exception {
        CrossGcc.require();
        assertThat(run(gcc("abi_callee.c", optimization), gcc("abi_caller.c", optimization))).isEqualTo(expected());
    }

    @ParameterizedTest(name = "gcc {0}")
    @ValueSource(strings = {"-O0", "-O2"})
    void minnowCallsGcc(String optimization) throws Exception {
        CrossGcc.require();
        assertThat(run(gcc("abi_callee.c", optimization), minnow("abi_caller.c"))).isEqualTo(expected());
    }

    @ParameterizedTest(name = "gcc {0}")
    @ValueSource(strings = {"-O0", "-O2"})
    void gccCallsMinnow(String optimization) throws Exception {
        CrossGcc.require();
        assertThat(run(minnow("abi_callee.c"), gcc("abi_caller.c", optimization))).isEqualTo(expected());
    }

    @Test
    void gnuLdLinksMinnowObjectsWithGccObjects() throws Exception {
        CrossGcc.require();
        Path callee = dir.resolve("callee.o");
        Files.write(callee, ElfWriter.relocatable(minnow("abi_callee.c")));
        Path caller = dir.resolve("caller.o");
        CrossGcc.compile(abiDir().resolve("abi_caller.c"), caller, "-O2", CcTesting.testlibDir());
        List<Path> objects = new ArrayList<>();
        int n = 0;
        for (ObjectFile o : CcTesting.testLibrary()) {
            Path p = dir.resolve("lib" + n++ + ".o");
            Files.write(p, ElfWriter.relocatable(o));
            objects.add(p);
        }
        Path runtime = dir.resolve("runtime.o");
        Files.write(runtime, ElfWriter.relocatable(Libraries.runtime().members().get(0)));
        Path exe = dir.resolve("mixed.elf");
        List<String> cmd = new ArrayList<>(List.of(CrossGcc.LD, "-m", "elf32lriscv", "-T", abiDir().resolve("link.ld").toString(),
                "-o", exe.toString(), objects.get(0).toString(), caller.toString(), callee.toString(), objects.get(1).toString(),
                runtime.toString()));
        CrossGcc.run(cmd);
        CcTesting.Run r = CcTesting.runElf(Files.readAllBytes(exe));
        assertThat(r.output()).isEqualTo(expected());
        assertThat(r.status()).isZero();
    }
}
