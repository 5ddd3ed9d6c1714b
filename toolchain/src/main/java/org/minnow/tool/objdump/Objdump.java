package org.minnow.tool.objdump;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.elf.ElfException;

/**
 * The disassembler command ({@code minnow objdump -d [-l] [-M no-aliases] files...}), printing
 * a {@link Listing} in GNU objdump's layout:
 * <pre>
 * 80000000 &lt;_start&gt;:
 * prog.c:10
 * 80000000:	00001117          	auipc	sp,0x1
 * </pre>
 */
public final class Objdump {
    private Objdump() {}

    /** Runs {@link #run} on the process's arguments. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line; returns 0 on success, 1 after printing the problem to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean disassemble = false;
        boolean lines = false;
        boolean aliases = true;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-d") || a.equals("--disassemble")) {
                disassemble = true;
            } else if (a.equals("-l") || a.equals("--line-numbers")) {
                lines = true;
            } else if (a.equals("-dl") || a.equals("-ld")) {
                disassemble = true;
                lines = true;
            } else if (a.equals("-M") && i + 1 < args.length && args[i + 1].equals("no-aliases")) {
                aliases = false;
                i++;
            } else if (a.equals("-Mno-aliases") || a.equals("--disassembler-options=no-aliases")) {
                aliases = false;
            } else if (a.startsWith("-")) {
                err.println("minnow objdump: unknown option '" + a + "'");
                return 1;
            } else {
                files.add(a);
            }
        }
        if (!disassemble || files.isEmpty()) {
            err.println("usage: minnow objdump -d [-l] [-M no-aliases] files...");
            return 1;
        }
        int status = 0;
        for (String f : files) {
            try {
                print(f, Listing.of(read(f), f, aliases, lines), out);
            } catch (ElfException e) {
                err.println("minnow objdump: " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    private static byte[] read(String file) throws ElfException {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new ElfException(file, "no such file");
        } catch (IOException e) {
            throw new ElfException(file, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    private static void print(String file, List<Listing.Line> listing, PrintStream out) {
        out.println();
        out.println(file + ":     file format elf32-littleriscv");
        out.println();
        String section = null;
        for (Listing.Line l : listing) {
            if (!l.section().equals(section)) {
                section = l.section();
                out.println();
                out.println("Disassembly of section " + section + ":");
            }
            if (l.label() != null) {
                out.println();
                out.printf("%08x <%s>:%n", l.address(), l.label());
            }
            if (l.source() != null) {
                out.println(l.source());
            }
            String word = l.size() == 4 ? String.format("%08x          ", l.word()) : String.format("%-18x", l.word());
            String target = l.targetLabel() != null ? " " + l.targetLabel() : "";
            out.printf("%8x:\t%s\t%s%s%n", l.address(), word, l.text(), target);
        }
    }
}
