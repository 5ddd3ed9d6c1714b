package org.minnow.kernel.system;

import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.Signals;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_EXIT (kernel/system/do_exit.c): a system process asks to exit. As in MINIX it raises
 * SIGABRT at itself, so its signal manager (RS) sees the exit and decides what happens next; a
 * process without a live manager is cleared at once. There is no reply.
 */
final class DoExit implements KernelCall {
    private final KernelContext k;

    DoExit(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_EXIT);
        k.signals.causeSig(caller, Signals.SIGABRT);
        return Errors.EDONTREPLY;
    }
}
