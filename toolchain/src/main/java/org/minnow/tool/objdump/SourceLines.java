package org.minnow.tool.objdump;

import static org.minnow.hw.elf.Elf.*;

import java.util.HashMap;
import java.util.Map;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.elf.Section;
import org.minnow.tool.dwarf.LineTableReader;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;
import org.minnow.tool.elf.Relocation;

/**
 * Maps addresses to "file:line" from a file's {@code .debug_line}. In an object the line table's
 * addresses are still relocations against its sections; they are applied here with each section
 * at address zero, which is how objdump shows an object's code.
 */
final class SourceLines {
    private SourceLines() {}

    /** The source line of each address that the line table names; {@code bytes} are the file's. */
    static Map<Long, String> of(byte[] bytes, ElfFile elf) throws ElfException {
        Section line = elf.section(".debug_line").orElse(null);
        if (line == null) {
            return Map.of();
        }
        byte[] table = elf.header().isRelocatable() ? relocated(bytes, elf.name()) : elf.contents(line);
        byte[] strings = elf.section(".debug_line_str").map(elf::contents).orElse(null);
        Map<Long, String> out = new HashMap<>();
        try {
            for (LineTableReader.Row r : LineTableReader.read(table, strings)) {
                out.put(r.address(), r.file() + ":" + r.line());
            }
        } catch (IllegalArgumentException e) {
            throw new ElfException(elf.name(), e.getMessage());
        }
        return out;
    }

    /** The object's .debug_line with its data relocations applied (sections at zero). */
    private static byte[] relocated(byte[] file, String name) throws ElfException {
        ObjectFile o = ObjectReader.read(file, name);
        org.minnow.tool.elf.Section s = o.section(".debug_line");
        byte[] d = s.data.clone();
        for (Relocation r : s.relocations) {
            int v = (r.symbol() == null || r.symbol().type == STT_SECTION ? 0 : r.symbol().value) + r.addend();
            int at = r.offset();
            switch (r.type()) {
                case R_RISCV_32: case R_RISCV_SET32: put(d, at, 4, v); break;
                case R_RISCV_ADD32: put(d, at, 4, get(d, at, 4) + v); break;
                case R_RISCV_SUB32: put(d, at, 4, get(d, at, 4) - v); break;
                case R_RISCV_ADD16: put(d, at, 2, get(d, at, 2) + v); break;
                case R_RISCV_SUB16: put(d, at, 2, get(d, at, 2) - v); break;
                case R_RISCV_SET16: put(d, at, 2, v); break;
                case R_RISCV_ADD8: put(d, at, 1, get(d, at, 1) + v); break;
                case R_RISCV_SUB8: put(d, at, 1, get(d, at, 1) - v); break;
                case R_RISCV_SET8: put(d, at, 1, v); break;
                default: break;
            }
        }
        return d;
    }

    private static int get(byte[] d, int at, int n) {
        int v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (d[at + i] & 0xff);
        }
        return v;
    }

    private static void put(byte[] d, int at, int n, int v) {
        for (int i = 0; i < n; i++) {
            d[at + i] = (byte) (v >>> (8 * i));
        }
    }
}
