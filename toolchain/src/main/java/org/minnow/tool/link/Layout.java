package org.minnow.tool.link;

import static org.minnow.hw.elf.Elf.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Section;

/**
 * Gathers the input sections into output sections and gives everything an address.
 *
 * <pre>
 *   base:            .text  (.text, .text.*)       } first segment: read + execute
 *                    .rodata (.rodata*, .srodata*) }
 *   next page:       .data  (.data, .data.*)       } second segment: read + write
 *                    .sdata (.sdata*)              }
 *                    .sbss  (.sbss*)               }   (no file bytes)
 *                    .bss   (.bss*)                }
 * </pre>
 * Other allocated sections keep their own names and join the group of their kind (code,
 * read-only data, data, zero-filled). Debugging sections ({@code .debug_*}) are concatenated at
 * address zero, and the first {@code .riscv.attributes} is kept; any other unallocated section is dropped.
 */
final class Layout {
    static final int PAGE = 4096;

    /** Output sections in address order, then the debugging sections. */
    final List<OutputSection> sections = new ArrayList<>();
    /** Where each input section went: its output section and offset there. */
    final Map<Section, OutputSection> outputOf = new IdentityHashMap<>();
    final Map<Section, Integer> offsetOf = new IdentityHashMap<>();
    int textStart;
    int textEnd;
    int dataStart;
    int dataEnd;
    int bssStart;
    int end;

    /** Lays out the included objects from address {@code base}. */
    void layOut(List<ObjectFile> objects, int base) {
        List<Map<String, OutputSection>> groups = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            groups.add(new LinkedHashMap<>());
        }
        groups.get(0).put(".text", new OutputSection(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR));
        groups.get(1).put(".rodata", new OutputSection(".rodata", SHT_PROGBITS, SHF_ALLOC));
        groups.get(2).put(".data", new OutputSection(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE));
        groups.get(2).put(".sdata", new OutputSection(".sdata", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE));
        groups.get(3).put(".sbss", new OutputSection(".sbss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE));
        groups.get(3).put(".bss", new OutputSection(".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE));
        for (ObjectFile o : objects) {
            for (Section s : o.sections) {
                if (s.type == SHT_RISCV_ATTRIBUTES) {
                    keepFirstAttributes(groups.get(4), s);
                    continue;
                }
                int group = groupOf(s);
                if (group < 0) {
                    continue;
                }
                String name = outputName(s.name);
                OutputSection out = groups.get(group).computeIfAbsent(name, n -> new OutputSection(n, s.type, outputFlags(s)));
                offsetOf.put(s, out.add(s));
                outputOf.put(s, out);
            }
        }
        assignAddresses(groups, base);
    }

    /** The executable keeps one .riscv.attributes: all of Minnow's objects describe the same ISA. */
    private void keepFirstAttributes(Map<String, OutputSection> group, Section s) {
        if (!group.containsKey(s.name)) {
            OutputSection out = new OutputSection(s.name, s.type, 0);
            group.put(s.name, out);
            offsetOf.put(s, out.add(s));
            outputOf.put(s, out);
        }
    }

    private void assignAddresses(List<Map<String, OutputSection>> groups, int base) {
        int address = base;
        textStart = base;
        for (int g = 0; g < 2; g++) {
            address = place(groups.get(g), address);
        }
        textEnd = address;
        address = alignUp(address, PAGE);
        dataStart = address;
        address = place(groups.get(2), address);
        dataEnd = address;
        bssStart = address;
        address = place(groups.get(3), address);
        end = address;
        for (OutputSection s : groups.get(4).values()) {
            s.address = 0;
            sections.add(s);
        }
    }

    private int place(Map<String, OutputSection> group, int address) {
        for (OutputSection s : group.values()) {
            if (s.pieces.isEmpty()) {
                continue;
            }
            address = alignUp(address, s.alignment);
            s.address = address;
            address += s.size;
            sections.add(s);
        }
        return address;
    }

    /** 0 code, 1 read-only data, 2 data, 3 zero-filled, 4 debugging; -1 for sections left out. */
    private static int groupOf(Section s) {
        if (s.isAlloc()) {
            if ((s.flags & SHF_EXECINSTR) != 0) {
                return 0;
            }
            if (s.isNobits()) {
                return 3;
            }
            return (s.flags & SHF_WRITE) != 0 ? 2 : 1;
        }
        return s.name.startsWith(".debug_") && s.type == SHT_PROGBITS ? 4 : -1;
    }

    static String outputName(String name) {
        for (String prefix : new String[] {".text", ".rodata", ".data", ".sdata", ".sbss", ".bss"}) {
            if (name.equals(prefix) || name.startsWith(prefix + ".")) {
                return prefix;
            }
        }
        if (name.startsWith(".srodata")) {
            return ".rodata";
        }
        return name;
    }

    private static int outputFlags(Section s) {
        return s.flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR);
    }

    /** The address of byte {@code offset} of an input section. */
    int addressOf(Section input, int offset) {
        return outputOf.get(input).address + offsetOf.get(input) + offset;
    }

    boolean isPlaced(Section input) {
        return outputOf.containsKey(input);
    }

    static int alignUp(int value, int alignment) {
        return (int) (((value & 0xffffffffL) + alignment - 1) / alignment * alignment);
    }
}
