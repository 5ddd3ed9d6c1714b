package org.minnow.lessons.engine;

import org.minnow.kernel.event.EventListener;
import org.minnow.lessons.check.Figures;

/**
 * Whatever follows a run as it happens: the kernel's events (as an {@link EventListener}), the
 * console output, the machine's figures when they are taken, and the moments steps begin. The
 * lesson engine and the recorder are both observers, so a recorded run can be fed again.
 */
public interface RunObserver extends EventListener {
    /** The console printed {@code text}. */
    void console(CharSequence text);

    /** The machine's figures at this moment. */
    void figures(Figures f);

    /**
     * The system was booted afresh (a {@code boot} action, or the workbench's reset): cycles and
     * figures start again from zero. Does nothing unless the observer cares.
     */
    default void rebooted() {
    }

    /** Step {@code index} (0-based) begins now: its checks count what happens from here on. */
    void begin(int index);
}
