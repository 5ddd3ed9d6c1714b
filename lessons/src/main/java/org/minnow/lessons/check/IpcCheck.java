package org.minnow.lessons.check;

import org.minnow.kernel.Errors;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.format.Directive;

/**
 * {@code ipc}: counts message events that match — which event (a delivered message by default),
 * from whom, to whom, the message type, the error — and passes when the count is within
 * min..max (at least 1 by default). For a blocked receiver, {@code from} is whom it waits for
 * (ANY for anyone) and {@code to} is the receiver.
 */
final class IpcCheck extends Check {
    private final String event;
    private final String from;
    private final String to;
    private final Long type;
    private final Integer result;
    private final long min;
    private final long max;
    private long count;

    IpcCheck(Directive spec, Check after) {
        super(spec, after);
        event = spec.text("event", "delivered");
        from = spec.text("from", null);
        to = spec.text("to", null);
        type = spec.has("type") ? spec.number("type", 0) : null;
        result = spec.has("result") ? errorCode(spec.text("result", "")) : null;
        min = spec.number("min", spec.has("max") ? 0 : 1);
        max = spec.number("max", Long.MAX_VALUE);
    }

    /** The code of a MINIX error name (ELOCKED), or null if there is no such error. */
    static Integer errorCode(String name) {
        for (int code = 0; code >= -300; code--) {
            if (Errors.name(code).equals(name)) {
                return code;
            }
        }
        return null;
    }

    @Override
    public boolean event(RunState run, EventLog log, long seq) {
        if (!kindMatches(run.kind()) || !counts(seq)) {
            return false;
        }
        Names names = run.names();
        if ((from != null && !names.is(log.source(seq), from)) || (to != null && !names.is(log.destination(seq), to))
                || (type != null && log.messageType(seq) != type) || (result != null && log.result(seq) != result)) {
            return false;
        }
        count++;
        return true;
    }

    private boolean kindMatches(EventKind k) {
        return switch (event) {
            case "delivered" -> k == EventKind.SEND || k == EventKind.DELIVER;
            case "send" -> k == EventKind.SEND;
            case "deliver" -> k == EventKind.DELIVER;
            case "notify" -> k == EventKind.NOTIFY;
            case "block-send" -> k == EventKind.BLOCK_SEND;
            case "block-receive" -> k == EventKind.BLOCK_RECEIVE;
            case "error" -> k == EventKind.IPC_ERROR;
            case "async" -> k == EventKind.ASYNC_SEND;
            default -> false;
        };
    }

    @Override
    protected Verdict evaluate(RunState run, boolean finished) {
        StringBuilder what = new StringBuilder(event.equals("delivered") ? "messages delivered" : event + " events");
        if (from != null) {
            what.append(" from ").append(from);
        }
        if (to != null) {
            what.append(" to ").append(to);
        }
        if (type != null) {
            what.append(" of type ").append(type);
        }
        if (result != null) {
            what.append(" with result ").append(Errors.name(result));
        }
        what.append(afterNote());
        return countVerdict(count, min, max, what.toString(), finished);
    }
}
