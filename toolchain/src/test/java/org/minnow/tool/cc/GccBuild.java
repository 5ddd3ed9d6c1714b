package org.minnow.tool.cc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.minnow.hw.elf.ElfException;
import org.minnow.tool.ar.Archive;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;
import org.minnow.tool.link.LinkInput;
import org.minnow.tool.link.Linker;

/**
 * Builds bare-metal programs with Debian's RISC-V GCC against minnow cc's own runtime, the way
 * the corpus's expectations are made: the runtime compiled once at -O2, each program compiled
 * at the optimisation level asked for, everything linked by minnow ld at 0x8000_0000 with GCC's
 * libgcc (which supplies the 64-bit division helpers that minnow cc brings itself).
 *
 * <p>Compiler flags (see the corpus README): ilp32 without compressed instructions, plain char
 * signed as in minnow cc, no system headers or libraries, no linker relaxation. Programs are
 * compiled as hosted C (so main without a return statement returns 0, as in minnow cc); the
 * library is freestanding, so GCC does not turn its own loops into calls of itself.
 */
final class GccBuild {
    static final String GCC = "/usr/bin/riscv64-unknown-elf-gcc";
    static final List<String> FLAGS = List.of("-march=rv32im", "-mabi=ilp32", "-fsigned-char",
            "-nostdlib", "-nostdinc", "-fno-common", "-mno-relax");
    /** For the library only: no built-in functions, and no turning memset's own loop into a call to memset. */
    static final List<String> LIBRARY_FLAGS = List.of("-O2", "-ffreestanding", "-fno-tree-loop-distribute-patterns");

    /** What a process printed (stdout and stderr together) and how it exited. */
    record Exec(int status, String output) { }

    private final Path runtimeDir;
    private final List<byte[]> startup = new ArrayList<>();
    private final List<byte[]> library = new ArrayList<>();
    private final List<Path> objectFiles = new ArrayList<>();
    private final boolean assembleWithMinnow;
    private final byte[] libgcc;

