package org.minnow.lessons.check;

import java.util.List;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.format.Directive;
import org.minnow.lessons.format.Schemas;

/**
 * {@code rs}: counts the reports of the reincarnation server (DIAG events from the process named
 * "rs", userland/USERLAND.md): start, crash, heartbeat-missed, restart, down, fault-injected,
 * optionally of one service and with one cause (for a fault injection, its type).
 */
final class RsCheck extends Check {
    static final String RS = "rs";

    private final String report;
    private final int tag;
    private final String service;
    private final String cause;
    private final long min;
    private final long max;
    private long count;

    RsCheck(Directive spec, Check after) {
        super(spec, after);
        report = spec.text("report", "");
        tag = List.of(Schemas.RS_REPORTS).indexOf(report) + 1;
        service = spec.text("service", null);
        cause = spec.text("cause", null);
        min = spec.number("min", spec.has("max") ? 0 : 1);
        max = spec.number("max", Long.MAX_VALUE);
    }

    @Override
    public boolean event(RunState run, EventLog log, long seq) {
        if (run.kind() != EventKind.DIAG || log.messageType(seq) != tag || !counts(seq)
                || !run.names().is(log.source(seq), RS)) {
            return false;
        }
        String text = log.text(seq);
        if (service != null && !service.equals(value(text, "service"))) {
            return false;
        }
        String causeKey = report.equals("fault-injected") ? "type" : "cause";
        if (cause != null && !cause.equals(value(text, causeKey))) {
            return false;
        }
        count++;
        return true;
    }

    /** The value of {@code key} in a line of key=value words, or null. */
    static String value(String text, String key) {
        if (text == null) {
            return null;
        }
        for (String word : text.strip().split(" ")) {
            if (word.startsWith(key + "=")) {
                return word.substring(key.length() + 1);
            }
        }
        return null;
    }

    @Override
    protected Verdict evaluate(RunState run, boolean finished) {
        String what = "RS " + report + " reports" + (service == null ? "" : " for " + service)
                + (cause == null ? "" : " with cause " + cause) + afterNote();
        return countVerdict(count, min, max, what, finished);
    }
}
