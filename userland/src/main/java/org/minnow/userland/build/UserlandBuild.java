package org.minnow.userland.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.minnow.tool.ar.Archive;
import org.minnow.tool.cc.Libraries;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Symbol;
import org.minnow.tool.link.LinkInput;
import org.minnow.tool.link.Linker;
import org.minnow.userland.BootEntry;
import org.minnow.userland.BootImageFile;
import org.minnow.userland.Images;

/**
 * The userland build, run by Maven (exec-maven-plugin, process-classes) in its own JVM:
 * compiles lib/libc and lib/libsys into archives, every program directory under servers/,
 * drivers/, commands/ and tests/ into an ELF executable, and writes the boot image that
 * etc/bootimage.conf describes into the classes directory, so it ends up in the jar, with every
 * program beside it (images/bin/NAME, for tests) and the root disk (images/root.img, see RootDisk).
 * <pre>
 *   java org.minnow.userland.build.UserlandBuild USERLAND_DIR CLASSES_DIR WORK_DIR
 * </pre>
 * WORK_DIR receives lib/libc.a, lib/libsys.a and bin/NAME (one ELF per program). A C error
 * anywhere fails the build with every error's file:line:col.
 */
public final class UserlandBuild {
    /**
     * The directories whose subdirectories are programs. All but commands/ are system code;
     * tests/ holds programs that only the system tests boot.
     */
    static final List<String> PROGRAM_ROOTS = List.of("servers", "drivers", "commands", "tests");

    private final Path userland;
    private final CSources sources;
    private LinkInput.Archive libc;
    private LinkInput.Archive libsys;
    private final Map<String, byte[]> programs = new LinkedHashMap<>();

