package org.minnow.tool.dwarf;

import static org.minnow.tool.dwarf.DwarfConstants.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.elf.ByteSink;

/**
 * Builds the DWARF 3 debugging sections of one object from a list of line-table rows:
 * {@code .debug_line} (address to file and line), and the small {@code .debug_info},
 * {@code .debug_abbrev} and {@code .debug_aranges} that GNU's addr2line needs to find it.
 *
 * <p>The sections hold addresses of code, which only the linker knows: each such place is
 * returned as a {@link Fixup} that the assembler turns into an R_RISCV_32 relocation.
 * Address differences inside one section are known here and written as plain numbers.
 */
public final class DebugInfoBuilder {
    /** One row: the instruction at {@code offset} of {@code section} comes from file:line:column. */
    public record Row(String section, int offset, int file, int line, int column) {}

    /** A 32-bit field at {@code at} that must hold the address of {@code target} plus {@code addend}. */
    public record Fixup(int at, String target, int addend) {}

    /** One finished section. */
    public record Piece(String name, byte[] data, List<Fixup> fixups) {}

    private final List<String> files;
    private final List<Row> rows;
    private final Map<String, Integer> sectionSizes;

    /**
     * @param files        the line table's file names; element 0 is file number 1
     * @param rows         the rows in the order they were emitted
     * @param sectionSizes the final size of each code section that rows refer to
     */
    public DebugInfoBuilder(List<String> files, List<Row> rows, Map<String, Integer> sectionSizes) {
        this.files = files;
        this.rows = rows;
        this.sectionSizes = sectionSizes;
    }

    /** The four sections, with the name of the unit, its directory and the producer recorded. */
    public List<Piece> build(String unitName, String compDir, String producer) {
        Map<String, List<Row>> bySection = new LinkedHashMap<>();
        for (Row r : rows) {
            bySection.computeIfAbsent(r.section(), k -> new ArrayList<>()).add(r);
        }
        List<Piece> out = new ArrayList<>();
        out.add(lineSection(bySection));
        out.add(infoSection(bySection, unitName, compDir, producer));
        out.add(abbrevSection(bySection.size() == 1));
        out.add(arangesSection(bySection));
        return out;
    }

    private Piece lineSection(Map<String, List<Row>> bySection) {
        ByteSink b = new ByteSink();
        List<Fixup> fixups = new ArrayList<>();
        b.putWord(0); // unit_length, patched below
        b.putHalf(3);
        b.putWord(0); // header_length, patched below
        int headerStart = b.size();
        b.putByte(1); // minimum_instruction_length
        b.putByte(1); // default_is_stmt
        b.putByte(LINE_BASE);
        b.putByte(LINE_RANGE);
        b.putByte(OPCODE_BASE);
        for (int len : STANDARD_OPCODE_LENGTHS) {
            b.putByte(len);
        }
        b.putByte(0); // no include directories: names carry their own paths
        for (String f : files) {
            b.putCString(f).putUleb(0).putUleb(0).putUleb(0);
        }
        b.putByte(0);
        b.setWord(6, b.size() - headerStart);
        for (Map.Entry<String, List<Row>> e : bySection.entrySet()) {
            sequence(b, fixups, e.getKey(), e.getValue());
        }
        b.setWord(0, b.size() - 4);
        return new Piece(".debug_line", b.toByteArray(), fixups);
    }

