package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_SIGRETURN (kernel/system/do_sigreturn.c): a process's signal handler is done; PM asks the
 * kernel to restore the registers and pc that SYS_SIGSEND saved in the {@link SigFrame}. As with
 * exec, the process does not get a reply to the request that led here (its sigreturn call to
 * PM): its wait for one ends, and it goes on where the signal interrupted it.
 * <pre>
 *   in   SIG_ENDPT      m2_i1   the process
 *        SIG_CTXT_PTR   m2_p1   the frame's address in the process
 *   out  sm_mask        m2_l2   the signal mask kept in the frame (for PM to restore)
 * </pre>
 * EINVAL: no such process, or the frame does not hold the magic word; EPERM: a kernel task;
 * EFAULT: the frame cannot be read. On an error the process is as it was.
 */
final class DoSigreturn implements KernelCall {
    private final KernelContext k;

    DoSigreturn(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SIGRETURN);
        int e = k.mem.read32(msg + Fields.M2_I1);
        int frame = k.mem.read32(msg + Fields.M2_P1);
        int p = e == Endpoints.SELF ? caller : k.procs.slotOf(e);
        if (p == Integer.MIN_VALUE) {
            return Errors.EINVAL;
        }
        if (p < 0) {
            return Errors.EPERM;
        }
        int root = k.procs.root(p);
        if ((frame & 3) != 0 || !k.copy.accessible(root, frame, SigFrame.BYTES, false)) {
            return Errors.EFAULT;
        }
        if (word(root, frame, SigFrame.WORD_MAGIC) != SigFrame.MAGIC) {
            return Errors.EINVAL;
        }
        for (int r = 1; r < 32; r++) {
            k.procs.setReg(p, r, word(root, frame, SigFrame.WORD_X1 + r - 1));
        }
        k.procs.setPc(p, word(root, frame, SigFrame.WORD_PC));
        k.mem.write32(msg + Fields.M2_L2, word(root, frame, SigFrame.WORD_MASK));
        endIpcWait(p);
        return p == caller ? Errors.EDONTREPLY : Errors.OK;
    }

    /** The process gets no reply to the call that brought it here (as after exec). */
    private void endIpcWait(int p) {
        if (k.procs.has(p, RtsFlags.SENDING)) {
            k.style.dropFromQueue(p);
        }
        k.procs.clearMisc(p, RtsFlags.MF_REPLY_PEND);
        k.sched.unblock(p, RtsFlags.SENDING | RtsFlags.RECEIVING);
    }

    private int word(int root, int frame, int word) {
        return k.mem.read32(k.spaces.translate(root, frame + 4 * word, false));
    }
}
