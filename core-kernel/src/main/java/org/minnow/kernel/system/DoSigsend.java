package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.Signals;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.ipc.Message;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_SIGSEND (kernel/system/do_sigsend.c): PM makes a process run a signal handler. The kernel
 * saves the process's registers and pc in a {@link SigFrame} pushed on its user stack, then sets
 * it to resume in the handler as if called: pc = handler, a0 = the signal number, a1 = the
 * frame, ra = the return trampoline (libc's, which asks PM for sigreturn), sp = the frame.
 * MINIX passes a struct sigmsg through a pointer; Minnow puts its fields in the message:
 * <pre>
 *   in   SIG_ENDPT      m2_i1   the process
 *        SIG_NUMBER     m2_i2   the signal, 1..64
 *        sm_sighandler  m2_i3   the handler's address
 *        sm_sigreturn   m2_l1   the trampoline's address
 *        sm_mask        m2_l2   the signal mask to keep in the frame
 *        (Minnow)       m2_ll1  the answer (m_type, low word) to a call the process waits on
 *                               the caller for; see below
 *   out  SIG_CTXT_PTR   m2_p1   the frame's address in the process
 * </pre>
 * A process waiting in SENDREC for the caller's answer (a kill() of itself, a waitpid) gets it
 * first: m_source = the caller, m_type = m2_ll1 in its message buffer, its IPC call returns OK,
 * and the frame saves it so; PM must not answer it again. A process blocked in any other IPC is
 * EBUSY (Minnow): the answer would land in the handler's registers. EINVAL: no such process or
 * signal; EPERM: a kernel task. EFAULT: the frame cannot be written below sp (or the answer
 * delivered); the process is left as it was.
 */
final class DoSigsend implements KernelCall {
    private final KernelContext k;

    DoSigsend(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SIGSEND);
        int e = k.mem.read32(msg + Fields.M2_I1);
        int sig = k.mem.read32(msg + Fields.M2_I2);
        int p = e == Endpoints.SELF ? caller : k.procs.slotOf(e);
        if (p == Integer.MIN_VALUE || sig < 1 || sig > Signals.NSIG) {
            return Errors.EINVAL;
        }
        if (p < 0) {
            return Errors.EPERM;
        }
        boolean waitsForCaller = waitsForAnswerFrom(p, caller);
        if (!waitsForCaller && k.procs.has(p, RtsFlags.SENDING | RtsFlags.RECEIVING)) {
            return Errors.EBUSY;
        }
        int frame = (k.procs.reg(p, 2) - SigFrame.BYTES) & ~15;
        int root = k.procs.root(p);
        int buffer = k.procs.read(p, ProcTable.DELIVER_VIR);
        if (!k.copy.accessible(root, frame, SigFrame.BYTES, true)
                || waitsForCaller && !k.copy.accessible(root, buffer, Message.SIZE, true)) {
            return Errors.EFAULT;
        }
        if (waitsForCaller) {
            answer(p, caller, root, buffer, k.mem.read32(msg + Fields.M2_LL1));
        }
        writeFrame(p, root, frame, sig, k.mem.read32(msg + Fields.M2_L2));
        k.procs.setPc(p, k.mem.read32(msg + Fields.M2_I3));
        k.procs.setReg(p, 1, k.mem.read32(msg + Fields.M2_L1));
        k.procs.setReg(p, 2, frame);
        k.procs.setReg(p, 10, sig);
        k.procs.setReg(p, 11, frame);
        k.mem.write32(msg + Fields.M2_P1, frame);
        return Errors.OK;
    }

    /** Whether {@code p} is in SENDREC, its request taken, waiting for the answer of {@code caller}. */
    private boolean waitsForAnswerFrom(int p, int caller) {
        return k.procs.has(p, RtsFlags.RECEIVING) && !k.procs.has(p, RtsFlags.SENDING)
                && k.procs.hasMisc(p, RtsFlags.MF_REPLY_PEND) && k.procs.getFrom(p) == k.procs.endpoint(caller);
    }

    /** Ends p's SENDREC with an answer of type {@code type} from the caller (buffer checked writable). */
    private void answer(int p, int caller, int root, int buffer, int type) {
        k.mem.write32(k.spaces.translate(root, buffer + Message.M_SOURCE, true), k.procs.endpoint(caller));
        k.mem.write32(k.spaces.translate(root, buffer + Message.M_TYPE, true), type);
        k.procs.setReg(p, Ipc.REG_RESULT, Errors.OK);
        k.procs.clearMisc(p, RtsFlags.MF_REPLY_PEND);
        k.sched.unblock(p, RtsFlags.RECEIVING);
    }

    /** Saves the process's pc and registers in a frame at {@code frame} (checked writable). */
    private void writeFrame(int p, int root, int frame, int sig, int mask) {
        putWord(root, frame, SigFrame.WORD_MAGIC, SigFrame.MAGIC);
        putWord(root, frame, SigFrame.WORD_SIGNO, sig);
        putWord(root, frame, SigFrame.WORD_MASK, mask);
        putWord(root, frame, SigFrame.WORD_PC, k.procs.pc(p));
        for (int r = 1; r < 32; r++) {
            putWord(root, frame, SigFrame.WORD_X1 + r - 1, k.procs.reg(p, r));
        }
    }

    private void putWord(int root, int frame, int word, int value) {
        k.mem.write32(k.spaces.translate(root, frame + 4 * word, true), value);
    }
}
