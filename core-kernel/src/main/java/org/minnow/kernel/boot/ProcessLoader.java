package org.minnow.kernel.boot;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minnow.hw.elf.Elf;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.elf.ProgramHeader;
import org.minnow.kernel.Errors;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.Layout;

/**
 * Builds a user address space from an ELF executable (for boot and for SYS_EXEC): each PT_LOAD
 * segment in pages of its own with the segment's permissions, and a stack at the top of user
 * memory holding the arguments.
 *
 * <pre>
 *   0x0000_0000 .. 0x0000_0fff   never mapped: a null pointer faults
 *   the program's segments       where the executable says (minnow ld puts them at 0x0001_0000)
 *   the heap                     from the page after the program up to the break (SYS_VMCTL)
 *   0x6000_0000 .. 0x6fff_ffff   the device window, where SYS_VMCTL maps device registers
 *   0x7ffe_f000 .. 0x7fff_efff   the stack, 64 KiB, growing down from STACK_TOP
 * </pre>
 * On entry a0 = argc, a1 = argv, sp points at argv (16-byte aligned), and the strings sit above.
 */
public final class ProcessLoader {
    public static final int STACK_TOP = 0x7fff_f000;
    public static final int STACK_PAGES = 16;
    public static final int MAX_ARGS_BYTES = 4096;

    /** The outcome: the new root and where to start, or an error code. */
    public record Loaded(int error, int root, int entry, int sp, int argc, int argv, int programEnd) {
        static Loaded failed(int error) {
            return new Loaded(error, 0, 0, 0, 0, 0, 0);
        }
    }

    private final KernelMemory mem;
    private final AddressSpace spaces;

    public ProcessLoader(KernelMemory mem, AddressSpace spaces) {
        this.mem = mem;
        this.spaces = spaces;
    }

    /** Parses and loads {@code elf}; ENOEXEC for anything that is not an RV32 executable, ENOMEM when RAM runs out. */
    public Loaded load(byte[] elf, String name, List<String> args) {
        ElfFile file;
        try {
            file = ElfFile.parse(elf, name);
        } catch (ElfException e) {
            return Loaded.failed(Errors.ENOEXEC);
        }
        if (file.header().type() != Elf.ET_EXEC) {
            return Loaded.failed(Errors.ENOEXEC);
        }
        byte[] argBlock = argumentBlock(args);
        if (argBlock == null) {
            return Loaded.failed(Errors.E2BIG);
        }
        int root = spaces.newRoot();
        if (root == 0) {
            return Loaded.failed(Errors.ENOMEM);
        }
        long end = 0;
        for (ProgramHeader ph : file.programHeaders()) {
            if (!ph.isLoad() || ph.memsz() == 0) {
                continue;
            }
            int error = loadSegment(root, file, ph);
            if (error != Errors.OK) {
                spaces.destroy(root);
                return Loaded.failed(error);
            }
            end = Math.max(end, ph.vaddr() + ph.memsz());
        }
        for (int i = 1; i <= STACK_PAGES; i++) {
            if (!spaces.allocate(root, STACK_TOP - i * Layout.PAGE, AddressSpace.USER_RW)) {
                spaces.destroy(root);
                return Loaded.failed(Errors.ENOMEM);
            }
        }
        int base = (STACK_TOP - argBlock.length) & ~15;
        writeUser(root, base, argBlock, 0, argBlock.length);
        int argc = args.size();
        fixUpPointers(root, base, argc);
        return new Loaded(Errors.OK, root, (int) file.header().entry(), base, argc, base, (int) ((end + 0xfff) & ~0xfffL));
    }

    private int loadSegment(int root, ElfFile file, ProgramHeader ph) {
        long start = ph.vaddr();
        long end = start + ph.memsz();
        if (start < Layout.PAGE || end > STACK_TOP - STACK_PAGES * Layout.PAGE) {
            return Errors.ENOEXEC; // the null page and the stack are not the program's
        }
        int flags = AddressSpace.V | AddressSpace.U | AddressSpace.A | AddressSpace.D
                | (ph.isReadable() ? AddressSpace.R : 0) | (ph.isWritable() ? AddressSpace.W | AddressSpace.R : 0)
                | (ph.isExecutable() ? AddressSpace.X : 0);
        for (long page = start & ~0xfffL; page < end; page += Layout.PAGE) {
            int leaf = spaces.leaf(root, (int) page);
            if (leaf == 0) {
                if (!spaces.allocate(root, (int) page, flags)) {
                    return Errors.ENOMEM;
                }
            } else {
                spaces.map(root, (int) page, (leaf >>> 10) << 12, (leaf | flags) & 0x3ff); // two segments share a page
            }
        }
        byte[] bytes = file.contents(ph);
        writeUser(root, (int) start, bytes, 0, (int) Math.min(bytes.length, ph.filesz()));
        return Errors.OK;
    }

    /** Writes bytes into a freshly built address space (the kernel may write any page it mapped). */
    private void writeUser(int root, int va, byte[] src, int off, int len) {
        for (int i = 0; i < len; i++) {
            int leaf = spaces.leaf(root, va + i);
            int pa = (leaf >>> 10) << 12 | ((va + i) & 0xfff);
            mem.write8(pa, src[off + i]);
        }
    }

    /**
     * The argument block: argv[0..argc-1] as offsets from the block's start, a NULL, then the
     * strings. {@link #fixUpPointers} turns the offsets into addresses once the block is placed.
     */
    private static byte[] argumentBlock(List<String> args) {
        int pointers = 4 * (args.size() + 1);
        int size = pointers;
        for (String a : args) {
            size += a.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        if (size > MAX_ARGS_BYTES) {
            return null;
        }
        byte[] block = new byte[size];
        int strings = pointers;
        for (int i = 0; i < args.size(); i++) {
            putWord(block, 4 * i, strings);
            byte[] s = args.get(i).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(s, 0, block, strings, s.length);
            strings += s.length + 1;
        }
        return block;
    }

    private void fixUpPointers(int root, int base, int argc) {
        for (int i = 0; i < argc; i++) {
            int slot = spaces.translate(root, base + 4 * i, true);
            mem.write32(slot, base + mem.read32(slot));
        }
    }

    private static void putWord(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }
}
