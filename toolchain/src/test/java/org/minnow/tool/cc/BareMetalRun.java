package org.minnow.tool.cc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.hw.machine.StopReason;

/**
 * Runs a bare-metal executable on Minnow's machine, as {@code minnow machine} does, and keeps
 * what it printed on the UART and how it ended.
 */
final class BareMetalRun {
    /** Enough for every corpus program many times over; a program that loops forever stops here. */
    static final long MAX_CYCLES = 1_000_000_000L;

    /** How a run ended: the console output (bytes as ISO-8859-1 chars), the stop reason and the exit status. */
    record Outcome(String output, StopReason reason, int status) {
        /** The .expected text of this run; a run that did not end by itself says so instead of a status. */
        String expectation() {
            if (reason != StopReason.FINISHED) {
                return Corpus.expectation(output, status) + "(the run did not end by itself: " + reason + ")\n";
            }
            return Corpus.expectation(output, status);
        }
    }

    private BareMetalRun() {}

    /** Loads the executable, types {@code input} into the console and runs to the end (or MAX_CYCLES). */
    static Outcome run(byte[] executable, String name, byte[] input) {
        return run(executable, name, input, MachineConfig.standard().withCacheModel(false));
    }

    /** As {@link #run(byte[], String, byte[])} on a machine built from {@code config}. */
    static Outcome run(byte[] executable, String name, byte[] input, MachineConfig config) {
        try (Machine machine = new Machine(config)) {
            machine.load(ElfFile.parse(executable, name));
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            machine.setConsole(console::write);
            machine.type(input);
            RunResult result = machine.run(MAX_CYCLES);
            return new Outcome(console.toString(StandardCharsets.ISO_8859_1), result.reason(), result.exitCode());
        } catch (ElfException e) {
            throw new AssertionError(name + " is not a loadable executable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
