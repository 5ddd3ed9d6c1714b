package org.minnow.lessons.format;

import static org.minnow.lessons.format.Schema.Type.NAME;
import static org.minnow.lessons.format.Schema.Type.NUMBER;
import static org.minnow.lessons.format.Schema.Type.REGEX;
import static org.minnow.lessons.format.Schema.Type.TEXT;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table of every kind of check and scripted action a lesson may use, with its fields. This
 * is the vocabulary FORMAT.md documents; the check package turns each check kind into the code
 * that evaluates it, and the runner carries out each action kind.
 */
public final class Schemas {
    private Schemas() {}

    /** What a message event must be to count (see FORMAT.md, "ipc"). */
    public static final String[] IPC_EVENTS = {"delivered", "send", "deliver", "notify", "block-send", "block-receive",
        "error", "async"};
    public static final String[] PROCESS_STATES = {"created", "running", "sending", "receiving", "exited"};
    public static final String[] RS_REPORTS = {"start", "crash", "heartbeat-missed", "restart", "down", "fault-injected"};
    public static final String[] CACHE_LEVELS = {"l1i", "l1d", "l2"};
    /** The kernel's IPC styles and the machine's profiles a {@code boot} action may ask for. */
    public static final String[] IPC_STYLES = {"rendezvous", "buffered"};
    public static final String[] PROFILES = {"i486", "modern"};
    public static final String[] CACHE_FIGURES = {"hits", "misses", "accesses", "miss-percent"};
    /** The names of MINIX's error codes an IPC call can return (ELOCKED, EDEADSRCDST, ...). */
    public static final String[] ERROR_NAMES = errorNames();

    /** The check kinds, by name, in the order FORMAT.md lists them. */
    public static final Map<String, Schema> CHECKS = table(
        new Schema("ipc", "messages between processes: from, to, type, how many, in which order")
            .choice("event", false, IPC_EVENTS).field("from", NAME).field("to", NAME).field("type", NUMBER)
            .choice("result", false, ERROR_NAMES).field("min", NUMBER).field("max", NUMBER).field("id", NAME).field("after", NAME),
        new Schema("process", "a process reached a state: created, running, sending, receiving, exited")
            .required("name", NAME).choice("state", true, PROCESS_STATES).field("id", NAME).field("after", NAME),
        new Schema("rs", "what the reincarnation server reported about a service: starts, crashes, restarts and why")
            .choice("report", true, RS_REPORTS).field("service", NAME).field("cause", NAME).field("min", NUMBER)
            .field("max", NUMBER).field("id", NAME).field("after", NAME),
        new Schema("exit", "a program exited, with a given status")
            .required("program", NAME).field("status", NUMBER).field("id", NAME).field("after", NAME),
        new Schema("console", "what the system printed on the console")
            .field("contains", TEXT).field("line", REGEX).field("id", NAME).exactlyOne("contains", "line"),
        new Schema("cycles", "simulated time between two checks passing, or since the step began")
            .field("from", NAME).field("to", NAME).field("min", NUMBER).field("max", NUMBER).field("id", NAME)
            .atLeastOne("min", "max"),
        new Schema("cache", "a cache figure of an owner (kernel, a process, or all) during the step")
            .choice("level", true, CACHE_LEVELS).field("owner", NAME).choice("figure", true, CACHE_FIGURES)
            .field("min", NUMBER).field("max", NUMBER).field("id", NAME).atLeastOne("min", "max"));

    /** The scripted action kinds, by name. */
    public static final Map<String, Schema> ACTIONS = table(
        new Schema("type", "type text on the console (\\n for Enter)").required("text", TEXT),
        new Schema("run", "run the machine: a number of cycles, or until the console shows a text")
            .field("cycles", NUMBER).field("until", TEXT).field("max", NUMBER).exactlyOne("cycles", "until"),
        new Schema("kill", "kill a process as if it crashed, now or when the machine reaches a cycle")
            .required("process", NAME).field("at", NUMBER),
        new Schema("boot", "boot the system again before the step begins, on a machine of another profile, L1 size "
            + "or IPC style").choice("style", false, IPC_STYLES).choice("profile", false, PROFILES).field("l1", NUMBER));

    private static String[] errorNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int code = -1; code >= -300; code--) {
            String n = org.minnow.kernel.Errors.name(code);
            if (!n.startsWith("-")) {
                names.add(n);
            }
        }
        return names.toArray(new String[0]);
    }

    private static Map<String, Schema> table(Schema... schemas) {
        Map<String, Schema> m = new LinkedHashMap<>();
        for (Schema s : schemas) {
            m.put(s.kind(), s);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
