package org.minnow.ide.cli;

import java.io.IOException;
import java.io.InputStream;
import org.minnow.hw.machine.Machine;

/**
 * Carries the terminal's keystrokes to the machine's UART: a daemon thread reads standard input
 * and queues what it reads with {@link Machine#type}. Input from a person is the one thing in a
 * run that the machine cannot make deterministic; tests type their input through the same door.
 */
final class HostInput {
    private HostInput() {}

    static void start(Machine machine) {
        start(machine, System.in);
    }

    static void start(Machine machine, InputStream in) {
        Thread t = new Thread(() -> pump(machine, in), "minnow-terminal-input");
        t.setDaemon(true);
        t.start();
    }

    private static void pump(Machine machine, InputStream in) {
        byte[] buffer = new byte[256];
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                machine.type(java.util.Arrays.copyOf(buffer, n));
            }
        } catch (IOException e) {
            // the terminal went away: no more input
        }
    }
}
