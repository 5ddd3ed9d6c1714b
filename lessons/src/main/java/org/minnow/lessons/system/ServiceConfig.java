package org.minnow.lessons.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.lessons.engine.SystemBooter.BootException;

/**
 * A lesson's {@code system.conf}: the entries that make some of its programs services (drivers),
 * with the IRQs and device memory RS would give them. The format is the subset of MINIX's
 * /etc/system.conf that Minnow's RS reads:
 * <pre>
 *   service rng {
 *           irq 2;
 *           memory 0x10002000:0x10002fff;   # limit inclusive; 'mem' and 'io' mean the same
 *           system ALL;                     # accepted; a lesson's service may make every call
 *           ipc ALL;                        # accepted, not enforced
 *           period 30;                      # accepted
 *   };
 * </pre>
 * A mistake is a BootException naming the file and line.
 */
public final class ServiceConfig {
    /** A program's entry: the IRQs it may take, and base, limit pairs of device memory it may map. */
    public record Entry(String name, int[] irqs, int[] memRanges) {}

    private final String file;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private int next;

    private ServiceConfig(String file, String text) {
        this.file = file;
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].replaceAll("#.*", "").replace("{", " { ").replace("}", " } ").replace(";", " ; ");
            for (String t : line.trim().split("\\s+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                    lines.add(i + 1);
                }
            }
        }
    }

    /** The entries of {@code text} (read from {@code file}, named in messages), by service name, in order. */
    public static Map<String, Entry> parse(String file, String text) throws BootException {
        return new ServiceConfig(file, text).entries();
    }

    private Map<String, Entry> entries() throws BootException {
        Map<String, Entry> out = new LinkedHashMap<>();
        while (next < tokens.size()) {
            expect("service");
            String name = take("a service's name");
            expect("{");
            List<Integer> irqs = new ArrayList<>();
            List<Integer> mem = new ArrayList<>();
            while (!peek("}")) {
                String key = take("a key (irq, memory, system, ipc, period) or '}'");
                switch (key) {
                    case "irq" -> values(v -> irqs.add(number(v)));
                    case "memory", "mem", "io" -> values(v -> range(v, mem));
                    case "system", "ipc", "period" -> values(v -> { });
                    default -> throw error("unknown key '" + key + "' (the keys are: irq, memory, system, ipc, period)");
                }
            }
            expect("}");
            expect(";");
            if (out.containsKey(name)) {
                throw error("service '" + name + "' is given twice");
            }
            out.put(name, new Entry(name, irqs.stream().mapToInt(Integer::intValue).toArray(),
                    mem.stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private interface ValueAction {
        void accept(String value) throws BootException;
    }

    /** The values up to the ';' that ends a key's line. */
    private void values(ValueAction action) throws BootException {
        while (!peek(";")) {
            String v = take("a value or ';'");
            if (v.equals("}")) {
                throw error("missing ';' before '}'");
            }
            action.accept(v);
        }
        next++;
    }

    private void range(String value, List<Integer> into) throws BootException {
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw error("a memory range is BASE:LIMIT, not '" + value + "'");
        }
        int base = number(value.substring(0, colon));
        int limit = number(value.substring(colon + 1));
        if (Integer.compareUnsigned(limit, base) < 0) {
            throw error("the memory range " + value + " ends before it begins");
        }
        into.add(base);
        into.add(limit);
    }

    private int number(String text) throws BootException {
        try {
            long v = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
            if (v < 0 || v > 0xffff_ffffL) {
                throw new NumberFormatException();
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw error("'" + text + "' is not a number (decimal, or hexadecimal with 0x)");
        }
    }

    private boolean peek(String token) throws BootException {
        if (next >= tokens.size()) {
            throw error("the file ends inside a service entry");
        }
        return tokens.get(next).equals(token);
    }

    private String take(String what) throws BootException {
        if (next >= tokens.size()) {
            throw error("the file ends where " + what + " should be");
        }
        return tokens.get(next++);
    }

    private void expect(String token) throws BootException {
        String t = take("'" + token + "'");
        if (!t.equals(token)) {
            next--;
            throw error("expected '" + token + "', found '" + t + "'");
        }
    }

    private BootException error(String message) {
        int line = lines.isEmpty() ? 1 : lines.get(Math.min(next, lines.size() - 1));
        return new BootException(file + ":" + line + ": " + message);
    }
}
