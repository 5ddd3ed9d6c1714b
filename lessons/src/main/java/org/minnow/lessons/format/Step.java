package org.minnow.lessons.format;

import java.util.List;

/**
 * One step of a lesson: its title (the {@code ##} heading), its Markdown text, the checks that
 * decide whether it is done, hints for a student who is stuck, and the actions a headless check
 * carries out for it (type on the console, run, kill a process). {@code line} is its heading's line.
 */
public record Step(int number, String title, String text, List<Directive> checks, List<String> hints,
                   List<Directive> actions, int line) {
    public Step {
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        actions = List.copyOf(actions);
    }
}