    public UserlandBuild(Path userland) {
        this.userland = userland;
        this.sources = new CSources(userland);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: UserlandBuild USERLAND_DIR CLASSES_DIR WORK_DIR");
        }
        UserlandBuild build = new UserlandBuild(Path.of(args[0]));
        List<BootImageFile.Program> boot = build.buildAll(Path.of(args[2]));
        for (String w : build.warnings()) {
            System.err.println(w);
        }
        Path images = Path.of(args[1]).resolve(Images.DIRECTORY.substring(1));
        Files.createDirectories(images);
        Files.write(images.resolve(Images.BOOT_IMAGE), BootImageFile.write(boot));
        Path bin = images.resolve(Images.PROGRAMS);
        Files.createDirectories(bin);
        for (Map.Entry<String, byte[]> p : build.programs().entrySet()) {
            Files.write(bin.resolve(Path.of(p.getKey()).getFileName().toString()), p.getValue());
        }
        Files.write(images.resolve(Images.ROOT_DISK), RootDisk.build(Path.of(args[0]), build.programs(), Path.of(args[2])));
        writeDevelopmentFiles(Path.of(args[0]), Path.of(args[2]), images);
    }

    /**
     * Puts what it takes to build a program for Minnow beside the images, so the jar has it too:
     * the headers (images/include/...), the libraries (images/lib/libc.a, libsys.a) and the root
     * disk's tree (images/rootfs/...). The lessons compile students' programs against them, and
     * put a student's driver and its system.conf entry on a copy of the root disk.
     */
    static void writeDevelopmentFiles(Path userland, Path work, Path images) throws IOException {
        copyFiles(userland.resolve("include"), images.resolve(Images.INCLUDE));
        // The root disk's tree as Mkfs took it (RootDisk's staging folder), so a lesson can make a
        // disk with its own files added.
        copyFiles(work.resolve("rootfs"), images.resolve(Images.ROOT_TREE));
        Path lib = images.resolve(Images.LIBRARIES);
        Files.createDirectories(lib);
        for (String name : List.of(Images.LIBC, Images.LIBSYS)) {
            Files.copy(work.resolve("lib").resolve(name), lib.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Builds the libraries and every program (writing them under {@code work}) and returns the
     * boot image's programs; throws {@link BuildException} with every error if anything fails.
     */
    public List<BootImageFile.Program> buildAll(Path work) throws IOException {
        libc = library("libc", false, work);
        libsys = library("libsys", true, work);
        failOnErrors();
        List<Path> carriers = new ArrayList<>();
        for (String root : PROGRAM_ROOTS) {
            for (Path dir : subdirectories(userland.resolve(root))) {
                if (CarriedImages.carries(dir)) {
                    carriers.add(dir); /* linked last, with the others' executables */
                    continue;
                }
                build(root, dir, List.of(), work);
            }
        }
        for (Path dir : carriers) {
            String text = CarriedImages.assembly(userland, dir, programs, sources.errors());
            ObjectFile images = sources.assemble(userland.relativize(dir).resolve("images.s").toString(), text);
            if (images != null) {
                build(dir.getParent().getFileName().toString(), dir, List.of(images), work);
            }
        }
        failOnErrors();
        return bootPrograms();
    }

    /** Builds the program in {@code dir} (under {@code root}) with {@code extra} objects, and records it. */
    private void build(String root, Path dir, List<ObjectFile> extra, Path work) throws IOException {
        byte[] elf = program(dir, !root.equals("commands"), extra);
        if (elf != null) {
            programs.put(root + "/" + dir.getFileName(), elf);
            Path out = work.resolve("bin").resolve(dir.getFileName().toString());
            Files.createDirectories(out.getParent());
            Files.write(out, elf);
        }
    }

    /** The compiler's warnings about the userland (printed by the Maven build, never fatal). */
    public List<String> warnings() {
        return sources.warnings();
    }

    /** The executables built, by program directory (servers/pm, commands/init, ...). */
    public Map<String, byte[]> programs() {
        return programs;
    }

    private LinkInput.Archive library(String name, boolean system, Path work) throws IOException {
        Path dir = userland.resolve("lib").resolve(name);
        List<ObjectFile> objects = new ArrayList<>(sources.compile(dir, system));
        objects.addAll(sources.compileShared(dir, sharedSources(dir), system));
        List<Archive.Member> members = new ArrayList<>();
        for (ObjectFile o : objects) {
            List<String> defined = new ArrayList<>();
            for (Symbol s : o.symbols) {
                if (s.isDefined() && !s.isLocal()) {
                    defined.add(s.name);
                }
            }
            String member = Path.of(o.name).getFileName().toString().replaceAll("\\.[cs]$", ".o");
            members.add(new Archive.Member(member, ElfWriter.relocatable(o), defined));
        }
        Path file = work.resolve("lib").resolve(name + ".a");
        Files.createDirectories(file.getParent());
        Files.write(file, new Archive(members).toBytes());
        return new LinkInput.Archive(name + ".a", objects);
    }

    /** The names listed in dir/SHARED (one per line, # comments): sources taken from the compiler's library. */
    private static List<String> sharedSources(Path dir) throws IOException {
        Path list = dir.resolve("SHARED");
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Compiles and links one program: crt0, its objects (those of its subdirectories too, such as
     * servers/vfs/mfs), libsys, libc, libsys again (libc's system calls need its IPC stubs), the runtime.
     */
    private byte[] program(Path dir, boolean system, List<ObjectFile> extra) {
        int before = sources.errors().size();
        List<ObjectFile> objects = new ArrayList<>(sources.compile(dir, system));
        try {
            for (Path part : subdirectories(dir)) { // a part of the program, such as servers/vfs/mfs
                objects.addAll(sources.compile(part, system));
            }
        } catch (IOException e) {
            sources.errors().add(userland.relativize(dir) + ": " + e.getMessage());
        }
        if (sources.errors().size() > before || objects.isEmpty()) {
            return null;
        }
        List<LinkInput> inputs = new ArrayList<>();
        inputs.add(new LinkInput.Object(Libraries.hostedStartup()));
        for (ObjectFile o : objects) {
            inputs.add(new LinkInput.Object(o));
        }
        for (ObjectFile o : extra) {
            inputs.add(new LinkInput.Object(o));
        }
        inputs.add(libsys);
        inputs.add(libc);
        inputs.add(libsys);
        inputs.add(Libraries.runtime());
        Linker.Result r = Linker.link(inputs, Linker.DEFAULT_USER_BASE, "_start");
        for (String e : r.errors()) {
            sources.errors().add(userland.relativize(dir) + ": link: " + e);
        }
        return r.executable();
    }

    private List<BootImageFile.Program> bootPrograms() throws IOException {
        Path conf = userland.resolve("etc").resolve("bootimage.conf");
        List<String> lines = Files.readAllLines(conf, StandardCharsets.UTF_8);
        List<BootImageFile.Program> boot = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = "etc/bootimage.conf:" + (i + 1);
            try {
                BootEntry e = BootEntry.parse(line, where);
                byte[] elf = programs.get(e.program());
                if (elf == null) {
                    throw new IllegalArgumentException(where + ": no program directory " + e.program()
                            + " (expected one of " + programs.keySet() + ")");
                }
                boot.add(new BootImageFile.Program(e, elf));
            } catch (IllegalArgumentException ex) {
                sources.errors().add(ex.getMessage());
            }
        }
        failOnErrors();
        return boot;
    }

    private void failOnErrors() {
        if (!sources.errors().isEmpty()) {
            throw new BuildException(sources.errors());
        }
    }

    private static List<Path> subdirectories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
