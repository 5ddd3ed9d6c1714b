package org.minnow.tool.elf;

import org.minnow.hw.elf.Elf;

/**
 * The {@code .riscv.attributes} section (RISC-V ELF psABI, "Attributes"), which tells tools
 * such as GNU objdump which extensions the code uses, so that they decode e.g. {@code pause}.
 * <pre>
 *   'A', length, "riscv\0", Tag_File (1), length, Tag_RISCV_arch (5) "rv32i2p1_m2p0_..."\0
 * </pre>
 */
public final class RiscvAttributes {
    /** The ISA string of Minnow's hart: RV32IMA with Zicsr, Zifencei and Zihintpause. */
    public static final String ARCH = "rv32i2p1_m2p0_a2p1_zicsr2p0_zifencei2p0_zihintpause2p0_zmmul1p0";
    public static final String SECTION_NAME = ".riscv.attributes";
    private static final int TAG_FILE = 1;
    private static final int TAG_RISCV_ARCH = 5;

    private RiscvAttributes() {}

    /** A fresh attributes section for an object. */
    public static Section section() {
        ByteSink file = new ByteSink();
        file.putByte(TAG_RISCV_ARCH).putCString(ARCH);
        ByteSink b = new ByteSink();
        b.putByte('A');
        int vendorLength = 4 + "riscv".length() + 1 + 1 + 4 + file.size();
        b.putWord(vendorLength);
        b.putCString("riscv");
        b.putByte(TAG_FILE);
        b.putWord(1 + 4 + file.size());
        b.putBytes(file.toByteArray());
        byte[] data = b.toByteArray();
        return new Section(SECTION_NAME, Elf.SHT_RISCV_ATTRIBUTES, 0, 1, data, data.length);
    }
}
