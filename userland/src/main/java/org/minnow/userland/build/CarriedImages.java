package org.minnow.userland.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Executables a program carries inside itself: RS keeps a copy of every service it may have to
 * restart, so it can restart a driver without the disk. A program directory with a file
 * {@value #CONF} (one program directory per line, {@code #} comments; a line {@code ?DIR} is
 * carried only if that program exists, else skipped) is linked after all the
 * others, with an extra object that holds their ELF files in .rodata and the table
 * <pre>
 *   struct rs_image { const char *name; const unsigned char *elf; unsigned len; } rs_images[];
 * </pre>
 * ended by a null name; each name is the last part of the program's directory ({@code tty}).
 */
final class CarriedImages {
    /** The file that makes a program carry others. */
    static final String CONF = "images.conf";

    private CarriedImages() {
    }

    /** Whether the program in {@code dir} carries others. */
    static boolean carries(Path dir) {
        return Files.isRegularFile(dir.resolve(CONF));
    }

    /**
     * The assembly source of the table for {@code dir}'s {@value #CONF}, with the executables
     * from {@code built}; a listed program that was not built is an error naming the line.
     */
    static String assembly(Path userland, Path dir, Map<String, byte[]> built, List<String> errors) throws IOException {
        Path conf = dir.resolve(CONF);
        List<String> lines = Files.readAllLines(conf, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        List<byte[]> elfs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String program = lines.get(i).replaceAll("#.*", "").trim();
            boolean optional = program.startsWith("?");
            program = optional ? program.substring(1).trim() : program;
            if (program.isEmpty()) {
                continue;
            }
            byte[] elf = built.get(program);
            if (elf == null && optional) {
                continue;
            }
            if (elf == null) {
                errors.add(userland.relativize(conf) + ":" + (i + 1) + ": no program directory " + program);
                continue;
            }
            names.add(Path.of(program).getFileName().toString());
            elfs.add(elf);
        }
        StringBuilder s = new StringBuilder();
        s.append("\t.section .rodata\n\t.balign 4\n\t.globl rs_images\nrs_images:\n");
        for (int i = 0; i < names.size(); i++) {
            s.append("\t.word __image_name_").append(i).append(", __image_elf_").append(i).append(", ")
                .append(elfs.get(i).length).append('\n');
        }
        s.append("\t.word 0, 0, 0\n");
        for (int i = 0; i < names.size(); i++) {
            s.append("__image_name_").append(i).append(":\n\t.asciz \"").append(names.get(i)).append("\"\n");
            s.append("\t.balign 4\n__image_elf_").append(i).append(":\n");
            appendBytes(s, elfs.get(i));
        }
        return s.toString();
    }

    private static void appendBytes(StringBuilder s, byte[] bytes) {
        for (int at = 0; at < bytes.length; at += 32) {
            s.append("\t.byte ");
            for (int j = at; j < Math.min(bytes.length, at + 32); j++) {
                if (j > at) {
                    s.append(',');
                }
                s.append(bytes[j] & 0xff);
            }
            s.append('\n');
        }
    }
}
