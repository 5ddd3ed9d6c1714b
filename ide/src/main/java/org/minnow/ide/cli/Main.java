package org.minnow.ide.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code minnow} command: with no arguments it opens the workbench; its subcommands run the
 * machine, the toolchain and the tools headless.
 */
@Command(name = "minnow", mixinStandardHelpOptions = true, version = "Minnow 0.1.0",
        description = "A teaching operating system in the style of MINIX 3, on an emulated RISC-V PC.",
        subcommands = {
            WorkbenchCommand.class,
            RunCommand.class,
            MachineCommand.class,
            TraceCommand.class,
            BenchCommand.class,
            CcCommand.class,
            AsCommand.class,
            LdCommand.class,
            ArCommand.class,
            ObjdumpCommand.class,
            MkfsCommand.class,
            FsckCommand.class,
            LessonCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (tests call this instead of main). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** No subcommand: open the workbench (1, with a message, if there is no display). */
    @Override
    public Integer call() {
        return org.minnow.ide.app.WorkbenchApp.launchWindow();
    }
}