    /** Skips the calling test unless GCC for RISC-V is installed. */
    static void require() {
        assumeTrue(installed(), "riscv64-unknown-elf-gcc is not installed (apt-get install gcc-riscv64-unknown-elf)");
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(GCC));
    }

    /** Unpacks the runtime into {@code workDir} and compiles it; fails with GCC's messages if it does not build. */
    GccBuild(Path workDir) {
        this(workDir, false);
    }

    /**
     * As {@link #GccBuild(Path)}, but with {@code assembleWithMinnow} the runtime's assembly
     * files (crt0.s, setjmp.s) are assembled by minnow as instead of GNU as.
     */
    GccBuild(Path workDir, boolean assembleWithMinnow) {
        this.assembleWithMinnow = assembleWithMinnow;
        runtimeDir = CcRuntime.unpack(workDir.resolve("runtime"));
        Path objects = mkdirs(workDir.resolve("runtime-objects"));
        List<String> bare = CcRuntime.list("bare");
        if (!bare.get(0).equals("crt0.s")) {
            throw new IllegalStateException("bare/FILES must list crt0.s first: it holds _start");
        }
        for (String name : bare) {
            byte[] object = compileRuntimeFile("bare/" + name, objects);
            if (name.equals("crt0.s")) {
                startup.add(object);
            } else {
                library.add(object);
            }
        }
        for (String name : CcRuntime.list("libc")) {
            library.add(compileRuntimeFile("libc/" + name, objects));
        }
        Exec where = exec(workDir, GCC, "-march=rv32im", "-mabi=ilp32", "-print-libgcc-file-name");
        try {
            libgcc = Files.readAllBytes(Path.of(where.output().strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GCC's libgcc.a", e);
        }
    }

    Path includeDir() {
        return runtimeDir.resolve("include");
    }

    private byte[] compileRuntimeFile(String file, Path objects) {
        Path object = objects.resolve(file.replace('/', '_') + ".o");
        if (assembleWithMinnow && file.endsWith(".s")) {
            objectFiles.add(object);
            return assembleWithMinnow(file, object);
        }
        List<String> command = new ArrayList<>(List.of(GCC));
        command.addAll(FLAGS);
        command.addAll(LIBRARY_FLAGS);
        command.addAll(List.of("-I", "include", "-c", file, "-o", object.toString()));
        objectFiles.add(object);
        return compile(runtimeDir, command, object);
    }

    private byte[] assembleWithMinnow(String file, Path object) {
        try {
            Diagnostics d = new Diagnostics();
            ObjectFile o = Assembler.assemble(new SourceFile(file, Files.readString(runtimeDir.resolve(file))), false, d);
            if (o == null) {
                throw new AssertionError("minnow as rejects " + file + ":\n" + d.render());
            }
            byte[] bytes = ElfWriter.relocatable(o);
            Files.write(object, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles one program at {@code optimisation} ("-O0", "-O2") and links it. GCC runs in the
     * source's directory with the bare file name, so __FILE__ is that name.
     */
    byte[] build(Path source, String optimisation, Path workDir) {
        String name = source.getFileName().toString();
        Path object = mkdirs(workDir).resolve(name.replace(".c", optimisation + ".o"));
        List<String> command = new ArrayList<>(List.of(GCC));
        command.addAll(FLAGS);
        command.addAll(List.of(optimisation, "-I", includeDir().toString(), "-c", name, "-o", object.toString()));
        return link(compile(source.getParent(), command, object), name);
    }

    /**
     * Builds one program as {@link #build} does but links it with GNU ld and the script
     * {@code script} (the same layout), into an ELF file for QEMU: an independent check of minnow ld.
     */
    Path buildWithGnuLd(Path source, String optimisation, Path workDir, Path script) {
        String name = source.getFileName().toString();
        Path elf = mkdirs(workDir).resolve(name.replace(".c", optimisation + "-gnu.elf"));
        List<String> command = new ArrayList<>(List.of(GCC));
        command.addAll(FLAGS);
        command.addAll(List.of(optimisation, "-I", includeDir().toString(), "-T", script.toString(),
                "-Wl,--no-warn-rwx-segments", "-o", elf.toString(), objectFiles.get(0).toString(), name));
        for (Path object : objectFiles.subList(1, objectFiles.size())) {
            command.add(object.toString());
        }
        command.add("-lgcc");
        compile(source.getParent(), command, elf);
        return elf;
    }

    /** Links crt0, the program, the library and libgcc at the bare-metal base, as minnow cc --bare does. */
    byte[] link(byte[] program, String name) {
        try {
            List<LinkInput> inputs = new ArrayList<>();
            inputs.add(new LinkInput.Object(ObjectReader.read(startup.get(0), "crt0.o")));
            inputs.add(new LinkInput.Object(ObjectReader.read(program, name)));
            List<ObjectFile> members = new ArrayList<>();
            for (int i = 0; i < library.size(); i++) {
                members.add(ObjectReader.read(library.get(i), "libc.a(" + i + ")"));
            }
            inputs.add(new LinkInput.Archive("libc.a", members));
            List<ObjectFile> gccMembers = new ArrayList<>();
            for (Archive.Member m : Archive.parse(libgcc, "libgcc.a").members()) {
                gccMembers.add(ObjectReader.read(m.data(), "libgcc.a(" + m.name() + ")"));
            }
            inputs.add(new LinkInput.Archive("libgcc.a", gccMembers));
            Linker.Result r = Linker.link(inputs, Linker.BARE_METAL_BASE, "_start");
            if (r.executable() == null) {
                throw new AssertionError("minnow ld could not link " + name + ":\n" + String.join("\n", r.errors()));
            }
            return r.executable();
        } catch (ElfException e) {
            throw new AssertionError("cannot read an object of " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] compile(Path dir, List<String> command, Path object) {
        Exec r = exec(dir, command.toArray(new String[0]));
        if (r.status() != 0) {
            throw new AssertionError(String.join(" ", command) + "\nfailed in " + dir + ":\n" + r.output());
        }
        try {
            return Files.readAllBytes(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command in {@code dir} and waits (at most two minutes) for it; input is empty. */
    static Exec exec(Path dir, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in two minutes");
            }
            return new Exec(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
