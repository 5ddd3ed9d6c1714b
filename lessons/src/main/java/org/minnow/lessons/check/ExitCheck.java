package org.minnow.lessons.check;

import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.format.Directive;

/**
 * {@code exit}: passes when a program of that name exits (PROC_EXITED) with the status asked
 * for, or with any status if none is asked. The status is what the event carries: the exit
 * status PM reports, or the signal that killed the process.
 */
final class ExitCheck extends Check {
    private final String program;
    private final Long status;
    private boolean passed;
    private Integer otherStatus;

    ExitCheck(Directive spec, Check after) {
        super(spec, after);
        program = spec.text("program", "");
        status = spec.has("status") ? spec.number("status", 0) : null;
    }

    @Override
    public boolean event(RunState run, EventLog log, long seq) {
        if (passed || run.kind() != EventKind.PROC_EXITED || !program.equals(log.text(seq)) || !counts(seq)) {
            return false;
        }
        if (status == null || log.result(seq) == status) {
            passed = true;
        } else {
            otherStatus = log.result(seq);
        }
        return true;
    }

    @Override
    protected Verdict evaluate(RunState run, boolean finished) {
        String wanted = status == null ? "" : " with status " + status;
        if (passed) {
            return Verdict.passed(program + " exited" + wanted + afterNote());
        }
        String why = otherStatus != null ? program + " exited with status " + otherStatus + ", not " + status
                : program + " did not exit" + afterNote();
        return finished ? Verdict.failed(why) : Verdict.pending(why);
    }
}
