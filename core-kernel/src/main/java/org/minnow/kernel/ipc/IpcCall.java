package org.minnow.kernel.ipc;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * The IPC system call (kernel/proc.c: do_ipc and do_sync_ipc): reads the call from the caller's
 * registers, makes MINIX's checks in MINIX's order, and hands the call to the IPC style. Every
 * check has its error code:
 * <ol>
 *   <li>unknown call number: EBADCALL;</li>
 *   <li>SENDA by a non-system process: EPERM; a table of more than MAX_ASYN_ENTRIES: EDOM;</li>
 *   <li>ANY with anything but RECEIVE: EINVAL;</li>
 *   <li>an endpoint that is not alive (empty slot, or an old generation): EDEADSRCDST;</li>
 *   <li>a destination outside the caller's s_ipc_to (not checked for RECEIVE): ECALLDENIED;</li>
 *   <li>a call outside the caller's trap mask: ETRAPDENIED;</li>
 *   <li>to a kernel task, only SENDREC (a kernel call to SYSTEM) and RECEIVE: ETRAPDENIED;</li>
 *   <li>a message address the caller cannot read (send) or write (receive): EFAULT.</li>
 * </ol>
 * SENDREC to SYSTEM is a kernel call, carried out at once ({@link KernelCallGate}).
 */
public final class IpcCall {
    private final Delivery d;
    private final IpcStyle style;
    private final Notifications notifications;
    private final AsyncMessages async;
    private final KernelCallGate kernelCalls;
    private final CodeFootprint footprint;
    private final int[] status = new int[1];
    private final int[] replyStatus = new int[1];

    public IpcCall(Delivery d, IpcStyle style, Notifications notifications, AsyncMessages async,
                   KernelCallGate kernelCalls, CodeFootprint footprint) {
        this.d = d;
        this.style = style;
        this.notifications = notifications;
        this.async = async;
        this.kernelCalls = kernelCalls;
        this.footprint = footprint;
    }

    /** Carries out the IPC call process {@code caller} made with ecall; its result goes into its a0 (and a1). */
    public void doIpc(int caller) {
        footprint.run(KernelRoutine.DO_IPC);
        int call = d.procs.reg(caller, Ipc.REG_CALL);
        int partner = d.procs.reg(caller, Ipc.REG_ENDPOINT);
        int va = d.procs.reg(caller, Ipc.REG_MESSAGE);
        status[0] = -1;
        int result;
        switch (call) {
            case Ipc.SEND: case Ipc.RECEIVE: case Ipc.SENDREC: case Ipc.NOTIFY: case Ipc.SENDNB:
                result = syncIpc(caller, call, partner, va);
                break;
            case Ipc.SENDA:
                result = partner < 0 || partner > Config.MAX_ASYN_ENTRIES ? Errors.EDOM : async.senda(caller, va, partner);
                break;
            default:
                result = Errors.EBADCALL;
        }
        if (result == Errors.EDONTREPLY) {
            return;
        }
        d.procs.setReg(caller, Ipc.REG_RESULT, result);
        if (status[0] >= 0) {
            d.procs.setReg(caller, Ipc.REG_STATUS, status[0]);
        }
        if (result != Errors.OK) {
            d.event(EventKind.IPC_ERROR, d.procs.endpoint(caller), partner, call, result, call);
        }
    }

    private int syncIpc(int caller, int call, int partnerE, int va) {
        int callerE = d.procs.endpoint(caller);
        int partner;
        if (partnerE == Endpoints.SELF) {
            partnerE = callerE;
        }
        if (partnerE == Endpoints.ANY) {
            if (call != Ipc.RECEIVE) {
                return Errors.EINVAL;
            }
            partner = Integer.MIN_VALUE;
        } else {
            partner = d.procs.slotOf(partnerE);
            if (partner == Integer.MIN_VALUE) {
                return Errors.EDEADSRCDST;
            }
            if (call != Ipc.RECEIVE && !isKernelCall(call, partner) && !d.maySendTo(caller, partner)) {
                return Errors.ECALLDENIED;
            }
        }
        int trapMask = d.privs.read(d.privOf(caller), PrivTable.TRAP_MASK);
        if ((trapMask & (1 << call)) == 0) {
            return Errors.ETRAPDENIED;
        }
        if (partner != Integer.MIN_VALUE && partner < 0 && call != Ipc.RECEIVE && !isKernelCall(call, partner)) {
            return Errors.ETRAPDENIED;
        }
        if (call == Ipc.NOTIFY) {
            return notifications.notify(caller, partnerE);
        }
        boolean sends = call != Ipc.RECEIVE;
        boolean receives = call == Ipc.RECEIVE || call == Ipc.SENDREC;
        if ((sends && !d.canSendFrom(caller, va)) || (receives && !d.canReceiveInto(caller, va))) {
            return Errors.EFAULT;
        }
        if (isKernelCall(call, partner)) {
            return kernelCalls.call(caller, va);
        }
        switch (call) {
            case Ipc.SENDREC: {
                d.procs.setMisc(caller, RtsFlags.MF_REPLY_PEND);
                int r = style.send(caller, partnerE, va, false);
                if (r != Errors.OK) {
                    d.procs.clearMisc(caller, RtsFlags.MF_REPLY_PEND);
                    return r;
                }
                return style.receive(caller, partnerE, va, replyStatus);
            }
            case Ipc.SEND:
                return style.send(caller, partnerE, va, false);
            case Ipc.SENDNB:
                return style.send(caller, partnerE, va, true);
            default:
                d.procs.clearMisc(caller, RtsFlags.MF_REPLY_PEND);
                return style.receive(caller, partnerE, va, status);
        }
    }

    private static boolean isKernelCall(int call, int partner) {
        return call == Ipc.SENDREC && partner == Endpoints.SYSTEM;
    }
}
