package org.minnow.hw.machine;

import static org.minnow.hw.elf.Elf.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.cpu.Program;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.elf.ElfWriter;

/** Test-only: ELF executables around machine code, with an optional riscv-tests style {@code tohost}. */
final class Images {
    static final int TEXT = Bus.RAM_BASE;
    static final int DATA = Bus.RAM_BASE + 0x10000;

    private Images() {}

    static ElfFile executable(Program code, boolean withToHost) throws ElfException {
        int[] words = code.assemble();
        ByteBuffer text = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            text.putInt(w);
        }
        ElfWriter w = new ElfWriter(ET_EXEC).entry(Integer.toUnsignedLong(TEXT));
        int textSection = w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, Integer.toUnsignedLong(TEXT), text.array(), 4);
        w.segment(PT_LOAD, textSection, Integer.toUnsignedLong(TEXT), Integer.toUnsignedLong(TEXT), words.length * 4L, PF_R | PF_X);
        if (withToHost) {
            int data = w.section(".tohost", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, Integer.toUnsignedLong(DATA), new byte[16], 8);
            w.segment(PT_LOAD, data, Integer.toUnsignedLong(DATA), Integer.toUnsignedLong(DATA), 16, PF_R | PF_W);
            w.symbol("tohost", Integer.toUnsignedLong(DATA), 8, STB_GLOBAL, STT_OBJECT, data);
        }
        w.symbol("_start", Integer.toUnsignedLong(TEXT), 0, STB_GLOBAL, STT_FUNC, textSection);
        return ElfFile.parse(w.build(), "test.elf");
    }

    static ElfFile executable(Program code) throws ElfException {
        return executable(code, false);
    }
}
