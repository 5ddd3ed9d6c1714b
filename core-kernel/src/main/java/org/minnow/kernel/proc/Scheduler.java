package org.minnow.kernel.proc;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.Layout;

/**
 * MINIX's scheduler (kernel/proc.c: enqueue, dequeue, pick_proc, and 3.1's sched): sixteen
 * ready queues by priority, 0 the highest, each first-in first-out, kept in RAM as linked lists
 * through p_nextready with head and tail in the kernel globals.
 *
 * <p>The process at the head of the highest non-empty queue runs, and stays at the head while
 * it runs; so a process that becomes ready at a higher priority preempts it at the next exit
 * from the kernel. A process whose quantum runs out gets a new one, drops one queue (not below
 * {@link Config#MIN_USER_Q}) if it is preemptible, and goes to the tail of its queue; a process
 * that blocks gets back its full priority, and on waking goes to the front of its queue if it
 * still has quantum left, as in MINIX 3.1. With no process ready, IDLE runs.
 */
public final class Scheduler {
    private final ProcTable procs;
    private final KernelMemory mem;

    public Scheduler(ProcTable procs) {
        this.procs = procs;
        this.mem = procs.memory();
    }

    /** Empties every queue (at boot). */
    public void init() {
        for (int q = 0; q < Config.NR_SCHED_QUEUES; q++) {
            mem.write32(head(q), 0);
            mem.write32(tail(q), 0);
        }
    }

    private static int head(int q) {
        return Layout.GLOBALS + Globals.READY_HEAD + 4 * q;
    }

    private static int tail(int q) {
        return Layout.GLOBALS + Globals.READY_TAIL + 4 * q;
    }

    /** Whether {@code p} is runnable (no RTS flag set). */
    public boolean runnable(int p) {
        return procs.rtsFlags(p) == 0;
    }

    /** Puts a process that became runnable in its queue: at the front if it has quantum left (MINIX 3.1). */
    public void enqueue(int p) {
        enqueue(p, procs.read(p, ProcTable.TICKS_LEFT) > 0);
    }

    private void enqueue(int p, boolean front) {
        int q = procs.priority(p);
        int link = ProcTable.link(p);
        int first = mem.read32(head(q));
        if (first == 0) {
            mem.write32(head(q), link);
            mem.write32(tail(q), link);
            procs.write(p, ProcTable.NEXT_READY, 0);
        } else if (front) {
            procs.write(p, ProcTable.NEXT_READY, first);
            mem.write32(head(q), link);
        } else {
            procs.write(ProcTable.unlink(mem.read32(tail(q))), ProcTable.NEXT_READY, link);
            procs.write(p, ProcTable.NEXT_READY, 0);
            mem.write32(tail(q), link);
        }
    }

    /** Takes a process out of its queue (it is no longer runnable). */
    public void dequeue(int p) {
        int q = procs.priority(p);
        int link = ProcTable.link(p);
        int prev = 0;
        for (int cur = mem.read32(head(q)); cur != 0; cur = procs.read(ProcTable.unlink(cur), ProcTable.NEXT_READY)) {
            if (cur == link) {
                int next = procs.read(p, ProcTable.NEXT_READY);
                if (prev == 0) {
                    mem.write32(head(q), next);
                } else {
                    procs.write(ProcTable.unlink(prev), ProcTable.NEXT_READY, next);
                }
                if (mem.read32(tail(q)) == link) {
                    mem.write32(tail(q), prev);
                }
                procs.write(p, ProcTable.NEXT_READY, 0);
                return;
            }
            prev = cur;
        }
    }

    /** The process to run next: the head of the highest non-empty queue, or IDLE. */
    public int pick() {
        for (int q = 0; q < Config.NR_SCHED_QUEUES; q++) {
            int first = mem.read32(head(q));
            if (first != 0) {
                return ProcTable.unlink(first);
            }
        }
        return Endpoints.IDLE;
    }

    /** Sets an RTS flag; a process that was runnable leaves its queue and gets its full priority back. */
    public void block(int p, int flag) {
        int before = procs.rtsFlags(p);
        procs.write(p, ProcTable.RTS_FLAGS, before | flag);
        if (before == 0 && flag != 0) {
            dequeue(p);
            procs.write(p, ProcTable.PRIORITY, procs.read(p, ProcTable.MAX_PRIORITY));
        }
    }

    /** Clears an RTS flag; a process that becomes runnable joins its queue. */
    public void unblock(int p, int flag) {
        int before = procs.rtsFlags(p);
        int after = before & ~flag;
        procs.write(p, ProcTable.RTS_FLAGS, after);
        if (before != 0 && after == 0) {
            enqueue(p);
        }
    }

    /**
     * A clock tick charged to running process {@code p}: when its quantum is used up it gets a new
     * one, drops a queue if it is preemptible, and goes to the back of its queue.
     *
     * @return whether the quantum ran out (so another process may run now)
     */
    public boolean tick(int p, boolean preemptible) {
        int left = procs.read(p, ProcTable.TICKS_LEFT) - 1;
        if (left > 0) {
            procs.write(p, ProcTable.TICKS_LEFT, left);
            return false;
        }
        procs.write(p, ProcTable.TICKS_LEFT, procs.read(p, ProcTable.QUANTUM_SIZE));
        if (runnable(p)) {
            dequeue(p);
        }
        int prio = procs.priority(p);
        if (preemptible && prio < Config.MIN_USER_Q) {
            procs.write(p, ProcTable.PRIORITY, prio + 1);
        }
        if (runnable(p)) {
            enqueue(p, false);
        }
        return true;
    }

    /** Changes a process's priority and quantum (schedctl), keeping its place in the queues right. */
    public void setSchedule(int p, int priority, int quantum) {
        boolean wasQueued = runnable(p);
        if (wasQueued) {
            dequeue(p);
        }
        procs.write(p, ProcTable.PRIORITY, priority);
        procs.write(p, ProcTable.MAX_PRIORITY, priority);
        procs.write(p, ProcTable.QUANTUM_SIZE, quantum);
        procs.write(p, ProcTable.TICKS_LEFT, quantum);
        if (wasQueued) {
            enqueue(p, false);
        }
    }

    /** The processes in queue {@code q}, head first (for the workbench and the tests). */
    public java.util.List<Integer> queue(int q) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int cur = mem.read32(head(q)); cur != 0; cur = procs.read(ProcTable.unlink(cur), ProcTable.NEXT_READY)) {
            out.add(ProcTable.unlink(cur));
            if (out.size() > ProcTable.END - ProcTable.FIRST) {
                throw new IllegalStateException("Scheduler.queue: queue " + q + " has a cycle");
            }
        }
        return out;
    }
}
