package org.minnow.ide.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.ide.machine.SystemImage;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.boot.Privileges;
import org.minnow.tool.cc.Compiler;
import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.Libraries;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.dwarf.LineTableReader;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.LinkInput;
import org.minnow.tool.link.Linker;

/**
 * Builds the editor's file into something to boot, with Minnow's own toolchain:
 * <ul>
 * <li>a C file becomes a bare-metal program (minnow cc --bare: its printf writes to the UART)
 *     as long as there is no userland to run it under;</li>
 * <li>an assembly file becomes a user-mode program that the kernel boots as a service in slot 1,
 *     alone (it may make IPC and kernel calls).</li>
 * </ul>
 * The result carries the diagnostics (file:line:col), the generated assembly and the program's
 * line table, so the editor can underline errors and show the current line.
 */
public final class ProgramBuilder {
    /** The slot an assembly program is booted in. */
    public static final int PROGRAM_SLOT = 1;

    /** One diagnostic at a 1-based line and column. */
    public record Problem(boolean error, int line, int column, String message) {}

    /** What a build made: problems, the C compiler's assembly (or null), the system to boot (null after errors), line rows. */
    public record Result(List<Problem> problems, String assembly, SystemImage system, List<LineTableReader.Row> lines) {
        public boolean ok() {
            return system != null;
        }
    }

    private ProgramBuilder() {}

    /** Builds {@code text}, the contents of {@code fileName} (.c, or .s/.S for assembly). */
    public static Result build(String fileName, String text) {
        Diagnostics d = new Diagnostics();
        List<Problem> asmProblems = new ArrayList<>();
        boolean c = fileName.endsWith(".c");
        String assembly = null;
        ObjectFile object;
        try {
            if (c) {
                Compiler.Options options = new Compiler.Options();
                assembly = Compiler.compileToAssembly(new SourceFile(fileName, ".", text), options, d);
                object = assembly == null ? null : Compiler.assemble(fileName, assembly, d, true);
            } else {
                object = assemble(fileName, text, asmProblems);
            }
        } catch (RuntimeException e) {
            d.error(fileName, "internal error: " + e.getMessage());
            object = null;
        }
        List<Problem> problems = problems(d);
        problems.addAll(asmProblems);
        if (object == null || d.hasErrors() || !asmProblems.isEmpty()) {
            return new Result(problems, assembly, null, List.of());
        }
        Linker.Result linked = c ? linkBare(object) : Linker.link(List.of(object), Linker.DEFAULT_USER_BASE);
        for (String e : linked.errors()) {
            problems.add(new Problem(true, 0, 0, "link: " + e));
        }
        if (linked.executable() == null || !linked.errors().isEmpty()) {
            return new Result(problems, assembly, null, List.of());
        }
        byte[] elf = linked.executable();
        SystemImage system = c
                ? SystemImage.bareMetal(fileName, elf, "a bare-metal C program: no userland yet, so it runs on the machine alone")
                : SystemImage.kernel(fileName, () -> new BootImage().add(
                        new BootProcess(baseName(fileName), PROGRAM_SLOT, elf, Privileges.service(), List.of(baseName(fileName)))), null);
        return new Result(problems, assembly, system, lineTable(elf, fileName));
    }

    /** Assembles a .s file, keeping the assembler's line and column for each error. */
    private static ObjectFile assemble(String fileName, String text, List<Problem> problems) {
        org.minnow.tool.asm.Diagnostics d = new org.minnow.tool.asm.Diagnostics();
        ObjectFile o = org.minnow.tool.asm.Assembler.assemble(new org.minnow.tool.asm.SourceFile(fileName, text), true, d);
        for (org.minnow.tool.asm.Diagnostics.Error e : d.errors()) {
            problems.add(new Problem(true, e.line(), e.column(), e.message()));
        }
        return o;
    }

    private static Linker.Result linkBare(ObjectFile object) {
        List<LinkInput> all = new ArrayList<>();
        all.add(new LinkInput.Object(Libraries.bareStartup()));
        all.add(new LinkInput.Object(object));
        all.add(Libraries.libc());
        all.add(Libraries.runtime());
        return Linker.link(all, Linker.BARE_METAL_BASE, "_start");
    }

    private static List<Problem> problems(Diagnostics d) {
        List<Problem> out = new ArrayList<>();
        for (Diagnostics.Diagnostic x : d.all()) {
            out.add(new Problem(x.severity() == Diagnostics.Severity.ERROR, x.line(), x.column(), x.message()));
        }
        return out;
    }

    /** The program's line table (every file's rows: a pc in the C library must not map to the user's file). */
    private static List<LineTableReader.Row> lineTable(byte[] elf, String fileName) {
        try {
            ElfFile f = ElfFile.parse(elf, fileName);
            Optional<byte[]> lines = f.section(".debug_line").map(f::contents);
            byte[] strings = f.section(".debug_line_str").map(f::contents).orElse(new byte[0]);
            if (lines.isEmpty()) {
                return List.of();
            }
            return List.copyOf(LineTableReader.read(lines.get(), strings));
        } catch (ElfException | RuntimeException e) {
            return List.of();
        }
    }

    /** The line of {@code fileName} whose code holds {@code pc}, or 0 if the pc is in no line of that file. */
    public static int lineAt(List<LineTableReader.Row> rows, String fileName, int pc) {
        long address = Integer.toUnsignedLong(pc);
        LineTableReader.Row best = null;
        for (LineTableReader.Row r : rows) {
            if (r.address() <= address && (best == null || r.address() >= best.address())) {
                best = r;
            }
        }
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        return best != null && best.file() != null && best.file().endsWith(base) ? best.line() : 0;
    }

    private static String baseName(String fileName) {
        String n = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
