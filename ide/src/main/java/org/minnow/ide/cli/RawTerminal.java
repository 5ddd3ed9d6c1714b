package org.minnow.ide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal in raw mode for {@code minnow run}: keys arrive one by one, unechoed, with Ctrl-C
 * as a byte (Minnow's tty driver does the editing). Uses {@code stty} on /dev/tty; the settings
 * saved on entry are put back by {@link #restore} and, should the JVM be stopped, by a hook.
 */
final class RawTerminal {
    private final String saved;
    private final Thread hook;
    private boolean restored;

    private RawTerminal(String saved) {
        this.saved = saved;
        this.hook = new Thread(this::restoreSettings, "minnow-terminal-restore");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Raw mode, or null (with a note on err) when stty cannot do it: the run goes on cooked. */
    static RawTerminal enter(PrintStream err) {
        try {
            String saved = stty("-g").trim();
            stty("raw -echo");
            return new RawTerminal(saved);
        } catch (IOException e) {
            err.println("minnow run: cannot put the terminal in raw mode (" + e.getMessage() + "); keys go by lines");
            return null;
        }
    }

    /** Puts the saved settings back. */
    void restore() {
        restoreSettings();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    private synchronized void restoreSettings() {
        if (!restored) {
            restored = true;
            try {
                stty(saved);
            } catch (IOException e) {
                // nothing more we can do for the terminal
            }
        }
    }

    private static String stty(String args) throws IOException {
        Process p = new ProcessBuilder("sh", "-c", "stty " + args + " < /dev/tty").redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException("stty " + args + ": " + out.trim());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
