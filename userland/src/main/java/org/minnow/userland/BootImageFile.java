package org.minnow.userland;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The file {@code boot.img}: the programs of the boot image, each with its line of
 * bootimage.conf and its executable. Little-endian:
 * <pre>
 *   "MNBOOT01"                      8 bytes, the magic
 *   count                           4 bytes
 *   count times:
 *     line length, line             4 bytes, UTF-8 (BootEntry.toLine())
 *     ELF length, ELF               4 bytes, the executable
 * </pre>
 */
public final class BootImageFile {
    static final byte[] MAGIC = "MNBOOT01".getBytes(StandardCharsets.US_ASCII);

    /** One program: its configuration and its executable. */
    public record Program(BootEntry entry, byte[] elf) {}

    private BootImageFile() {}

    /** The bytes of a boot image file holding {@code programs} in order. */
    public static byte[] write(List<Program> programs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MAGIC);
        writeInt(out, programs.size());
        for (Program p : programs) {
            byte[] line = p.entry().toLine().getBytes(StandardCharsets.UTF_8);
            writeInt(out, line.length);
            out.writeBytes(line);
            writeInt(out, p.elf().length);
            out.writeBytes(p.elf());
        }
        return out.toByteArray();
    }

    /** Reads a boot image file; a damaged one fails with a message naming {@code name}. */
    public static List<Program> read(byte[] bytes, String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException(name + ": not a Minnow boot image (no MNBOOT01 at the start)");
            }
            int count = in.getInt();
            List<Program> programs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String line = new String(take(in, in.getInt()), StandardCharsets.UTF_8);
                BootEntry entry = BootEntry.parse(line, name + ": program " + (i + 1));
                programs.add(new Program(entry, take(in, in.getInt())));
            }
            return programs;
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw new IllegalArgumentException(name + ": the boot image is truncated or damaged");
        }
    }

    private static byte[] take(ByteBuffer in, int n) {
        if (n < 0 || n > in.remaining()) {
            throw new java.nio.BufferUnderflowException();
        }
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
