package org.minnow.ide.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.machine.SystemImage;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.lessons.engine.SystemBooter.BootException;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.system.MinnowBooter;

/**
 * A lesson's system for the workbench, built by the same code as {@code minnow lesson check}
 * ({@link MinnowBooter#prepare}): the userland's boot image plus the lesson's C programs, the
 * student's copies from the work folder replacing the starter files, each an extra boot process
 * in its slot (or, for a lesson's services, on a copy of the root disk with its system.conf). A program that does not compile is left out and its errors are kept, by file name,
 * as problems the editor underlines.
 */
final class LessonBuild {
    private static final Pattern DIAGNOSTIC = Pattern.compile("^([^:\\s]+):(\\d+):(\\d+): (error|warning): (.*)$");

    /** The system to boot, and the problems of each source file (by file name) that has any. */
    record Result(SystemImage system, Map<String, List<ProgramBuilder.Problem>> problems, List<String> unbuilt) {}

    private LessonBuild() {}

    /** Builds {@code lesson}'s programs with the student's files from {@code work}. */
    static Result build(Lesson lesson, Path work) throws BootException {
        MinnowBooter.Prepared prepared = new MinnowBooter().prepare(lesson, work);
        Map<String, List<ProgramBuilder.Problem>> problems = new LinkedHashMap<>();
        for (Map.Entry<String, String> u : prepared.unbuilt().entrySet()) {
            problems.put(u.getKey() + ".c", problems(u.getValue()));
        }
        List<BootProcess> processes = List.copyOf(prepared.image().processes());
        Path disk = prepared.config().disk() != null ? prepared.config().disk() : DefaultSystem.choose().disk();
        SystemImage system = SystemImage.kernel("lesson " + lesson.id(), () -> {
            BootImage image = new BootImage();
            processes.forEach(image::add);
            return image;
        }, disk);
        return new Result(prepared.config().entropy() ? system.withEntropy() : system, problems,
                List.copyOf(prepared.unbuilt().keySet()));
    }

    /** The compiler's messages ({@code file:line:col: error: message}) as problems; other lines are left out. */
    static List<ProgramBuilder.Problem> problems(String errors) {
        List<ProgramBuilder.Problem> out = new ArrayList<>();
        for (String line : errors == null ? new String[0] : errors.split("\n")) {
            Matcher m = DIAGNOSTIC.matcher(line);
            if (m.matches()) {
                out.add(new ProgramBuilder.Problem(m.group(4).equals("error"), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(5)));
            } else if (line.contains(": link: ")) {
                out.add(new ProgramBuilder.Problem(true, 0, 0, line.substring(line.indexOf(": link: ") + 2)));
            }
        }
        if (out.isEmpty() && errors != null && !errors.isBlank()) {
            out.add(new ProgramBuilder.Problem(true, 0, 0, errors.strip()));
        }
        return out;
    }
}
