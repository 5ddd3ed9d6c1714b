package org.minnow.ide.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minnow.ide.machine.SystemImage;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.userland.BootImageFile;
import org.minnow.userland.build.BuildException;
import org.minnow.userland.build.RootDisk;
import org.minnow.userland.build.UserlandBuild;

/**
 * The editor's Run for a file of the userland's sources: the whole userland built again in
 * process, as the Maven build builds it ({@link UserlandBuild}: libraries, every program, the
 * boot image, and the root disk with /bin and /sbin), into a fresh work folder, then booted.
 * The build takes seconds, so the editor runs it off the UI thread.
 */
final class UserlandRun {
    /** The system built, or the build's errors (each {@code file:line:col: error: message}, file relative to the userland). */
    record Result(SystemImage system, List<String> errors) {
        boolean ok() {
            return system != null;
        }
    }

    private UserlandRun() {}

    /**
     * The userland's source folder: {@code -Dminnow.userland=DIR}, or the first {@code userland}
     * folder holding USERLAND.md in the working folder or above it; null if there is none.
     */
    static Path sources() {
        String given = System.getProperty("minnow.userland");
        if (given != null) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("userland").resolve("USERLAND.md"))) {
                return p.resolve("userland");
            }
        }
        return null;
    }

    /** Whether {@code file} is one of the userland's sources under {@code root} (C, header or assembly). */
    static boolean owns(Path root, Path file) {
        if (root == null || file == null) {
            return false;
        }
        String name = file.getFileName().toString();
        return file.toAbsolutePath().normalize().startsWith(root) && name.matches(".*\\.(c|h|s|S)$");
    }

    /** Builds the userland under {@code root}; the errors, if any, are in the result. */
    static Result build(Path root) {
        try {
            Path work = Files.createTempDirectory("minnow-userland-run");
            UserlandBuild build = new UserlandBuild(root);
            List<BootImageFile.Program> boot = build.buildAll(work);
            Path disk = work.resolve("root.img");
            Files.write(disk, RootDisk.build(root, build.programs(), work));
            disk.toFile().deleteOnExit();
            List<BootProcess> processes = new ArrayList<>();
            for (BootImageFile.Program p : boot) {
                processes.add(new BootProcess(p.entry().name(), p.entry().slot(), p.elf(), p.entry().privileges(),
                        p.entry().args()));
            }
            return new Result(SystemImage.kernel("Minnow (rebuilt)", () -> {
                BootImage image = new BootImage();
                processes.forEach(image::add);
                return image;
            }, disk), List.of());
        } catch (BuildException e) {
            return new Result(null, e.errors());
        } catch (IOException | RuntimeException e) {
            return new Result(null, List.of("userland: the build failed: " + e.getMessage()));
        }
    }

    /** The problems among {@code errors} that are in {@code file} (its path relative to {@code root}). */
    static List<ProgramBuilder.Problem> problemsIn(Path root, Path file, List<String> errors) {
        String relative = root.relativize(file.toAbsolutePath().normalize()).toString();
        List<ProgramBuilder.Problem> out = new ArrayList<>();
        for (String e : errors) {
            for (String line : e.split("\n")) {
                if (line.startsWith(relative + ":") && (line.contains(": error: ") || line.contains(": warning: "))) {
                    out.addAll(LessonBuild.problems(line));
                }
            }
        }
        return out;
    }
}
