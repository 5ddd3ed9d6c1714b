package org.minnow.tool.asm;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.StringJoiner;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Section;

/** Helpers for assembler tests: assemble a string, read back the words of a section, list errors. */
final class AsmTesting {
    private AsmTesting() {}

    /** Assembles {@code source} (named test.s); fails the test with the messages if it has errors. */
    static ObjectFile assemble(String source) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile("test.s", source), false, d);
        if (o == null) {
            fail("unexpected assembly errors:\n" + d.render());
        }
        return o;
    }

    /** The errors of assembling {@code source}. */
    static List<Diagnostics.Error> errors(String source) {
        Diagnostics d = new Diagnostics();
        Assembler.assemble(new SourceFile("test.s", source), false, d);
        return d.errors();
    }

    static String render(String source) {
        Diagnostics d = new Diagnostics();
        Assembler.assemble(new SourceFile("test.s", source), false, d);
        return d.render();
    }

    /** The 32-bit little-endian words of a section. */
    static int[] words(ObjectFile o, String section) {
        Section s = o.section(section);
        int[] out = new int[s.data.length / 4];
        for (int i = 0; i < out.length; i++) {
            int at = 4 * i;
            out[i] = (s.data[at] & 0xff) | (s.data[at + 1] & 0xff) << 8 | (s.data[at + 2] & 0xff) << 16 | (s.data[at + 3] & 0xff) << 24;
        }
        return out;
    }

    /** The words of .text as 8-digit hex numbers separated by spaces, like objdump prints them. */
    static String textHex(String source) {
        StringJoiner j = new StringJoiner(" ");
        for (int w : words(assemble(source), ".text")) {
            j.add(String.format("%08x", w));
        }
        return j.toString();
    }
}
