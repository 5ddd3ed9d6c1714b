package org.minnow.kernel.event;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Ipc;

/**
 * The thread side of {@link ChromeTrace}: one track (a trace "thread") per endpoint, and on it
 * at most one slice at a time saying what the process is doing: {@code running}, or blocked in
 * IPC ({@code SENDING to fs}, {@code SENDREC to fs} while a SENDREC waits to send, then
 * {@code RECEIVING from fs} while it waits for the reply, {@code RECEIVING from ANY}). A process
 * that is ready but not running has no slice. The idle loop has a track of its own.
 *
 * <p>The state is rebuilt from events alone: BLOCK_SEND and BLOCK_RECEIVE start a blocked slice;
 * a message handed to the process (SEND, NOTIFY, ASYNC_SEND) ends its receive, the receiver
 * taking its message (DELIVER) ends its send, the partner's exit ends both (the kernel wakes the
 * waiter with EDEADSRCDST). Some wake-ups have no event of their own (in the buffered style, a
 * sender waiting for room in a full queue is let go silently); a process that runs is no longer
 * blocked, so the next CONTEXT_SWITCH to it ends the slice at the latest.
 *
 * <p>Tracks are kept in a tree map, so whatever is written for several tracks at once is written
 * in endpoint order: the same events give the same bytes.
 */
final class ProcessTracks {
    /** Trace tids are 1000 + endpoint: the kernel tasks (-5..-1) and slot 0 get positive tids. */
    static final int TID_BASE = 1000;
    private static final String CAT = "state";

    /** What one endpoint is doing, as far as the events tell. */
    private static final class Track {
        final int endpoint;
        final int tid;
        String name;
        String open;
        boolean running;
        boolean sending;
        int sendingTo;
        boolean receiving;
        int receivingFrom;
        int lastCall;

        Track(int endpoint, String name) {
            this.endpoint = endpoint;
            this.tid = TID_BASE + endpoint;
            this.name = name;
        }
    }

    private final TraceJsonWriter json;
    private final IntFunction<String> names;
    private final Map<Integer, Track> tracks = new TreeMap<>();
    private final Set<Integer> processesSeen = new TreeSet<>();

    ProcessTracks(TraceJsonWriter json, IntFunction<String> names) {
        this.json = json;
        this.names = names;
    }

    /** The trace tid of an endpoint's track, which is named (a thread_name event) the first time it is used. */
    int tid(int endpoint) {
        return track(endpoint).tid;
    }

    /** How many distinct processes (not kernel tasks) had a track. */
    int processes() {
        return processesSeen.size();
    }

    /** A readable name for an endpoint in args and slice names: "fs (1)", "ANY", "clock (CLOCK)". */
    String label(int endpoint) {
        if (endpoint == Endpoints.ANY) {
            return "ANY";
        }
        return name(endpoint) + " (" + Endpoints.describe(endpoint) + ")";
    }

    /** A process was created with this name: its track is named (or renamed) after it. */
    void created(int endpoint, String name) {
        Track t = tracks.get(endpoint);
        if (t == null) {
            track(endpoint, name);
        } else if (!t.name.equals(name)) {
            t.name = name;
            json.threadName(t.tid, label(endpoint));
        }
    }

    /** The IPC call the process trapped with last (a SENDREC that blocks sending is shown as one). */
    void called(int endpoint, int call) {
        track(endpoint).lastCall = call;
    }

    /** The process was dispatched: it runs, so it is blocked on nothing. */
    void running(int endpoint, long cycle) {
        Track t = track(endpoint);
        t.running = true;
        t.sending = false;
        t.receiving = false;
        show(t, cycle);
    }

    /** The hart switched away from the process. */
    void stopped(int endpoint, long cycle) {
        Track t = track(endpoint);
        t.running = false;
        show(t, cycle);
    }

    /** BLOCK_SEND: the process waits to send to {@code to}. */
    void blockedSending(int endpoint, int to, long cycle) {
        Track t = track(endpoint);
        t.running = false;
        t.sending = true;
        t.sendingTo = to;
        show(t, cycle);
    }

