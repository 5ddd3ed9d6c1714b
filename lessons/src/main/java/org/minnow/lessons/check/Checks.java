package org.minnow.lessons.check;

import java.util.Map;
import org.minnow.lessons.format.Directive;

/**
 * Builds the check for each kind of {@code check} line (the kinds and their fields are listed in
 * {@link org.minnow.lessons.format.Schemas#CHECKS}). Lines reach here already validated.
 */
public final class Checks {
    private Checks() {}

    /**
     * The check for {@code spec}; {@code earlier} holds the checks written before it, by id, to
     * resolve {@code after}, {@code from} and {@code to} (the parser made sure they exist).
     */
    public static Check build(Directive spec, Map<String, Check> earlier) {
        Check after = earlier.get(spec.text("after", ""));
        return switch (spec.kind()) {
            case "ipc" -> new IpcCheck(spec, after);
            case "process" -> new ProcessCheck(spec, after);
            case "rs" -> new RsCheck(spec, after);
            case "exit" -> new ExitCheck(spec, after);
            case "console" -> new ConsoleCheck(spec);
            case "cycles" -> new CyclesCheck(spec, earlier.get(spec.text("from", "")), earlier.get(spec.text("to", "")));
            case "cache" -> new CacheCheck(spec);
            default -> throw new IllegalArgumentException(spec.where() + ": no check of kind '" + spec.kind() + "'");
        };
    }
}
