package org.minnow.hw.dev;

/**
 * Hears the commands a guest gives the {@link TestFinisher}. The machine implements it to stop
 * the run with an exit code, or to reset itself.
 */
public interface FinishListener {
    /** The guest asked to power off; {@code exitCode} is 0 for "pass", as QEMU would exit. */
    void finished(int exitCode);

    /** The guest asked for a machine reset. */
    void resetRequested();
}