    /** BLOCK_RECEIVE: the process waits for a message from {@code from} (maybe ANY). */
    void blockedReceiving(int endpoint, int from, long cycle) {
        Track t = track(endpoint);
        t.running = false;
        t.receiving = true;
        t.receivingFrom = from;
        show(t, cycle);
    }

    /** Whether, as far as the events tell, the process is waiting in a receive that a message from {@code from} ends. */
    boolean willReceive(int endpoint, int from) {
        Track t = tracks.get(endpoint);
        return t != null && t.receiving && !t.sending
                && (t.receivingFrom == Endpoints.ANY || t.receivingFrom == from);
    }

    /** A message was handed to the process: its receive is over. */
    void messageArrived(int endpoint, long cycle) {
        Track t = track(endpoint);
        if (t.receiving) {
            t.receiving = false;
            show(t, cycle);
        }
    }

    /** {@code by} took the message the process was waiting to send it: the send is over. */
    void sendTaken(int endpoint, int by, long cycle) {
        Track t = tracks.get(endpoint);
        if (t != null && t.sending && t.sendingTo == by) {
            t.sending = false;
            show(t, cycle);
        }
    }

    /** The process is gone: its slice ends, and so does every wait on it. */
    void exited(int endpoint, long cycle) {
        Track dead = tracks.remove(endpoint);
        if (dead != null && dead.open != null) {
            json.endSlice(dead.tid, cycle, dead.open, CAT);
        }
        for (Track t : tracks.values()) {
            boolean released = false;
            if (t.sending && t.sendingTo == endpoint) {
                t.sending = false;
                released = true;
            }
            if (t.receiving && t.receivingFrom == endpoint) {
                t.receiving = false;
                released = true;
            }
            if (released) {
                show(t, cycle);
            }
        }
    }

    /** Ends every open slice at {@code cycle} (the end of the trace). */
    void closeAll(long cycle) {
        for (Track t : tracks.values()) {
            if (t.open != null) {
                json.endSlice(t.tid, cycle, t.open, CAT);
                t.open = null;
            }
        }
    }

    private Track track(int endpoint) {
        Track t = tracks.get(endpoint);
        return t != null ? t : track(endpoint, name(endpoint));
    }

    private Track track(int endpoint, String name) {
        Track t = new Track(endpoint, name);
        tracks.put(endpoint, t);
        if (endpoint >= 0) {
            processesSeen.add(endpoint);
        }
        json.threadName(t.tid, label(endpoint));
        return t;
    }

    /** An endpoint's name: the track's, else the kernel's process table's, else a made-up one ("ANY" for ANY). */
    String name(int endpoint) {
        if (endpoint == Endpoints.ANY) {
            return "ANY";
        }
        Track t = tracks.get(endpoint);
        if (t != null) {
            return t.name;
        }
        String name = names.apply(endpoint);
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return endpoint < 0 ? Endpoints.describe(endpoint).toLowerCase(java.util.Locale.ROOT)
                : "process " + Endpoints.describe(endpoint);
    }

    /** Ends the track's slice and starts the one its state now calls for, if they differ. */
    private void show(Track t, long cycle) {
        String now = stateOf(t);
        if (Objects.equals(now, t.open)) {
            return;
        }
        if (t.open != null) {
            json.endSlice(t.tid, cycle, t.open, CAT);
        }
        t.open = now;
        if (now == null) {
            return;
        }
        TraceJsonWriter.Args args = new TraceJsonWriter.Args();
        if (t.sending) {
            args.text("to", label(t.sendingTo));
        }
        if (t.receiving) {
            args.text("from", label(t.receivingFrom));
        }
        json.begin(t.tid, cycle, now, CAT, args);
    }

    private String stateOf(Track t) {
        if (t.sending) {
            boolean sendrec = t.receiving || t.lastCall == Ipc.SENDREC;
            return (sendrec ? "SENDREC to " : "SENDING to ") + name(t.sendingTo);
        }
        if (t.receiving) {
            return "RECEIVING from " + name(t.receivingFrom);
        }
        if (t.running) {
            return t.endpoint == Endpoints.IDLE ? "idle" : "running";
        }
        return null;
    }
}
