package org.minnow.ide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.lessons.check.Status;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.Kernel;
import org.minnow.lessons.engine.AssemblyBooter;
import org.minnow.lessons.system.MinnowBooter;
import org.minnow.lessons.engine.LessonRunner;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;
import org.minnow.lessons.engine.SystemBooter;
import org.minnow.lessons.format.BundledLessons;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.LessonError;
import org.minnow.lessons.format.LessonFormatException;
import org.minnow.lessons.format.LessonLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minnow lesson list} and {@code minnow lesson check}: the lessons of a folder, and the
 * headless check of one lesson against a student's files, for courses that grade in CI.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "List the lessons, or check a student's work against one.",
        subcommands = {LessonCommand.ListLessons.class, LessonCommand.CheckLesson.class})
public final class LessonCommand implements Runnable {
    static final int EXIT_ALL_PASSED = 0;
    static final int EXIT_SOME_FAILED = 1;
    static final int EXIT_BAD_LESSON = 2;

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "the folder of lessons (default: ./lessons in a checkout, else the lessons in this jar)",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    Path lessons;

    /** The lessons' folder: --lessons, or ./lessons, or the ones packed in the jar. */
    Path lessonsFolder() throws IOException {
        return lessons != null ? lessons : BundledLessons.folder();
    }

    final PrintStream out;
    final PrintStream err;

    public LessonCommand() {
        this(System.out, System.err);
    }

    LessonCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(out);
    }

    /**
     * The system lessons are checked on. {@code minnow}: the real system (the C userland's boot
     * image and root disk, with the lesson's C programs as extra boot processes) on a machine of
     * {@code config} with IPC in {@code style}; {@code assembly}: the lesson's .s programs booted
     * on the bare kernel.
     */
    static SystemBooter booter(String system, MachineConfig config, Kernel.Style style) {
        if (system.equals("assembly")) {
            return new AssemblyBooter(config);
        }
        return new MinnowBooter(config, style);
    }

    /** {@code minnow lesson list}: every lesson with its time and summary; broken ones with their errors. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the lessons of the lessons folder, with their time and summary.",
                "A lesson with mistakes is listed with each mistake as file:line: message.",
                "Exit status: 0; 2 if a lesson has mistakes or the folder cannot be read."})
    static final class ListLessons implements Callable<Integer> {
        @ParentCommand
        LessonCommand parent;

        @Override
        public Integer call() {
            LessonLibrary lib;
            try {
                lib = LessonLibrary.load(parent.lessonsFolder());
            } catch (IOException e) {
                parent.err.println("minnow lesson: cannot read the lessons folder "
                        + (parent.lessons != null ? parent.lessons : "") + ": " + e.getMessage());
                return EXIT_BAD_LESSON;
            }
            for (Lesson l : lib.lessons()) {
                parent.out.printf("%-16s %3d min  %s — %s%n", l.id(), l.minutes(), l.title(), l.summary());
            }
            for (Map.Entry<String, List<LessonError>> b : lib.broken().entrySet()) {
                parent.out.printf("%-16s BROKEN%n", b.getKey());
                b.getValue().forEach(e -> parent.err.println(e));
            }
            return lib.broken().isEmpty() ? EXIT_ALL_PASSED : EXIT_BAD_LESSON;
        }
    }

    /** {@code minnow lesson check}: boots, runs the lesson's actions, prints each step's verdict. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Boot the system with the student's files, carry out the lesson's",
                "scripted actions, and print whether each step passed, with the reason.",
                "LESSON is a lesson's folder name in the lessons folder, or a path to a folder",
                "holding a lesson.md.",
                "Exit status: 0 every step passed; 1 some step failed; 2 the lesson has",
                "mistakes or the system could not be booted (e.g. a student's file does not build)."})
    static final class CheckLesson implements Callable<Integer> {
        @ParentCommand
        LessonCommand parent;

        @Parameters(paramLabel = "LESSON", description = "the lesson: its folder name, or a path to its folder")
        String lessonName;

        @Option(names = "--work", paramLabel = "DIR",
                description = "the student's files; they replace the lesson's starter files of the same name")
        Path work;

        @Option(names = "--system", paramLabel = "SYSTEM", defaultValue = "minnow",
                description = "what to boot: minnow (the whole system) or assembly (the lesson's .s programs on the "
                        + "bare kernel) (default: ${DEFAULT-VALUE})")
        String system;

        @Option(names = "--profile", paramLabel = "NAME", defaultValue = "modern",
                description = "the machine's timing profile: i486 or modern (default: ${DEFAULT-VALUE})")
        String profile;

        @Option(names = "--style", paramLabel = "STYLE", defaultValue = "rendezvous",
                description = "the kernel's IPC: rendezvous (MINIX) or buffered (Mach-like) (default: ${DEFAULT-VALUE})")
        String style;

        @Option(names = "--l1", paramLabel = "BYTES",
                description = "the size of each L1 cache in bytes (a power of two), instead of the profile's")
        Integer l1;

        @Option(names = {"-v", "--verbose"}, description = "print every check of every step, with where it is written")
        boolean verbose;

        @Override
        public Integer call() {
            if (!system.equals("minnow") && !system.equals("assembly")) {
                parent.err.println("minnow lesson: --system must be minnow or assembly, not '" + system + "'");
                return EXIT_BAD_LESSON;
            }
            MachineConfig config;
            Kernel.Style ipc;
            try {
                config = machine();
                ipc = Kernel.Style.valueOf(style.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                parent.err.println("minnow lesson: " + (e.getMessage() == null || e.getMessage().startsWith("No enum")
                        ? "--style must be rendezvous or buffered, not '" + style + "'" : e.getMessage()));
                return EXIT_BAD_LESSON;
            }
            if (work != null && !Files.isDirectory(work)) {
                parent.err.println("minnow lesson: --work " + work + " is not a folder");
                return EXIT_BAD_LESSON;
            }
            Lesson lesson;
            Path folder;
            try {
                folder = folder();
                lesson = LessonLibrary.loadOne(folder);
            } catch (LessonFormatException e) {
                e.errors().forEach(x -> parent.err.println(x));
                return EXIT_BAD_LESSON;
            } catch (IOException e) {
                parent.err.println("minnow lesson: cannot read the lesson " + lessonName + ": " + e.getMessage());
                return EXIT_BAD_LESSON;
            }
            RunReport report;
            try {
                report = new LessonRunner(booter(system, config, ipc)).check(lesson, work);
            } catch (SystemBooter.BootException e) {
                parent.err.println("minnow lesson: cannot boot: " + e.getMessage());
                return EXIT_BAD_LESSON;
            }
            print(lesson, report);
            return report.allPassed() ? EXIT_ALL_PASSED : EXIT_SOME_FAILED;
        }

        /** The machine of --profile and --l1; IllegalArgumentException with a message for a bad value. */
        private MachineConfig machine() {
            if (!Profile.names().contains(profile)) {
                throw new IllegalArgumentException("--profile must be one of " + Profile.names() + ", not '" + profile + "'");
            }
            Profile p = Profile.named(profile);
            if (l1 != null) {
                p = p.withL1Size(l1);
            }
            return MachineConfig.standard().withProfile(p);
        }

        private Path folder() throws IOException {
            Path asPath = Path.of(lessonName);
            return Files.isRegularFile(asPath.resolve(LessonLibrary.LESSON_FILE)) ? asPath
                    : parent.lessonsFolder().resolve(lessonName);
        }

        private void print(Lesson lesson, RunReport report) {
            PrintStream out = parent.out;
            out.println("lesson " + lesson.id() + ": " + lesson.title());
            for (StepResult s : report.steps()) {
                out.printf("  step %d  %s  %s: %s%n", s.number(), word(s.status()), s.title(), s.reason());
                if (verbose) {
                    for (StepResult.CheckResult c : s.checks()) {
                        out.printf("      %s  %s  (%s): %s%n", word(c.status()), c.check(), c.where(), c.reason());
                    }
                }
            }
            report.notes().forEach(n -> out.println("  note: " + n.replace("\n", "\n        ")));
            long passed = report.steps().stream().filter(s -> s.status() == Status.PASSED).count();
            out.println(passed + " of " + report.steps().size() + " steps passed");
        }

        private static String word(Status s) {
            return s == Status.PASSED ? "PASS" : s == Status.FAILED ? "FAIL" : "WAIT";
        }
    }
}
