package org.minnow.lessons.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.boot.Privileges;
import org.minnow.lessons.format.Lesson;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.Linker;

/**
 * Boots a lesson made of assembly programs straight on the kernel, with no userland: every
 * {@code .s} file of the lesson folder (a student's file of the same name in the work folder
 * replaces it; new ones are added) is assembled and linked on its own and becomes a boot process
 * with a system service's privileges, named after the file, in slots 0, 1, 2, ... in file-name
 * order. It serves kernel-level exercises and the engine's own tests until the C userland exists.
 */
public final class AssemblyBooter implements SystemBooter {
    private final MachineConfig config;

    public AssemblyBooter(MachineConfig config) {
        this.config = config;
    }

    @Override
    public LessonSystem create(Lesson lesson, Path work) throws BootException {
        Map<String, Path> sources = new TreeMap<>();
        collect(lesson.folder(), sources);
        if (work != null) {
            collect(work, sources);
        }
        if (sources.isEmpty()) {
            throw new BootException(lesson.id() + ": no .s programs to boot");
        }
        BootImage image = new BootImage();
        int slot = 0;
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().length() - 2);
            if (name.isEmpty() || name.length() > 15) {
                throw new BootException(e.getValue() + ": a program's name must be 1 to 15 characters");
            }
            image.add(new BootProcess(name, slot++, build(e.getValue()), Privileges.service(), List.of(name)));
        }
        try {
            return new KernelSystem(config, Kernel.Style.RENDEZVOUS, image);
        } catch (IOException ex) {
            throw new BootException("cannot build the machine: " + ex.getMessage());
        }
    }

    private static void collect(Path folder, Map<String, Path> into) throws BootException {
        if (!Files.isDirectory(folder)) {
            throw new BootException(folder + ": not a folder");
        }
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".s") && Files.isRegularFile(p))
                    .forEach(p -> into.put(p.getFileName().toString(), p));
        } catch (IOException ex) {
            throw new BootException(folder + ": " + ex.getMessage());
        }
    }

    /** Assembles and links one program; its errors, as the assembler prints them, become the BootException. */
    private static byte[] build(Path source) throws BootException {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new BootException(source + ": " + ex.getMessage());
        }
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile(source.toString(), text), false, d);
        if (o == null || d.hasErrors()) {
            throw new BootException(d.render().strip());
        }
        Linker.Result r = Linker.link(List.of(o), Linker.DEFAULT_USER_BASE);
        if (!r.errors().isEmpty()) {
            throw new BootException(source + ": " + String.join("\n", r.errors()));
        }
        return r.executable();
    }
}
