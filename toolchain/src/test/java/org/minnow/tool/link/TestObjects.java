package org.minnow.tool.link;

import static org.assertj.core.api.Assertions.fail;

import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ObjectFile;

/** Helpers for linker tests: objects from assembly text, and words of a linked program. */
final class TestObjects {
    private TestObjects() {}

    /** Assembles {@code source} as {@code name}.s; the object is called {@code name}.o. */
    static ObjectFile object(String name, String source) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile(name + ".s", source), false, d);
        if (o == null) {
            fail("assembly errors:\n" + d.render());
        }
        return o;
    }

    static Linker.LoadedSection section(Linker.Result r, String name) {
        for (Linker.LoadedSection s : r.sections()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no section " + name);
    }

    /** The word at an address of a linked program. */
    static int word(Linker.Result r, int address) {
        for (Linker.LoadedSection s : r.sections()) {
            int at = address - s.address();
            if (at >= 0 && at + 4 <= s.data().length) {
                byte[] d = s.data();
                return (d[at] & 0xff) | (d[at + 1] & 0xff) << 8 | (d[at + 2] & 0xff) << 16 | (d[at + 3] & 0xff) << 24;
            }
        }
        throw new AssertionError("no bytes at " + Integer.toHexString(address));
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
