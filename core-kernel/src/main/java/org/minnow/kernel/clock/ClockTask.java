package org.minnow.kernel.clock;

import org.minnow.hw.dev.Clint;
import org.minnow.hw.machine.MemoryMap;
import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.ipc.Notifications;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.Scheduler;

/**
 * The clock (kernel/clock.c): the CLINT's timer interrupts HZ times a second. Each tick counts
 * the uptime, charges the tick to the running process, lets the scheduler end its quantum, and
 * delivers expired alarms as notifications from CLOCK. Time is the CLINT's mtime, which runs at
 * 10 MHz of simulated time, so a tick is every 10,000,000 / HZ mtime units.
 */
public final class ClockTask {
    public static final long MTIME_PER_TICK = 10_000_000L / Config.HZ;
    private static final int MTIMECMP = MemoryMap.CLINT + Clint.MTIMECMP;
    private static final int MTIME = MemoryMap.CLINT + Clint.MTIME;

    private final KernelMemory mem;
    private final ProcTable procs;
    private final PrivTable privs;
    private final Scheduler sched;
    private final Notifications notifications;
    private final CodeFootprint footprint;
    private final EventLog events;
    private final org.minnow.hw.cpu.Hart hart;

    public ClockTask(KernelMemory mem, ProcTable procs, PrivTable privs, Scheduler sched, Notifications notifications,
                     CodeFootprint footprint, EventLog events, org.minnow.hw.cpu.Hart hart) {
        this.mem = mem;
        this.procs = procs;
        this.privs = privs;
        this.sched = sched;
        this.notifications = notifications;
        this.footprint = footprint;
        this.events = events;
        this.hart = hart;
    }

    /** Boot: uptime 0, the first tick one period from now. */
    public void init() {
        write64(Globals.UPTIME, 0);
        write64(Globals.NEXT_ALARM, 0);
        long next = mtime() + MTIME_PER_TICK;
        write64(Globals.NEXT_TICK, next);
        program(next);
    }

    /** Ticks since boot. */
    public long uptime() {
        return read64(Globals.UPTIME);
    }

    /**
     * The timer interrupt. {@code current} is the slot that was running (IDLE if none).
     *
     * @return whether the running process's quantum ran out
     */
    public boolean tick(int current) {
        footprint.run(KernelRoutine.CLOCK_HANDLER);
        long now = mtime();
        long next = read64(Globals.NEXT_TICK);
        long ticks = 0;
        while (now >= next) {
            ticks++;
            next += MTIME_PER_TICK;
        }
        if (ticks == 0) {
            return false; // not our deadline yet (the comparator was touched by someone else)
        }
        write64(Globals.NEXT_TICK, next);
        program(next);
        long uptime = uptime() + ticks;
        write64(Globals.UPTIME, uptime);
        events.emit(hart.cycles(), EventKind.CLOCK, Endpoints.CLOCK, Endpoints.NONE, 0, 0, (int) uptime, null, null);
        boolean expired = false;
        if (current >= 0) {
            procs.write(current, ProcTable.USER_TIME, procs.read(current, ProcTable.USER_TIME) + (int) ticks);
            int id = procs.privId(current);
            boolean preemptible = (privs.flags(id) & PrivTable.PREEMPTIBLE) != 0;
            for (long t = 0; t < ticks && !expired; t++) {
                expired = sched.tick(current, preemptible);
            }
        }
        expireAlarms(uptime);
        return expired;
    }

    /**
     * SYS_SETALARM for system process {@code p}: a new alarm replaces the old one; 0 cancels.
     *
     * @return ticks that were left on the previous alarm (0 if none)
     */
    public long setAlarm(int p, long expTicks, boolean absolute) {
        int id = procs.privId(p);
        long uptime = uptime();
        long old = privs.read64(id, PrivTable.ALARM);
        long left = old == 0 || old <= uptime ? 0 : old - uptime;
        long expiry = expTicks == 0 ? 0 : absolute ? expTicks : uptime + expTicks;
        privs.write64(id, PrivTable.ALARM, expiry);
        long earliest = read64(Globals.NEXT_ALARM);
        if (expiry != 0 && (earliest == 0 || expiry < earliest)) {
            write64(Globals.NEXT_ALARM, expiry);
        }
        return left;
    }

    private void expireAlarms(long uptime) {
        long earliest = read64(Globals.NEXT_ALARM);
        if (earliest == 0 || earliest > uptime) {
            return;
        }
        long nextEarliest = 0;
        for (int id = 0; id < Config.NR_SYS_PROCS; id++) {
            long alarm = privs.read64(id, PrivTable.ALARM);
            if (alarm == 0) {
                continue;
            }
            if (alarm <= uptime) {
                privs.write64(id, PrivTable.ALARM, 0);
                int owner = privs.read(id, PrivTable.PROC_NR);
                if (ProcTable.isSlot(owner) && !procs.isFree(owner)) {
                    notifications.notify(Endpoints.CLOCK, procs.endpoint(owner));
                }
            } else if (nextEarliest == 0 || alarm < nextEarliest) {
                nextEarliest = alarm;
            }
        }
        write64(Globals.NEXT_ALARM, nextEarliest);
    }

    private long mtime() {
        long lo = Integer.toUnsignedLong(mem.mmioRead32(MTIME));
        long hi = Integer.toUnsignedLong(mem.mmioRead32(MTIME + 4));
        return hi << 32 | lo;
    }

    private void program(long when) {
        mem.mmioWrite32(MTIMECMP + 4, -1);
        mem.mmioWrite32(MTIMECMP, (int) when);
        mem.mmioWrite32(MTIMECMP + 4, (int) (when >>> 32));
    }

    private long read64(int field) {
        return Integer.toUnsignedLong(mem.read32(Layout.GLOBALS + field)) | (long) mem.read32(Layout.GLOBALS + field + 4) << 32;
    }

    private void write64(int field, long v) {
        mem.write32(Layout.GLOBALS + field, (int) v);
        mem.write32(Layout.GLOBALS + field + 4, (int) (v >>> 32));
    }
}
