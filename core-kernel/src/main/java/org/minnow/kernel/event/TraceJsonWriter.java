package org.minnow.kernel.event;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON side of {@link ChromeTrace}: writes trace events in the Chrome Trace Event Format,
 * one object per line, into {@code {"traceEvents":[ ... ], "displayTimeUnit":"ns", "otherData":{...}}}.
 * It knows the format (phases, timestamps, escaping) and nothing about the kernel.
 *
 * <p>Timestamps are microseconds of simulated time with two decimals: the hart runs at 100 MHz,
 * so 100 cycles are one microsecond and a cycle is 0.01 µs; the text is made from integers, so
 * the same cycle always gives the same bytes.
 *
 * <p>It is called on the machine's thread, inside kernel traps, so an I/O error must not throw
 * there: the first one is remembered, nothing more is written, and {@link #finish} reports it.
 */
final class TraceJsonWriter {
    /** The one "process" of the trace: the machine. */
    static final int PID = 1;
    static final long CYCLES_PER_MICROSECOND = 100;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private boolean firstEvent = true;
    private IOException error;

    TraceJsonWriter(Writer out) {
        this.out = out;
        put("{\"traceEvents\":[");
    }

    /** Metadata naming the process (ph M, process_name). */
    void processName(String name) {
        start("process_name", null, 'M').append(",\"pid\":").append(PID).append(",\"tid\":").append(PID);
        end(new Args().text("name", name));
    }

    /** Metadata naming a thread (ph M, thread_name); a later one renames it. */
    void threadName(int tid, String name) {
        start("thread_name", null, 'M').append(",\"pid\":").append(PID).append(",\"tid\":").append(tid);
        end(new Args().text("name", name));
    }

    /** The start of a duration slice on a thread (ph B). */
    void begin(int tid, long cycle, String name, String cat, Args args) {
        where(start(name, cat, 'B'), tid, cycle);
        end(args);
    }

    /** The end of the slice {@code name} on a thread (ph E). */
    void endSlice(int tid, long cycle, String name, String cat) {
        where(start(name, cat, 'E'), tid, cycle);
        end(null);
    }

    /** A zero-length complete slice (ph X, dur 0): a mark that flow arrows can bind to. */
    void mark(int tid, long cycle, String name, String cat, Args args) {
        where(start(name, cat, 'X'), tid, cycle).append(",\"dur\":0");
        end(args);
    }

    /** A thread-scoped instant event (ph i, s t). */
    void instant(int tid, long cycle, String name, String cat, Args args) {
        where(start(name, cat, 'i'), tid, cycle).append(",\"s\":\"t\"");
        end(args);
    }

    /** The start of flow {@code id} (ph s), bound to the slice or mark open on the thread at this time. */
    void flowStart(int tid, long cycle, long id) {
        where(start("message", "ipc", 's'), tid, cycle).append(",\"id\":").append(id);
        end(null);
    }

    /** The end of flow {@code id} (ph f, bp e: bound to the enclosing slice or mark). */
    void flowEnd(int tid, long cycle, long id) {
        where(start("message", "ipc", 'f'), tid, cycle).append(",\"id\":").append(id).append(",\"bp\":\"e\"");
        end(null);
    }

    /**
     * Closes the array and writes displayTimeUnit and otherData (keys in the order given), then
     * flushes; throws the first I/O error met on the way. Nothing can be written after this.
     */
    void finish(Map<String, Object> otherData) throws IOException {
        line.setLength(0);
        line.append("\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : otherData.entrySet()) {
            if (!first) {
                line.append(',');
            }
            first = false;
            quote(line, e.getKey()).append(':');
            if (e.getValue() instanceof Number) {
                line.append(e.getValue());
            } else {
                quote(line, String.valueOf(e.getValue()));
            }
        }
        line.append("}}\n");
        put(line);
        if (error == null) {
            try {
                out.flush();
            } catch (IOException e) {
                error = e;
            }
        }
        if (error != null) {
            throw error;
        }
    }

    private StringBuilder start(String name, String cat, char phase) {
        line.setLength(0);
        line.append(firstEvent ? "\n" : ",\n");
        firstEvent = false;
        line.append("{\"name\":");
        quote(line, name);
        if (cat != null) {
            line.append(",\"cat\":\"").append(cat).append('"');
        }
        return line.append(",\"ph\":\"").append(phase).append('"');
    }

    private StringBuilder where(StringBuilder s, int tid, long cycle) {
        s.append(",\"ts\":");
        micros(s, cycle);
        return s.append(",\"pid\":").append(PID).append(",\"tid\":").append(tid);
    }

    private void end(Args args) {
        if (args != null && args.body.length() > 0) {
            line.append(",\"args\":{").append(args.body).append('}');
        }
        line.append('}');
        put(line);
    }

    private void put(CharSequence s) {
        if (error != null) {
            return;
        }
        try {
            out.append(s);
        } catch (IOException e) {
            error = e;
        }
    }

    /** Appends a cycle count as microseconds with exactly two decimals (12345 cycles: 123.45). */
    static StringBuilder micros(StringBuilder s, long cycle) {
        long whole = cycle / CYCLES_PER_MICROSECOND;
        long hundredths = cycle % CYCLES_PER_MICROSECOND;
        return s.append(whole).append('.').append(hundredths < 10 ? "0" : "").append(hundredths);
    }

    /**
     * Appends {@code text} as a JSON string. Besides the quote and the backslash, every control
     * character is escaped, DEL included (Perfetto's reader refuses raw control bytes).
     */
    static StringBuilder quote(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': s.append("\\\""); break;
                case '\\': s.append("\\\\"); break;
                case '\n': s.append("\\n"); break;
                case '\r': s.append("\\r"); break;
                case '\t': s.append("\\t"); break;
                case '\b': s.append("\\b"); break;
                case '\f': s.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        s.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        s.append(c);
                    }
            }
        }
        return s.append('"');
    }

    /** A 32-bit value as 0x and eight hex digits (built by hand: no locale can change it). */
    static String hex8(int value) {
        String digits = Integer.toHexString(value);
        return "0x" + "00000000".substring(digits.length()) + digits;
    }

    /** The args object of one trace event, in the order its entries are added. */
    static final class Args {
        private final StringBuilder body = new StringBuilder();

        Args text(String key, String value) {
            key(key);
            quote(body, value);
            return this;
        }

        Args number(String key, long value) {
            key(key).append(value);
            return this;
        }

        /** A 32-bit value as 0x and eight hex digits. */
        Args hex(String key, int value) {
            return text(key, hex8(value));
        }

        private StringBuilder key(String key) {
            if (body.length() > 0) {
                body.append(',');
            }
            return quote(body, key).append(':');
        }
    }
}
