package org.minnow.hw.elf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only: runs Debian's RISC-V cross binutils and GCC (riscv64-unknown-elf-*) and parses
 * what {@code readelf -W} prints, so the reader can be compared with GNU's. The tools are the
 * test oracle; tests that need them skip when they are not installed.
 */
final class GnuTools {
    private GnuTools() {}

    static final String PREFIX = "riscv64-unknown-elf-";
    static final String MARCH = "-march=rv32ima_zicsr";
    static final String MABI = "-mabi=ilp32";

    /** The tool's path: on PATH, else in /usr/bin; empty if it is not installed. */
    static Optional<Path> find(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/bin";
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, PREFIX + tool);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether gcc, as, ld, readelf and objcopy are all installed. */
    static boolean available() {
        return List.of("gcc", "as", "ld", "readelf", "objcopy").stream().allMatch(t -> find(t).isPresent());
    }

    /** Runs a tool in {@code dir} and returns its standard output; fails the test if it fails. */
    static String run(Path dir, String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(find(tool).orElseThrow().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        String text = Files.readString(out, StandardCharsets.ISO_8859_1);
        if (p.exitValue() != 0) {
            throw new AssertionError(command + " failed:\n" + text);
        }
        return text;
    }

    // ---- readelf -W output ----

    record SectionLine(int index, String name, String type, long addr, long offset, long size, long entsize,
                       String flags, int link, int info, long align) {}

    record SegmentLine(String type, long offset, long vaddr, long paddr, long filesz, long memsz, String flags, long align) {}

    record SymbolLine(int index, long value, long size, String type, String binding, String visibility, String ndx,
                      String name) {}

    record RelocationLine(long offset, long info, String type, String symbolName, long addend) {}

    record RelocationSectionLines(String name, List<RelocationLine> entries) {}

    private static final Pattern SECTION = Pattern.compile(
            "^\\s*\\[\\s*(\\d+)\\] (.*?)\\s+(\\S+)\\s+([0-9a-f]{8}) ([0-9a-f]{6,}) ([0-9a-f]{6,}) ([0-9a-f]{2,})\\s+([A-Za-z]*)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");
    private static final Pattern SEGMENT = Pattern.compile(
            "^\\s+(\\S+)\\s+0x([0-9a-f]+) 0x([0-9a-f]+) 0x([0-9a-f]+) 0x([0-9a-f]+) 0x([0-9a-f]+) (.{3}) 0x([0-9a-f]+)$");
    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*(\\d+): ([0-9a-f]{8})\\s+(\\d+|0x[0-9a-f]+) (\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+) ?(.*)$");
    private static final Pattern RELOCATION_SECTION = Pattern.compile("^Relocation section '(.*)' at offset 0x[0-9a-f]+ contains (\\d+) entr");
    private static final Pattern RELOCATION = Pattern.compile(
            "^([0-9a-f]{8})\\s+([0-9a-f]{8}) (\\S+)\\s+(?:[0-9a-f]{8}\\s+(.*?)\\s+([+-]) ([0-9a-f]+)|([0-9a-f]+))$");

    static List<SectionLine> sections(String readelfS) {
        List<SectionLine> result = new ArrayList<>();
        for (String line : readelfS.split("\n")) {
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                result.add(new SectionLine(Integer.parseInt(m.group(1)), m.group(2), m.group(3), hex(m.group(4)),
                        hex(m.group(5)), hex(m.group(6)), hex(m.group(7)), m.group(8), Integer.parseInt(m.group(9)),
                        Integer.parseInt(m.group(10)), Long.parseLong(m.group(11))));
            }
        }
        return result;
    }

    static List<SegmentLine> segments(String readelfL) {
        List<SegmentLine> result = new ArrayList<>();
        for (String line : readelfL.split("\n")) {
            Matcher m = SEGMENT.matcher(line);
            if (m.matches()) {
                result.add(new SegmentLine(m.group(1), hex(m.group(2)), hex(m.group(3)), hex(m.group(4)), hex(m.group(5)),
                        hex(m.group(6)), m.group(7), hex(m.group(8))));
            }
        }
        return result;
    }

    static List<SymbolLine> symbols(String readelfS) {
        List<SymbolLine> result = new ArrayList<>();
        for (String line : readelfS.split("\n")) {
            Matcher m = SYMBOL.matcher(line);
            if (m.matches()) {
                String size = m.group(3);
                result.add(new SymbolLine(Integer.parseInt(m.group(1)), hex(m.group(2)),
                        size.startsWith("0x") ? hex(size.substring(2)) : Long.parseLong(size), m.group(4), m.group(5),
                        m.group(6), m.group(7), m.group(8)));
            }
        }
        return result;
    }

    /** The relocation sections by name, each with its entries, in readelf's order. */
    static List<RelocationSectionLines> relocations(String readelfR) {
        List<RelocationSectionLines> result = new ArrayList<>();
        List<RelocationLine> current = null;
        for (String line : readelfR.split("\n")) {
            Matcher section = RELOCATION_SECTION.matcher(line);
            if (section.find()) {
                current = new ArrayList<>();
                result.add(new RelocationSectionLines(section.group(1), current));
                continue;
            }
            Matcher m = RELOCATION.matcher(line);
            if (current != null && m.matches()) {
                long addend = m.group(7) != null ? hex(m.group(7))
                        : (m.group(5).equals("-") ? -hex(m.group(6)) : hex(m.group(6)));
                current.add(new RelocationLine(hex(m.group(1)), hex(m.group(2)), m.group(3),
                        m.group(4) == null ? "" : m.group(4).trim(), addend));
            }
        }
        return result;
    }

    /** The value of a "Name: value" line of readelf -h. */
    static String headerField(String readelfH, String name) {
        for (String line : readelfH.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith(name + ":")) {
                return trimmed.substring(name.length() + 1).trim();
            }
        }
        throw new AssertionError("readelf -h printed no " + name);
    }

    static long hex(String digits) {
        return Long.parseLong(digits, 16);
    }
}
