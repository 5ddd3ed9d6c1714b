package org.minnow.tool.link;

import static org.minnow.hw.elf.Elf.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minnow.hw.isa.Fields;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Relocation;
import org.minnow.tool.elf.Section;

/**
 * Applies the relocations of every linked section to the output bytes, in the notation of the
 * RISC-V ELF psABI: S is the symbol's address, A the addend, P the address of the place.
 *
 * <pre>
 *   R_RISCV_32                 S + A
 *   R_RISCV_BRANCH, _JAL       S + A - P          into a B- or J-type offset
 *   R_RISCV_CALL, _CALL_PLT    S + A - P          split over auipc + jalr
 *   R_RISCV_HI20, _LO12_I/_S   S + A              upper 20 / lower 12 bits
 *   R_RISCV_PCREL_HI20         S + A - P          upper 20 bits, into auipc
 *   R_RISCV_PCREL_LO12_I/_S    the lower 12 bits of the PCREL_HI20 found at S + A (its auipc)
 *   R_RISCV_ADDn, _SUBn        add or subtract S + A to the n-bit value in place
 *   R_RISCV_SETn, _SUB6, _SET6 set or subtract (the low 6 bits for the 6-bit ones)
 *   R_RISCV_RELAX              ignored: this linker does not relax
 * </pre>
 * The "upper" part is rounded ({@code (x + 0x800) >> 12}) because the lower 12 bits are added
 * back sign-extended.
 */
final class Relocator {
    private final Layout layout;
    private final Addresses addresses;
    private final List<String> errors;

    Relocator(Layout layout, Addresses addresses, List<String> errors) {
        this.layout = layout;
        this.addresses = addresses;
        this.errors = errors;
    }

    /** Applies the relocations of every placed section of the objects. */
    void relocate(List<ObjectFile> objects) {
        for (ObjectFile o : objects) {
            for (Section s : o.sections) {
                if (layout.isPlaced(s) && !s.relocations.isEmpty()) {
                    relocateSection(o, s);
                }
            }
        }
    }

    private void relocateSection(ObjectFile object, Section section) {
        OutputSection out = layout.outputOf.get(section);
        int base = layout.offsetOf.get(section);
        Map<Integer, Integer> pcrelHi = new HashMap<>();
        // the %pcrel_hi parts first: a %pcrel_lo may come before its auipc in the table
        for (Relocation r : section.relocations) {
            if (r.type() == R_RISCV_PCREL_HI20) {
                int p = layout.addressOf(section, r.offset());
                pcrelHi.put(p, symbolAddress(object, section, r) + r.addend() - p);
            }
        }
        for (Relocation r : section.relocations) {
            try {
                apply(object, section, out.data, base + r.offset(), r, pcrelHi);
            } catch (IllegalStateException e) {
                errors.add(where(object, section, r) + ": " + e.getMessage());
            }
        }
    }

    private int symbolAddress(ObjectFile object, Section section, Relocation r) {
        try {
            return addresses.of(r.symbol());
        } catch (IllegalStateException e) {
            errors.add(where(object, section, r) + ": " + e.getMessage());
            return 0;
        }
    }

