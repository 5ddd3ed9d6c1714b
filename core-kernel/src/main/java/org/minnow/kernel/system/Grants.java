package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.proc.PrivTable;

/**
 * Memory grants (include/minix/safecopies.h; kernel/system/do_safecopy.c, verify_grant). A
 * process lets another one read or write a piece of its memory by writing a grant into a table
 * in its own memory and telling the kernel where the table is (SYS_SETGRANT); the other process
 * then names the piece by (granter, grant id) in SYS_SAFECOPYFROM/TO, SYS_VSAFECOPY,
 * SYS_SAFEMEMSET or SYS_UMAP, and never learns an address of the granter's.
 *
 * <p>The table is an array of {@code cp_grant_t}, laid out as a C compiler for Minnow (ilp32)
 * lays out MINIX 3.4's struct, 28 bytes, every field a 4-byte int:
 * <pre>
 *   typedef int cp_grant_id_t;          // GRANT_ID(index, seq) = seq &lt;&lt; 20 | index
 *   typedef struct {
 *       int cp_flags;                   //  0  CPF_READ 0x1, CPF_WRITE 0x2, CPF_TRY 0x10, CPF_USED 0x100,
 *                                       //     CPF_DIRECT 0x200, CPF_INDIRECT 0x400, CPF_MAGIC 0x800,
 *                                       //     CPF_VALID 0x1000
 *       int cp_seq;                     //  4  must equal GRANT_SEQ(id) = (id &gt;&gt; 20) &amp; 2047
 *       union {                         //  8
 *           struct { endpoint_t cp_who_to; vir_bytes cp_start; size_t cp_len; } cp_direct;
 *           struct { endpoint_t cp_who_to, cp_who_from; cp_grant_id_t cp_grant; } cp_indirect;
 *           struct { endpoint_t cp_who_from, cp_who_to; vir_bytes cp_start; size_t cp_len; } cp_magic;
 *           struct { int cp_next; } cp_free;
 *       } cp_u;
 *       cp_grant_id_t cp_faulted;       // 24  the kernel writes the grant id here when a CPF_TRY copy faults
 *   } cp_grant_t;                       // 28 bytes
 * </pre>
 * A grant id is GRANT_IDX (the low 20 bits: the entry's index) and GRANT_SEQ (the next 11: the
 * entry's sequence number, which the granter changes when it reuses the entry, so an old id no
 * longer works).
 *
 * <p>Verification, in MINIX's order: a granter that is not a live process, or a negative grant
 * id, is EINVAL. No grant table, an index past its end, an entry that cannot be read, an entry
 * not USED and VALID, or another sequence number is EPERM. An indirect grant (a grant passed
 * on) is followed to the grant it names, at most five deep (ELOOP), each link having to name the
 * grantee (or ANY). The final grant must have the access asked for (only its bits count), name
 * the grantee (or ANY), and hold offset + bytes; else EPERM. A direct grant is of the granter's
 * own memory; a magic grant, of any process's memory, but only the file system (VFS, slot 1)
 * may make one (MINIX also allows MIB; Minnow has none), else EPERM.
 */
final class Grants {
    static final int CPF_READ = 0x1, CPF_WRITE = 0x2, CPF_TRY = 0x10, CPF_USED = 0x100, CPF_DIRECT = 0x200,
        CPF_INDIRECT = 0x400, CPF_MAGIC = 0x800, CPF_VALID = 0x1000;
    static final int GRANT_SHIFT = 20;
    static final int GRANT_MAX_IDX = 1 << GRANT_SHIFT;
    static final int ENTRY_SIZE = 28;
    static final int FLAGS = 0, SEQ = 4, UNION = 8, FAULTED = 24;
    static final int MAX_INDIRECT_DEPTH = 5;
    /** The one process whose magic grants the kernel honours. */
    static final int VFS_PROC_NR = 1;

    private final KernelContext k;

    // The outcome of the last successful verify: whose memory, where, and the final grant's entry.
    private int owner;
    private int address;
    private int finalGranter;
    private int finalEntry;
    private int finalFlags;
    private int finalGrant;

    Grants(KernelContext k) {
        this.k = k;
    }

    /** The slot of the process whose memory the last verified grant is of. */
    int owner() {
        return owner;
    }

    /** The address, in the owner's memory, of the first byte the last verified grant gives (start + offset). */
    int address() {
        return address;
    }

    /**
     * verify_grant: may {@code granteeE} have {@code access} to {@code bytes} bytes at
     * {@code offset} in grant {@code grant} of {@code granterE}? OK (then {@link #owner} and
     * {@link #address} say where), or EINVAL, EPERM, ELOOP as the class comment says.
     */
    int verify(int granterE, int granteeE, int grant, int bytes, int access, int offset) {
        for (int depth = 0; ; depth++) {
            int g = k.procs.slotOf(granterE);
            if (g == Integer.MIN_VALUE || grant < 0) {
                return Errors.EINVAL;
            }
            int entry = entryAddress(g, granterE, grant);
            if (entry == 0) {
                return Errors.EPERM;
            }
            int root = k.procs.root(g);
            int flags = k.copy.readWord(root, entry + FLAGS, 0);
            if ((flags & (CPF_USED | CPF_VALID)) != (CPF_USED | CPF_VALID)
                    || k.copy.readWord(root, entry + SEQ, -1) != (grant >>> GRANT_SHIFT)) {
                return Errors.EPERM;
            }
            if ((flags & CPF_INDIRECT) == 0) {
                finalGranter = g;
                finalEntry = entry;
                finalFlags = flags;
                finalGrant = grant;
                return checkFinal(g, root, entry, flags, granteeE, bytes, access, offset);
            }
            if (depth == MAX_INDIRECT_DEPTH) {
                return Errors.ELOOP;
            }
            if (!names(k.copy.readWord(root, entry + UNION, 0), granteeE)) {
                return Errors.EPERM;
            }
            granteeE = granterE;
            granterE = k.copy.readWord(root, entry + UNION + 4, Endpoints.NONE);
            grant = k.copy.readWord(root, entry + UNION + 8, -1);
        }
    }

