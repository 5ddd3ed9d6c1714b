package org.minnow.kernel.ipc;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * Deadlock detection (kernel/proc.c, deadlock()): before a process blocks, follow the chain of
 * whom each process is waiting on. If it comes back to the caller, blocking would close a cycle
 * in which nobody can ever run, and the call fails with ELOCKED instead. The one legal cycle
 * is a pair where one side sends and the other receives from it: that is a rendezvous about to
 * happen, not a deadlock. A process that would wait for itself is the smallest cycle of all:
 * Minnow reports it as ELOCKED too (MINIX's walk starts at the partner and misses it).
 */
public final class Deadlock {
    private final ProcTable procs;

    public Deadlock(ProcTable procs) {
        this.procs = procs;
    }

    /** Whom slot {@code p} is blocked on (MINIX's P_BLOCKEDON): its send target, else its source, else NONE. */
    public int blockedOn(int p) {
        int flags = procs.rtsFlags(p);
        if ((flags & RtsFlags.SENDING) != 0) {
            return procs.sendTo(p);
        }
        if ((flags & RtsFlags.RECEIVING) != 0) {
            return procs.getFrom(p);
        }
        return Endpoints.NONE;
    }

    /**
     * The size of the cycle that {@code caller} would close by blocking in {@code function}
     * (SEND or RECEIVE) on {@code partnerE}, or 0 if blocking is safe.
     */
    public int check(int function, int caller, int partnerE) {
        int callerE = procs.endpoint(caller);
        if (partnerE == callerE) {
            return 1;
        }
        int groupSize = 1;
        int next = partnerE;
        while (next != Endpoints.ANY) {
            int xp = procs.slotOf(next);
            if (xp == Integer.MIN_VALUE) {
                return 0;
            }
            groupSize++;
            next = blockedOn(xp);
            if (next == Endpoints.NONE) {
                return 0;
            }
            if (next == callerE) {
                int flagOfFunction = function == Ipc.SEND ? RtsFlags.SENDING : RtsFlags.RECEIVING;
                if (groupSize == 2 && ((procs.rtsFlags(xp) ^ flagOfFunction) & RtsFlags.SENDING) != 0) {
                    return 0;
                }
                return groupSize;
            }
            if (groupSize > ProcTable.END - ProcTable.FIRST) {
                return 0; // cannot happen: a chain longer than the table would repeat without the caller
            }
        }
        return 0;
    }
}
