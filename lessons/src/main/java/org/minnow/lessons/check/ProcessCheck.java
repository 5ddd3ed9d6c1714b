package org.minnow.lessons.check;

import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.format.Directive;

/**
 * {@code process}: passes once the named process reaches a state, as the events tell it:
 * created (PROC_CREATED), running (the hart switched to it), sending (it blocked in a send),
 * receiving (it blocked waiting for a message), exited (PROC_EXITED).
 */
final class ProcessCheck extends Check {
    private final String name;
    private final String state;
    private boolean reached;

    ProcessCheck(Directive spec, Check after) {
        super(spec, after);
        name = spec.text("name", "");
        state = spec.text("state", "");
    }

    @Override
    public boolean event(RunState run, EventLog log, long seq) {
        if (reached || !counts(seq)) {
            return false;
        }
        EventKind k = run.kind();
        Names names = run.names();
        reached = switch (state) {
            case "created" -> k == EventKind.PROC_CREATED && name.equals(log.text(seq));
            case "running" -> k == EventKind.CONTEXT_SWITCH && names.is(log.destination(seq), name);
            case "sending" -> k == EventKind.BLOCK_SEND && names.is(log.source(seq), name);
            case "receiving" -> k == EventKind.BLOCK_RECEIVE && names.is(log.destination(seq), name);
            case "exited" -> k == EventKind.PROC_EXITED && name.equals(log.text(seq));
            default -> false;
        };
        return reached;
    }

    @Override
    protected Verdict evaluate(RunState run, boolean finished) {
        if (reached) {
            return Verdict.passed(name + " was " + state + afterNote());
        }
        String why = name + " was never " + state + afterNote();
        return finished ? Verdict.failed(why) : Verdict.pending(why);
    }
}
