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
import org.minnow.lessons.system.LessonPrograms;
import org.minnow.lessons.system.MinnowBooter;
import org.minnow.userland.Images;

/**
 * A lesson's system for the workbench, built as {@code minnow lesson check} builds it
 * ({@link MinnowBooter}): the userland's boot image plus the lesson's C programs, the student's
 * copies from the work folder replacing the starter files, each an extra boot process in its
 * slot. A program that does not compile is left out and its errors are kept, by file name,
 * as problems the editor underlines.
 */
final class LessonBuild {
    private static final Pattern DIAGNOSTIC = Pattern.compile("^([^:\\s]+):(\\d+):(\\d+): (error|warning): (.*)$");

    /** The system to boot, and the problems of each source file (by file name) that has any. */
    record Result(SystemImage system, Map<String, List<ProgramBuilder.Problem>> problems, List<String> unbuilt) {}

    private LessonBuild() {}

    /** Builds {@code lesson}'s programs with the student's files from {@code work}. */
    static Result build(Lesson lesson, Path work) throws BootException {
        List<LessonPrograms.Program> programs = LessonPrograms.build(lesson.folder(), work);
        List<BootProcess> extra = new ArrayList<>();
        Map<String, List<ProgramBuilder.Problem>> problems = new LinkedHashMap<>();
        List<String> unbuilt = new ArrayList<>();
        for (LessonPrograms.Program p : programs) {
            if (p.built()) {
                extra.add(new BootProcess(p.name(), p.slot(), p.executable(), MinnowBooter.lessonPrivileges(), List.of(p.name())));
            } else {
                unbuilt.add(p.name());
                problems.put(p.source().getFileName().toString(), problems(p.errors()));
            }
        }
        List<BootProcess> processes = List.copyOf(extra);
        SystemImage system = SystemImage.kernel("lesson " + lesson.id(), () -> {
            BootImage image = Images.bootImage();
            processes.forEach(image::add);
            return image;
        }, DefaultSystem.choose().disk());
        return new Result(system, problems, unbuilt);
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
