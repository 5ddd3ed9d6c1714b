package org.minnow.tool.dwarf;

import static org.minnow.tool.dwarf.DwarfConstants.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .debug_line} section (DWARF versions 2 to 5) into rows: which source file and
 * line each address comes from. It runs the line-number program's state machine (DWARF 5,
 * section 6.2) and keeps one row per emitted row; end-of-sequence rows are dropped.
 */
public final class LineTableReader {
    /** One row of the line table. */
    public record Row(long address, String file, int line) {}

    private static final int DW_LNCT_PATH = 1;
    private static final int DW_LNCT_DIRECTORY_INDEX = 2;
    private static final int DW_FORM_BLOCK = 0x09;
    private static final int DW_FORM_DATA1 = 0x0b;
    private static final int DW_FORM_DATA8 = 0x07;
    private static final int DW_FORM_DATA16 = 0x1e;
    private static final int DW_FORM_STRP = 0x0e;
    private static final int DW_FORM_UDATA = 0x0f;
    private static final int DW_FORM_LINE_STRP = 0x1f;

    private final byte[] b;
    private final byte[] lineStrings;
    private int pos;

    private LineTableReader(byte[] debugLine, byte[] debugLineStr) {
        this.b = debugLine;
        this.lineStrings = debugLineStr == null ? new byte[0] : debugLineStr;
    }