    /**
     * The address of grant {@code grant}'s entry in granter {@code g}'s memory, or 0 if it has no
     * table, the index is past its end, or the entry cannot be read.
     */
    private int entryAddress(int g, int granterE, int grant) {
        int id = k.procs.privId(g);
        if (id < 0) {
            return 0;
        }
        int table = k.privs.read(id, PrivTable.GRANT_TABLE);
        int entries = k.privs.read(id, PrivTable.GRANT_ENTRIES);
        int index = grant & (GRANT_MAX_IDX - 1);
        if (entries <= 0 || k.privs.read(id, PrivTable.GRANT_ENDPOINT) != granterE || index >= entries) {
            return 0;
        }
        long entry = Integer.toUnsignedLong(table) + (long) index * ENTRY_SIZE;
        if (entry + ENTRY_SIZE > 0x1_0000_0000L || !k.copy.accessible(k.procs.root(g), (int) entry, ENTRY_SIZE, false)) {
            return 0;
        }
        return (int) entry;
    }

    /** Steps 6 to 9 of verify_grant, on the grant that is not indirect. */
    private int checkFinal(int g, int root, int entry, int flags, int granteeE, int bytes, int access, int offset) {
        if ((flags & access) != access) {
            return Errors.EPERM;
        }
        int whoTo;
        int start;
        int len;
        int memory;
        if ((flags & CPF_DIRECT) != 0) {
            whoTo = k.copy.readWord(root, entry + UNION, 0);
            start = k.copy.readWord(root, entry + UNION + 4, 0);
            len = k.copy.readWord(root, entry + UNION + 8, 0);
            memory = g;
        } else if ((flags & CPF_MAGIC) != 0) {
            if (g != VFS_PROC_NR || !k.privs.isSystem(k.procs.privId(g))) {
                return Errors.EPERM;
            }
            memory = k.procs.slotOf(k.copy.readWord(root, entry + UNION, Endpoints.NONE));
            whoTo = k.copy.readWord(root, entry + UNION + 4, 0);
            start = k.copy.readWord(root, entry + UNION + 8, 0);
            len = k.copy.readWord(root, entry + UNION + 12, 0);
            if (memory == Integer.MIN_VALUE || memory < 0) {
                return Errors.EPERM; // the memory's owner is gone (or is a kernel task, which has none)
            }
        } else {
            return Errors.EPERM;
        }
        long first = Integer.toUnsignedLong(start);
        long length = Integer.toUnsignedLong(len);
        if (first + length > 0x1_0000_0000L || !names(whoTo, granteeE)
                || Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(bytes) > length) {
            return Errors.EPERM;
        }
        owner = memory;
        address = start + offset;
        return Errors.OK;
    }

    /** Whether a grant for {@code whoTo} is good for {@code granteeE}: the same, or either is ANY. */
    private static boolean names(int whoTo, int granteeE) {
        return whoTo == granteeE || whoTo == Endpoints.ANY || granteeE == Endpoints.ANY;
    }

    /**
     * The copy of SYS_SAFECOPYFROM (granter → caller) and SYS_SAFECOPYTO (caller → granter):
     * {@code bytes} at {@code offset} in the grant, to or from {@code callerVa} in the caller.
     * A granter of NONE is EFAULT; then verify's errors; then EFAULT if either side cannot be
     * read or written (a CPF_TRY grant then gets its id in cp_faulted, if the granter's side
     * was at fault).
     */
    int copy(int caller, int granterE, int grant, int offset, int callerVa, int bytes, boolean fromGranter) {
        if (granterE == Endpoints.NONE) {
            return Errors.EFAULT;
        }
        int r = verify(granterE, k.procs.endpoint(caller), grant, bytes, fromGranter ? CPF_READ : CPF_WRITE, offset);
        if (r != Errors.OK) {
            return r;
        }
        int ownerRoot = k.procs.root(owner);
        int callerRoot = k.procs.root(caller);
        if (!k.copy.accessible(ownerRoot, address, bytes, !fromGranter)) {
            markFaulted();
            return Errors.EFAULT;
        }
        boolean ok = fromGranter ? k.copy.userToUser(ownerRoot, address, callerRoot, callerVa, bytes)
                : k.copy.userToUser(callerRoot, callerVa, ownerRoot, address, bytes);
        return ok ? Errors.OK : Errors.EFAULT;
    }

    /**
     * After a fault on the granter's side of the last verified grant: if it is a CPF_TRY grant,
     * its id goes into its entry's cp_faulted, so the granter can tell (cpf_revoke says GRANT_FAULTED).
     */
    void markFaulted() {
        if ((finalFlags & CPF_TRY) == 0) {
            return;
        }
        int pa = k.spaces.translate(k.procs.root(finalGranter), finalEntry + FAULTED, true);
        if (pa != 0) {
            k.mem.write32(pa, finalGrant);
        }
    }
}