    /** One sequence of rows of one section: set the address, then one row after another. */
    private void sequence(ByteSink b, List<Fixup> fixups, String section, List<Row> sectionRows) {
        b.putByte(0).putUleb(5).putByte(DW_LNE_SET_ADDRESS);
        fixups.add(new Fixup(b.size(), section, 0));
        b.putWord(0);
        int address = 0;
        int file = 1;
        int line = 1;
        int column = 0;
        for (Row r : sectionRows) {
            if (r.file() != file) {
                b.putByte(DW_LNS_SET_FILE).putUleb(r.file());
                file = r.file();
            }
            if (r.column() != column) {
                b.putByte(DW_LNS_SET_COLUMN).putUleb(r.column());
                column = r.column();
            }
            if (r.offset() != address) {
                b.putByte(DW_LNS_ADVANCE_PC).putUleb(r.offset() - address);
                address = r.offset();
            }
            if (r.line() != line) {
                b.putByte(DW_LNS_ADVANCE_LINE).putSleb(r.line() - line);
                line = r.line();
            }
            b.putByte(DW_LNS_COPY);
        }
        int end = sectionSizes.getOrDefault(section, address);
        if (end > address) {
            b.putByte(DW_LNS_ADVANCE_PC).putUleb(end - address);
        }
        b.putByte(0).putUleb(1).putByte(DW_LNE_END_SEQUENCE);
    }

    private Piece infoSection(Map<String, List<Row>> bySection, String unitName, String compDir, String producer) {
        ByteSink b = new ByteSink();
        List<Fixup> fixups = new ArrayList<>();
        b.putWord(0); // unit_length
        b.putHalf(3);
        fixups.add(new Fixup(b.size(), ".debug_abbrev", 0));
        b.putWord(0);
        b.putByte(4); // address size
        b.putUleb(1); // abbreviation 1: the compile unit
        fixups.add(new Fixup(b.size(), ".debug_line", 0));
        b.putWord(0);
        if (bySection.size() == 1) {
            String section = bySection.keySet().iterator().next();
            fixups.add(new Fixup(b.size(), section, 0));
            b.putWord(0);
            fixups.add(new Fixup(b.size(), section, sectionSizes.getOrDefault(section, 0)));
            b.putWord(0);
        }
        b.putCString(unitName);
        b.putCString(compDir);
        b.putCString(producer);
        b.putHalf(DW_LANG_MIPS_ASSEMBLER);
        b.setWord(0, b.size() - 4);
        return new Piece(".debug_info", b.toByteArray(), fixups);
    }

    private Piece abbrevSection(boolean withRange) {
        ByteSink b = new ByteSink();
        b.putUleb(1).putUleb(DW_TAG_COMPILE_UNIT).putByte(DW_CHILDREN_NO);
        b.putUleb(DW_AT_STMT_LIST).putUleb(DW_FORM_DATA4);
        if (withRange) {
            b.putUleb(DW_AT_LOW_PC).putUleb(DW_FORM_ADDR);
            b.putUleb(DW_AT_HIGH_PC).putUleb(DW_FORM_ADDR);
        }
        b.putUleb(DW_AT_NAME).putUleb(DW_FORM_STRING);
        b.putUleb(DW_AT_COMP_DIR).putUleb(DW_FORM_STRING);
        b.putUleb(DW_AT_PRODUCER).putUleb(DW_FORM_STRING);
        b.putUleb(DW_AT_LANGUAGE).putUleb(DW_FORM_DATA2);
        b.putUleb(0).putUleb(0);
        b.putUleb(0);
        return new Piece(".debug_abbrev", b.toByteArray(), List.of());
    }

    private Piece arangesSection(Map<String, List<Row>> bySection) {
        ByteSink b = new ByteSink();
        List<Fixup> fixups = new ArrayList<>();
        b.putWord(0); // unit_length
        b.putHalf(2);
        fixups.add(new Fixup(b.size(), ".debug_info", 0));
        b.putWord(0);
        b.putByte(4); // address size
        b.putByte(0); // segment size
        b.alignTo(8);
        for (String section : bySection.keySet()) {
            fixups.add(new Fixup(b.size(), section, 0));
            b.putWord(0);
            b.putWord(sectionSizes.getOrDefault(section, 0));
        }
        b.putWord(0).putWord(0);
        b.setWord(0, b.size() - 4);
        return new Piece(".debug_aranges", b.toByteArray(), fixups);
    }
}