    /**
     * The rows of every unit in {@code debugLine}; {@code debugLineStr} holds the strings DWARF 5
     * tables refer to (may be null). Throws IllegalArgumentException for a malformed section.
     */
    public static List<Row> read(byte[] debugLine, byte[] debugLineStr) {
        LineTableReader r = new LineTableReader(debugLine, debugLineStr);
        List<Row> rows = new ArrayList<>();
        try {
            while (r.pos < debugLine.length) {
                r.unit(rows);
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(".debug_line ends in the middle of a line table");
        }
        return rows;
    }

    private void unit(List<Row> rows) {
        long length = u32();
        if (length == 0xffffffffL) {
            throw new IllegalArgumentException(".debug_line uses the 64-bit DWARF format, which ELF32 tools do not read");
        }
        int end = pos + (int) length;
        int version = u16();
        if (version < 2 || version > 5) {
            throw new IllegalArgumentException(".debug_line version " + version + " is not supported");
        }
        if (version >= 5) {
            pos += 2; // address_size, segment_selector_size
        }
        long headerLength = u32();
        int programStart = pos + (int) headerLength;
        int minInstLength = u8();
        if (version >= 4) {
            u8(); // maximum_operations_per_instruction: 1 for RISC-V
        }
        u8(); // default_is_stmt: every row is reported
        int lineBase = (byte) u8();
        int lineRange = u8();
        int opcodeBase = u8();
        int[] opcodeLengths = new int[opcodeBase];
        for (int i = 1; i < opcodeBase; i++) {
            opcodeLengths[i] = u8();
        }
        List<String> files = version >= 5 ? filesV5() : filesV2();
        pos = programStart;
        program(rows, files, end, minInstLength, lineBase, lineRange, opcodeBase, opcodeLengths, version);
        pos = end;
    }

    /** DWARF 2-4: include directories, then file entries (name, directory, time, length). */
    private List<String> filesV2() {
        List<String> dirs = new ArrayList<>();
        dirs.add("");
        for (String d = cstring(); !d.isEmpty(); d = cstring()) {
            dirs.add(d);
        }
        List<String> files = new ArrayList<>();
        files.add("<file 0>"); // DWARF 2-4 number files from 1
        for (String f = cstring(); !f.isEmpty(); f = cstring()) {
            int dir = (int) uleb();
            uleb();
            uleb();
            files.add(join(dir < dirs.size() ? dirs.get(dir) : "", f));
        }
        return files;
    }

    /** DWARF 5: self-describing directory and file tables; files are numbered from 0. */
    private List<String> filesV5() {
        List<String[]> dirs = entries();
        List<String[]> fileEntries = entries();
        List<String> files = new ArrayList<>();
        for (String[] f : fileEntries) {
            int dir = f[1] == null ? 0 : Integer.parseInt(f[1]);
            String dirName = dir < dirs.size() && dirs.get(dir)[0] != null ? dirs.get(dir)[0] : "";
            files.add(f[0].startsWith("/") ? f[0] : join(dirName, f[0]));
        }
        return files;
    }

    /** One DWARF 5 entry table: each entry as {path, directory index}. */
    private List<String[]> entries() {
        int formatCount = u8();
        long[][] formats = new long[formatCount][2];
        for (int i = 0; i < formatCount; i++) {
            formats[i][0] = uleb();
            formats[i][1] = uleb();
        }
        long count = uleb();
        List<String[]> out = new ArrayList<>();
        for (long n = 0; n < count; n++) {
            String[] e = new String[2];
            for (long[] f : formats) {
                String v = value((int) f[1]);
                if (f[0] == DW_LNCT_PATH) {
                    e[0] = v;
                } else if (f[0] == DW_LNCT_DIRECTORY_INDEX) {
                    e[1] = v;
                }
            }
            if (e[0] == null) {
                e[0] = "";
            }
            out.add(e);
        }
        return out;
    }

    /** Reads one attribute value of the given form; numbers come back as decimal text. */
    private String value(int form) {
        switch (form) {
            case DW_FORM_STRING: return cstring();
            case DW_FORM_LINE_STRP: case DW_FORM_STRP: return stringAt(lineStrings, (int) u32());
            case DW_FORM_UDATA: return Long.toString(uleb());
            case DW_FORM_DATA1: return Integer.toString(u8());
            case DW_FORM_DATA2: return Integer.toString(u16());
            case DW_FORM_DATA4: return Long.toString(u32());
            case DW_FORM_DATA8: pos += 8; return "0";
            case DW_FORM_DATA16: pos += 16; return "0";
            case DW_FORM_BLOCK: pos += (int) uleb(); return "0";
            default: throw new IllegalArgumentException(".debug_line uses attribute form " + form + ", which is not supported");
        }
    }

    private void program(List<Row> rows, List<String> files, int end, int minInst, int lineBase, int lineRange,
                         int opcodeBase, int[] opcodeLengths, int version) {
        long address = 0;
        int file = 1;
        int line = 1;
        while (pos < end) {
            int op = u8();
            if (op >= opcodeBase) {
                int adjusted = op - opcodeBase;
                address += (long) (adjusted / lineRange) * minInst;
                line += lineBase + adjusted % lineRange;
                rows.add(new Row(address, fileName(files, file), line));
            } else if (op == 0) {
                int len = (int) uleb();
                int next = pos + len;
                int sub = u8();
                if (sub == DW_LNE_END_SEQUENCE) {
                    address = 0;
                    file = 1;
                    line = 1;
                } else if (sub == DW_LNE_SET_ADDRESS) {
                    address = u32();
                }
                pos = next;
            } else {
                switch (op) {
                    case DW_LNS_COPY: rows.add(new Row(address, fileName(files, file), line)); break;
                    case DW_LNS_ADVANCE_PC: address += uleb() * minInst; break;
                    case DW_LNS_ADVANCE_LINE: line += (int) sleb(); break;
                    case DW_LNS_SET_FILE: file = (int) uleb(); break;
                    case DW_LNS_CONST_ADD_PC: address += (long) ((255 - opcodeBase) / lineRange) * minInst; break;
                    case DW_LNS_FIXED_ADVANCE_PC: address += u16(); break;
                    default:
                        for (int i = 0; i < opcodeLengths[op]; i++) {
                            uleb(); // set_column, negate_stmt, ...: operands skipped
                        }
                }
            }
        }
    }

    private static String fileName(List<String> files, int index) {
        return index >= 0 && index < files.size() ? files.get(index) : "<file " + index + ">";
    }

    private static String join(String dir, String file) {
        return dir.isEmpty() || file.startsWith("/") ? file : dir + "/" + file;
    }

    private int u8() {
        return b[pos++] & 0xff;
    }

    private int u16() {
        return u8() | u8() << 8;
    }

    private long u32() {
        return (u16() | (long) u16() << 16) & 0xffffffffL;
    }

    private long uleb() {
        long v = 0;
        int shift = 0;
        int x;
        do {
            x = u8();
            v |= (long) (x & 0x7f) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        return v;
    }

    private long sleb() {
        long v = 0;
        int shift = 0;
        int x;
        do {
            x = u8();
            v |= (long) (x & 0x7f) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        if (shift < 64 && (x & 0x40) != 0) {
            v |= -1L << shift;
        }
        return v;
    }

    private String cstring() {
        int start = pos;
        while (b[pos] != 0) {
            pos++;
        }
        return new String(b, start, pos++ - start, StandardCharsets.UTF_8);
    }

    private static String stringAt(byte[] table, int offset) {
        int end = offset;
        while (end < table.length && table[end] != 0) {
            end++;
        }
        return new String(table, offset, end - offset, StandardCharsets.UTF_8);
    }
}
