package org.minnow.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.tool.elf.ObjectReader;
import org.minnow.tool.link.Linker;
import org.minnow.tool.objdump.Listing;

/**
 * Line tables made by others: a C file compiled by GCC (DWARF 5) links with our linker, and our
 * objdump -l names the same source lines for its addresses as GNU addr2line does.
 */
class DebugLineInteropTest {
    @TempDir
    Path dir;

    @Test
    void gccDwarf5LineTableReadsLikeAddr2line() throws Exception {
        GnuTools.require("gcc", "addr2line");
        Files.writeString(dir.resolve("x.c"), "int g;\nint f(int x) {\n  int y = x * 3;\n  if (y > 10)\n    g = y;\n"
                + "  return y + 1;\n}\nvoid _start(void) {\n  f(5);\n  for (;;) {}\n}\n");
        GnuTools.Run cc = GnuTools.run(dir, "gcc", "-g", "-O1", "-c", "-march=rv32ima_zicsr", "-mabi=ilp32",
                "-fno-common", "-mno-relax", "-o", "x.o", "x.c");
        assertThat(cc.err()).isEmpty();
        Linker.Result r = Linker.link(List.of(ObjectReader.read(Files.readAllBytes(dir.resolve("x.o")), "x.o")),
                Linker.BARE_METAL_BASE);
        assertThat(r.errors()).isEmpty();
        Files.write(dir.resolve("x"), r.executable());

        List<Listing.Line> listing = Listing.of(r.executable(), "x", true, true);
        int compared = 0;
        for (Listing.Line l : listing) {
            if (l.source() == null) {
                continue;
            }
            GnuTools.Run a2l = GnuTools.run(dir, "addr2line", "-e", "x", Long.toHexString(l.address()));
            String gnu = a2l.out().trim().replaceAll(" \\(discriminator \\d+\\)$", "");
            assertThat(gnu).as("address %x", l.address()).endsWith("/x.c:" + l.source().substring(l.source().lastIndexOf(':') + 1));
            assertThat(l.source()).endsWith("x.c:" + gnu.substring(gnu.lastIndexOf(':') + 1));
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(4);
    }
}
