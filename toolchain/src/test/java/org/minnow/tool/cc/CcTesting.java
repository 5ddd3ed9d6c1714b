package org.minnow.tool.cc;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.tool.cc.lex.Tokenizer;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.LinkInput;
import org.minnow.tool.link.Linker;

/**
 * Test helpers: compile C source text with Minnow's compiler, link it with the tests' own tiny
 * C library ({@code cc/testlib}: printf, puts, exit and a few string functions) and the
 * runtime, and run it on the emulated PC.
 */
final class CcTesting {
    /** What a program did: its UART output and exit status. */
    record Run(String output, int status, RunResult result) {}

    private static List<ObjectFile> testLibrary;

    private CcTesting() {}

    static Path testlibDir() {
        try {
            return Path.of(CcTesting.class.getResource("/cc/testlib/testlib.h").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Compiler.Options options() {
        Compiler.Options o = new Compiler.Options();
        o.includeDirs.add(testlibDir());
        return o;
    }

    /** Compiles a source text to assembly; fails with the diagnostics if it does not compile. */
    static String assembly(String source) {
        Diagnostics d = new Diagnostics();
        String asm = Compiler.compileToAssembly(source("test.c", source), options(), d);
        if (asm == null) {
            throw new AssertionError("does not compile:\n" + d.render());
        }
        return asm;
    }

    static SourceFile source(String name, String text) {
        return new SourceFile(name, ".", Tokenizer.clean(text));
    }

    /** The diagnostics of compiling {@code source} (which is expected to fail or warn). */
    static Diagnostics diagnose(String source) {
        Diagnostics d = new Diagnostics();
        Compiler.compileToObject(source("test.c", source), options(), d);
        return d;
    }

    static ObjectFile object(String name, String source) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Compiler.compileToObject(source(name, source), options(), d);
        if (o == null) {
            throw new AssertionError("does not compile:\n" + d.render());
        }
        return o;
    }

    static synchronized List<ObjectFile> testLibrary() throws Exception {
        if (testLibrary == null) {
            Path dir = testlibDir();
            List<ObjectFile> objects = new ArrayList<>();
            Diagnostics d = new Diagnostics();
            ObjectFile crt0 = Compiler.assemble("crt0.s", Files.readString(dir.resolve("crt0.s")), d, false);
            ObjectFile lib = Compiler.compileToObject(
                    org.minnow.tool.cc.pp.IncludeResolver.readFile(dir.resolve("testlib.c"), "testlib.c"), options(), d);
            if (crt0 == null || lib == null) {
                throw new AssertionError("the test library does not build:\n" + d.render());
            }
            objects.add(crt0);
            objects.add(lib);
            testLibrary = objects;
        }
        return testLibrary;
    }

    /** Compiles, links and runs a program; its main's value (or exit's) is the status. */
    static Run run(String source) throws Exception {
        return runObjects(List.of(object("test.c", source)));
    }

    /** Links objects with the test library and runtime and runs the result. */
    static Run runObjects(List<ObjectFile> objects) throws Exception {
        List<ObjectFile> lib = testLibrary();
        List<LinkInput> inputs = new ArrayList<>();
        inputs.add(new LinkInput.Object(lib.get(0)));
        for (ObjectFile o : objects) {
            inputs.add(new LinkInput.Object(o));
        }
        inputs.add(new LinkInput.Object(lib.get(1)));
        inputs.add(Libraries.runtime());
        Linker.Result r = Linker.link(inputs, Linker.BARE_METAL_BASE, "_start");
        if (r.executable() == null) {
            throw new AssertionError("does not link: " + r.errors());
        }
        return runElf(r.executable());
    }

    static Run runElf(byte[] elf) throws Exception {
        try (Machine m = new Machine(MachineConfig.standard().withCacheModel(false))) {
            m.load(ElfFile.parse(elf, "test"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.setConsole(out::write);
            RunResult result = m.run(2_000_000_000L);
            return new Run(out.toString(StandardCharsets.ISO_8859_1), result.exitCode(), result);
        }
    }
}
