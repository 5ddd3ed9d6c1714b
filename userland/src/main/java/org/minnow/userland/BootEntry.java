package org.minnow.userland;

import java.util.ArrayList;
import java.util.List;
import org.minnow.kernel.boot.Privileges;

/**
 * One line of {@code userland/etc/bootimage.conf}: a program the kernel starts itself.
 * <pre>
 *   # name  slot  program        kind     options
 *   tty     5     drivers/tty    service  irq=10 mem=0x10000000:0x10000fff
 *   init    11    commands/init  user
 * </pre>
 * {@code kind} is {@code service} ({@link Privileges#service()}) or {@code user}
 * ({@link Privileges#user()}). Options: {@code irq=N} (an IRQ the service may claim; repeatable),
 * {@code mem=BASE:LIMIT} (device memory it may map, limit inclusive; repeatable), {@code arg=TEXT}
 * (an argument after argv[0], which is the name; repeatable). Numbers are decimal or 0x hex.
 *
 * @param name     the process name, 1..15 characters
 * @param slot     the process slot (and, at generation 0, its endpoint)
 * @param program  the program's directory, relative to userland/
 * @param service  whether it is a system service (else a user process)
 * @param irqs     the IRQs it may claim
 * @param memRanges device memory it may map: base, limit pairs
 * @param args     its arguments, argv[0] first
 */
public record BootEntry(String name, int slot, String program, boolean service, List<Integer> irqs,
                        List<Integer> memRanges, List<String> args) {

    /** Reads one line; {@code where} (file:line) starts the message of any mistake. */
    public static BootEntry parse(String line, String where) {
        String[] words = line.trim().split("\\s+");
        if (words.length < 4) {
            throw new IllegalArgumentException(where + ": expected 'name slot program kind [options]', not '" + line.trim() + "'");
        }
        String name = words[0];
        if (name.length() > 15) {
            throw new IllegalArgumentException(where + ": the name '" + name + "' is longer than 15 characters");
        }
        int slot = number(words[1], where, "slot");
        if (!words[3].equals("service") && !words[3].equals("user")) {
            throw new IllegalArgumentException(where + ": the kind must be 'service' or 'user', not '" + words[3] + "'");
        }
        List<Integer> irqs = new ArrayList<>();
        List<Integer> mem = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(name));
        for (int i = 4; i < words.length; i++) {
            String w = words[i];
            int eq = w.indexOf('=');
            String key = eq < 0 ? w : w.substring(0, eq);
            String value = eq < 0 ? "" : w.substring(eq + 1);
            switch (key) {
                case "irq":
                    irqs.add(number(value, where, "irq"));
                    break;
                case "mem": {
                    String[] range = value.split(":");
                    if (range.length != 2) {
                        throw new IllegalArgumentException(where + ": mem wants BASE:LIMIT, not '" + value + "'");
                    }
                    mem.add(number(range[0], where, "mem base"));
                    mem.add(number(range[1], where, "mem limit"));
                    break;
                }
                case "arg":
                    args.add(value);
                    break;
                default:
                    throw new IllegalArgumentException(where + ": unknown option '" + w + "' (irq=, mem=, arg=)");
            }
        }
        return new BootEntry(name, slot, words[2], words[3].equals("service"), List.copyOf(irqs), List.copyOf(mem),
                List.copyOf(args));
    }

    /** The line written back in the form {@link #parse} reads. */
    public String toLine() {
        StringBuilder s = new StringBuilder(name + " " + slot + " " + program + " " + (service ? "service" : "user"));
        for (int irq : irqs) {
            s.append(" irq=").append(irq);
        }
        for (int i = 0; i < memRanges.size(); i += 2) {
            s.append(String.format(" mem=0x%08x:0x%08x", memRanges.get(i), memRanges.get(i + 1)));
        }
        for (String a : args.subList(1, args.size())) {
            s.append(" arg=").append(a);
        }
        return s.toString();
    }

    /** The kernel's privileges for this entry. */
    public Privileges privileges() {
        Privileges p = service ? Privileges.service() : Privileges.user();
        if (!irqs.isEmpty()) {
            p = p.withIrqs(irqs.stream().mapToInt(Integer::intValue).toArray());
        }
        if (!memRanges.isEmpty()) {
            p = p.withMemRanges(memRanges.stream().mapToInt(Integer::intValue).toArray());
        }
        return p;
    }

    private static int number(String text, String where, String what) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return (int) Long.parseLong(text.substring(2), 16);
            }
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": the " + what + " must be a number, not '" + text + "'");
        }
    }
}
