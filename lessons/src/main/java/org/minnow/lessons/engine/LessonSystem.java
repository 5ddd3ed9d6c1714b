package org.minnow.lessons.engine;

import java.util.function.IntConsumer;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.check.Figures;

/**
 * The running system a lesson is checked on, as the runner needs it: its event log, its
 * console, and the few things a lesson's actions do to it. {@link KernelSystem} is the machine
 * and kernel with a boot image; the real userland is one boot image among others.
 */
public interface LessonSystem extends AutoCloseable {
    /** The kernel's event log; observers are added before {@link #boot}, so they see the boot. */
    EventLog events();

    /** Where the console's output bytes go. */
    void setConsole(IntConsumer sink);

    /** Starts the kernel and its boot processes (runs no instructions yet). */
    void boot();

    /** Types {@code text} on the console's keyboard. */
    void type(String text);

    /** Runs for {@code cycles} more cycles; returns false if the machine stopped by itself (powered off). */
    boolean run(long cycles);

    /** The machine's cycle counter. */
    long cycle();

    /** Kills the live process named {@code name} as a crash would (SIGKILL); false if there is none. */
    boolean kill(String name);

    /**
     * The lesson's programs that could not be built and are not running, by name, each with why
     * (the compiler's messages, as file:line:col: error: ...). Empty when all were built.
     */
    default java.util.Map<String, String> unbuilt() {
        return java.util.Map.of();
    }

    /** The machine's figures now (cycle, cache hits and misses per owner), read without disturbing it. */
    Figures figures();

    @Override
    void close();
}
