package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;

/**
 * The runtime's assembly files (bare/crt0.s, libc/setjmp.s) are written for both assemblers:
 * minnow as accepts them, and GNU as (when installed) makes the same code from them.
 */
class RuntimeAssemblyTest {
    private static final String GNU_AS = "/usr/bin/riscv64-unknown-elf-as";

    @TempDir
    Path work;

    private static List<String> assemblyFiles() {
        List<String> files = new ArrayList<>();
        for (String dir : List.of("bare", "libc")) {
            for (String name : CcRuntime.list(dir)) {
                if (name.endsWith(".s")) {
                    files.add(dir + "/" + name);
                }
            }
        }
        return files;
    }

    private static ObjectFile minnowAssemble(String file) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile(file, CcRuntime.resourceText(file)), false, d);
        assertThat(d.render()).as("minnow as on %s", file).isEmpty();
        assertThat(o).as("object of %s", file).isNotNull();
        return o;
    }

    @Test
    void minnowAsAcceptsEveryAssemblyFileOfTheRuntime() {
        assertThat(assemblyFiles()).contains("bare/crt0.s", "libc/setjmp.s");
        for (String file : assemblyFiles()) {
            minnowAssemble(file);
        }
    }

    @Test
    void theStartupCodeDefinesWhatTheLinkAndTheLibraryNeed() {
        ObjectFile crt0 = minnowAssemble("bare/crt0.s");
        ObjectFile setjmp = minnowAssemble("libc/setjmp.s");
        for (String name : List.of("_start", "__minnow_trap")) {
            assertThat(crt0.symbol(name)).as(name).isNotNull().matches(s -> s.isDefined() && !s.isLocal(), "global");
        }
        for (String name : List.of("setjmp", "longjmp")) {
            assertThat(setjmp.symbol(name)).as(name).isNotNull().matches(s -> s.isDefined() && !s.isLocal(), "global");
        }
        for (String name : List.of("main", "exit", "__minnow_fatal_trap", "__global_pointer$", "__bss_start", "_end")) {
            assertThat(crt0.symbol(name)).as("crt0 refers to %s", name).isNotNull().matches(s -> !s.isDefined(), "undefined");
        }
    }

    @Test
    void gnuAsMakesTheSameCode() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(GNU_AS)), "riscv64-unknown-elf-as is not installed");
        for (String file : assemblyFiles()) {
            Path source = Files.writeString(work.resolve(file.replace('/', '_')), CcRuntime.resourceText(file));
            Path object = work.resolve(file.replace('/', '_') + ".o");
            GccBuild.Exec r = GccBuild.exec(work, GNU_AS, "-march=rv32im", "-mabi=ilp32", "-mno-relax",
                    source.toString(), "-o", object.toString());
            assertThat(r.status()).as("GNU as on %s:\n%s", file, r.output()).isZero();
            ObjectFile gnu = ObjectReader.read(Files.readAllBytes(object), file);
            ObjectFile ours = minnowAssemble(file);
            assertThat(ours.section(".text").data).as(".text of %s", file).isEqualTo(gnu.section(".text").data);
        }
    }
}