    private void apply(ObjectFile object, Section section, byte[] data, int at, Relocation r, Map<Integer, Integer> pcrelHi) {
        int p = layout.addressOf(section, r.offset());
        int s = r.type() == R_RISCV_RELAX || r.type() == R_RISCV_ALIGN ? 0 : addresses.of(r.symbol());
        int value = s + r.addend();
        switch (r.type()) {
            case R_RISCV_NONE: case R_RISCV_RELAX:
                return;
            case R_RISCV_32: case R_RISCV_SET32:
                putWord(data, at, value);
                return;
            case R_RISCV_BRANCH:
                checkRange(value - p, 13, "branch", r);
                putWord(data, at, getWord(data, at) & ~0xfe000f80 | Fields.putImmB(value - p));
                return;
            case R_RISCV_JAL:
                checkRange(value - p, 21, "jump", r);
                putWord(data, at, getWord(data, at) & ~0xfffff000 | Fields.putImmJ(value - p));
                return;
            case R_RISCV_CALL: case R_RISCV_CALL_PLT: {
                int offset = value - p;
                putWord(data, at, getWord(data, at) & 0xfff | hi20(offset));
                putWord(data, at + 4, getWord(data, at + 4) & 0xfffff | Fields.putImmI(offset));
                return;
            }
            case R_RISCV_HI20:
                putWord(data, at, getWord(data, at) & 0xfff | hi20(value));
                return;
            case R_RISCV_LO12_I:
                putWord(data, at, getWord(data, at) & 0xfffff | Fields.putImmI(value));
                return;
            case R_RISCV_LO12_S:
                putWord(data, at, getWord(data, at) & ~0xfe000f80 | Fields.putImmS(value));
                return;
            case R_RISCV_PCREL_HI20:
                putWord(data, at, getWord(data, at) & 0xfff | hi20(value - p));
                return;
            case R_RISCV_PCREL_LO12_I: case R_RISCV_PCREL_LO12_S: {
                Integer offset = pcrelHi.get(value);
                if (offset == null) {
                    throw new IllegalStateException("%pcrel_lo refers to " + hex(value)
                            + ", where there is no %pcrel_hi (auipc) relocation");
                }
                int w = getWord(data, at);
                putWord(data, at, r.type() == R_RISCV_PCREL_LO12_I
                        ? w & 0xfffff | Fields.putImmI(offset) : w & ~0xfe000f80 | Fields.putImmS(offset));
                return;
            }
            case R_RISCV_ADD8: data[at] += (byte) value; return;
            case R_RISCV_SUB8: data[at] -= (byte) value; return;
            case R_RISCV_ADD16: putHalf(data, at, getHalf(data, at) + value); return;
            case R_RISCV_SUB16: putHalf(data, at, getHalf(data, at) - value); return;
            case R_RISCV_ADD32: putWord(data, at, getWord(data, at) + value); return;
            case R_RISCV_SUB32: putWord(data, at, getWord(data, at) - value); return;
            case R_RISCV_SET8: data[at] = (byte) value; return;
            case R_RISCV_SET16: putHalf(data, at, value); return;
            case R_RISCV_SET6: data[at] = (byte) (data[at] & 0xc0 | value & 0x3f); return;
            case R_RISCV_SUB6: data[at] = (byte) (data[at] & 0xc0 | (data[at] - value) & 0x3f); return;
            case R_RISCV_32_PCREL: putWord(data, at, value - p); return;
            case R_RISCV_ALIGN:
                checkAlignment(p, r);
                return;
            default:
                throw new IllegalStateException("relocation type " + r.type() + " (" + relocationName(r.type()) + ") is not supported");
        }
    }

    /**
     * GNU as pads {@code .align} in code with the most nops it could need and expects the linker
     * to delete the extra ones. This linker does not delete bytes, so the padding must already be right.
     */
    private static void checkAlignment(int p, Relocation r) {
        int alignment = Integer.highestOneBit(r.addend()) * 2;
        if (r.addend() > 0 && (p + r.addend()) % alignment != 0) {
            throw new IllegalStateException("R_RISCV_ALIGN: this linker does not delete padding; assemble with -mno-relax");
        }
    }

    private static int hi20(int value) {
        return (value + 0x800) & 0xfffff000;
    }

    private static void checkRange(int offset, int bits, String what, Relocation r) {
        int limit = 1 << (bits - 1);
        if (offset < -limit || offset >= limit) {
            throw new IllegalStateException(what + " to '" + r.symbol() + "' is out of range (" + offset
                    + " bytes; the limit is +-" + limit + ")");
        }
    }

    private static String where(ObjectFile object, Section section, Relocation r) {
        return object.name + ":" + section.name + "+0x" + Integer.toHexString(r.offset());
    }

    private static String hex(int v) {
        return "0x" + Integer.toHexString(v);
    }

    static int getWord(byte[] d, int at) {
        return (d[at] & 0xff) | (d[at + 1] & 0xff) << 8 | (d[at + 2] & 0xff) << 16 | (d[at + 3] & 0xff) << 24;
    }

    static void putWord(byte[] d, int at, int v) {
        d[at] = (byte) v;
        d[at + 1] = (byte) (v >>> 8);
        d[at + 2] = (byte) (v >>> 16);
        d[at + 3] = (byte) (v >>> 24);
    }

    private static int getHalf(byte[] d, int at) {
        return (d[at] & 0xff) | (d[at + 1] & 0xff) << 8;
    }

    private static void putHalf(byte[] d, int at, int v) {
        d[at] = (byte) v;
        d[at + 1] = (byte) (v >>> 8);
    }
}
