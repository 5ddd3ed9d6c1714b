package org.minnow.kernel.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.boot.ProcessLoader;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_EXEC (kernel/system/do_exec.c): a process gets a new program. In MINIX, VFS reads the
 * executable and VM builds the new address space, then PM asks the kernel only to set the new
 * pc and stack. Minnow has no VM server, so its exec does the whole job: the caller (PM) hands
 * the kernel the executable and the arguments from its own memory, and the kernel builds the new
 * address space from them (as at boot), swaps it in and frees the old one.
 * <pre>
 *   in   PR_ENDPT      m1_i1   the process that gets the program (SELF: the caller)
 *        PR_ELF_PTR    m1_p1   Minnow: the executable (ELF32, RISC-V) in the caller's memory
 *        PR_ELF_LEN    m1_i2   Minnow: its length in bytes, 1..MAX_ELF_BYTES
 *        PR_ARGS_PTR   m1_p2   Minnow: the arguments in the caller's memory: NUL-terminated
 *                              strings one after the other, the list ended by an empty string
 *                              ("sh\0-c\0ls\0\0"); bytes after that end are ignored
 *        PR_ARGS_LEN   m1_i3   Minnow: the length of that block, 1..ProcessLoader.MAX_ARGS_BYTES
 *        PR_NAME_PTR   m1_p3   the process's new name, NUL-terminated (15 characters are kept)
 * </pre>
 * The process starts at the program's entry point with fresh registers: sp at its argument
 * vector, a0 = argc, a1 = argv (as at boot: see {@link ProcessLoader}), its heap empty at the
 * program's end. As in MINIX it does not get a reply to the request that led to the exec: a
 * wait in RECEIVE (the SENDREC to PM) ends, and so does a send in progress. Signals and
 * notifications pending for it stay. Exec of the caller itself answers nothing (EDONTREPLY):
 * the caller simply goes on in its new program.
 * <p>EINVAL: the target is not a live process (or is a kernel task), a length is out of range,
 * the argument list has no empty string to end it, or the name is empty. E2BIG: the arguments
 * do not fit in the argument page. EFAULT: the executable, arguments or name cannot be read.
 * ENOEXEC: not an RV32 executable Minnow can load. ENOMEM: no memory for the new program. On an
 * error the process is as it was. The event is PROC_CREATED (type SYS_EXEC, the new name).
 */
final class DoExec implements KernelCall {
    /** The largest executable exec reads (the whole file is read into the kernel at once). */
    static final int MAX_ELF_BYTES = 4 << 20;

    private final KernelContext k;
    private final ProcessLoader loader;

    DoExec(KernelContext k) {
        this.k = k;
        this.loader = new ProcessLoader(k.mem, k.spaces);
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_EXEC);
        int e = k.mem.read32(msg + Fields.M1_I1);
        int p = e == Endpoints.SELF ? caller : k.procs.slotOf(e);
        int elfPtr = k.mem.read32(msg + Fields.M1_P1);
        int elfLen = k.mem.read32(msg + Fields.M1_I2);
        int argsPtr = k.mem.read32(msg + Fields.M1_P2);
        int argsLen = k.mem.read32(msg + Fields.M1_I3);
        int namePtr = k.mem.read32(msg + Fields.M1_P3);
        if (p == Integer.MIN_VALUE || p < 0 || elfLen < 1 || elfLen > MAX_ELF_BYTES || argsLen < 1) {
            return Errors.EINVAL;
        }
        if (argsLen > ProcessLoader.MAX_ARGS_BYTES) {
            return Errors.E2BIG;
        }
        int root = k.procs.root(caller);
        byte[] elf = new byte[elfLen];
        byte[] argBlock = new byte[argsLen];
        if (!k.copy.fromUser(root, elfPtr, elf, elfLen) || !k.copy.fromUser(root, argsPtr, argBlock, argsLen)) {
            return Errors.EFAULT;
        }
        String name = readName(root, namePtr);
        if (name == null) {
            return Errors.EFAULT;
        }
        List<String> args = parseArgs(argBlock);
        if (args == null || name.isEmpty()) {
            return Errors.EINVAL;
        }
        ProcessLoader.Loaded loaded = loader.load(elf, name, args);
        if (loaded.error() != Errors.OK) {
            return loaded.error();
        }
        replaceProgram(p, loaded, name);
        k.events.emit(k.hart.cycles(), EventKind.PROC_CREATED, k.procs.endpoint(p), k.procs.endpoint(caller),
                SysCalls.SYS_EXEC, Errors.OK, p, null, name);
        return p == caller ? Errors.EDONTREPLY : Errors.OK;
    }

    /** Swaps in the new address space and registers, ends the IPC the process was blocked in, frees the old memory. */
    private void replaceProgram(int p, ProcessLoader.Loaded l, String name) {
        int oldRoot = k.procs.root(p);
        k.procs.write(p, ProcTable.ROOT, l.root());
        k.procs.write(p, ProcTable.SATP, AddressSpace.satp(l.root(), p + Config.NR_TASKS));
        k.procs.write(p, ProcTable.HEAP_START, l.programEnd());
        k.procs.write(p, ProcTable.BRK, l.programEnd());
        for (int r = 1; r < 32; r++) {
            k.procs.setReg(p, r, 0);
        }
        k.procs.setPc(p, l.entry());
        k.procs.setReg(p, 2, l.sp());
        k.procs.setReg(p, Ipc.REG_ENDPOINT, l.argc());
        k.procs.setReg(p, Ipc.REG_MESSAGE, l.argv());
        k.procs.setName(p, name);
        if (k.procs.has(p, RtsFlags.SENDING)) {
            k.style.dropFromQueue(p);
        }
        k.procs.clearMisc(p, RtsFlags.MF_REPLY_PEND);
        k.sched.unblock(p, RtsFlags.SENDING | RtsFlags.RECEIVING);
        if (oldRoot != 0) {
            k.spaces.destroy(oldRoot);
        }
    }

    /** The NUL-terminated name at {@code va} (at most 15 characters kept), or null if it cannot be read. */
    private String readName(int root, int va) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ProcTable.NAME_BYTES - 1; i++) {
            int pa = k.spaces.translate(root, va + i, false);
            if (pa == 0) {
                return null;
            }
            int c = k.mem.read8(pa);
            if (c == 0) {
                break;
            }
            s.append((char) c);
        }
        return s.toString();
    }

    /** The strings of an argument block, up to the empty one that ends the list; null if there is none. */
    static List<String> parseArgs(byte[] block) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < block.length; i++) {
            if (block[i] != 0) {
                continue;
            }
            if (i == start) {
                return args;
            }
            args.add(new String(block, start, i - start, StandardCharsets.UTF_8));
            start = i + 1;
        }
        return null;
    }
}
