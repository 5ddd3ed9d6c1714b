package org.minnow.system;

/**
 * Test-only: a shell on a {@link ConsoleRig}'s console, used like a person would: type a line,
 * wait for the prompt to come back, read what the line printed. The prompt counts as back
 * only when the console ends with it and stays quiet for a while, so a "# " inside a command's
 * output (as in /etc/rc's comments) is not mistaken for it.
 */
final class ShellConsole {
    static final String PROMPT = "# ";
    /** Cycles of quiet after the prompt before it counts as back. */
    static final long QUIET = 2_000_000;

    private final ConsoleRig rig;
    private final long maxCycles;

    ShellConsole(ConsoleRig rig, long maxCycles) {
        this.rig = rig;
        this.maxCycles = maxCycles;
    }

    /** Runs until the prompt is back (at most maxCycles). */
    void waitForPrompt() {
        long end = rig.cycles() + maxCycles;
        while (true) {
            rig.runUntil(PROMPT, Math.max(1, end - rig.cycles()));
            int length = rig.console().length();
            rig.machine.run(QUIET);
            if (rig.console().length() == length && rig.console().endsWith(PROMPT)) {
                return;
            }
            if (rig.cycles() >= end) {
                throw new AssertionError("the prompt did not come back; console:\n" + rig.console());
            }
        }
    }

    /** Types line, waits for the prompt, and returns what was printed in between (its echo left out). */
    String run(String line) {
        int from = rig.console().length();
        rig.type(line + "\n");
        waitForPrompt();
        String out = rig.console().substring(from);
        String echo = line + "\r\n";
        if (!out.startsWith(echo)) {
            throw new AssertionError("the line was not echoed as typed: " + out);
        }
        return out.substring(echo.length(), out.length() - PROMPT.length());
    }
}
