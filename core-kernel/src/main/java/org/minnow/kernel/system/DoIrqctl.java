package org.minnow.kernel.system;

import org.minnow.kernel.Errors;
import org.minnow.kernel.Interrupts;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_IRQCTL (kernel/system/do_irqctl.c): a driver asks for its device's interrupts. The hooks
 * themselves are {@link Interrupts}'; this call checks the request and hands it over.
 * <pre>
 *   in   IRQ_REQUEST   m5_s1   IRQ_SETPOLICY 1, IRQ_RMPOLICY 2, IRQ_ENABLE 3, IRQ_DISABLE 4
 *        IRQ_VECTOR    m5_s2   SETPOLICY: the IRQ, 1..31 (a PLIC source)
 *        IRQ_POLICY    m5_i1   SETPOLICY: IRQ_REENABLE (1) to unmask the line after each interrupt
 *        IRQ_HOOK_ID   m5_l3   SETPOLICY: the notify id, 0..31, the bit the driver wants in the
 *                              interrupt map of its notifications; otherwise the kernel's hook id
 *   out  IRQ_HOOK_ID   m5_l3   SETPOLICY: the kernel's hook id (1..NR_IRQ_HOOKS) for later requests
 * </pre>
 * SETPOLICY: an IRQ out of range is EINVAL; a caller that is not a system process, or whose
 * privileges (CHECK_IRQ) do not list the IRQ, is EPERM; a notify id out of range EINVAL; no free hook ENOSPC. The line is unmasked at
 * once. A second SETPOLICY with the same notify id replaces the first. ENABLE, DISABLE,
 * RMPOLICY: a hook id that is out of range or free is EINVAL, someone else's EPERM. After an
 * interrupt the line stays masked until IRQ_ENABLE, unless the policy has IRQ_REENABLE. Policy
 * bits other than IRQ_REENABLE (MINIX's IRQ_BYTE, IRQ_WORD, IRQ_LONG, for I/O ports) are EINVAL.
 * An unknown request is EINVAL.
 */
final class DoIrqctl implements KernelCall {
    private final KernelContext k;

    DoIrqctl(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_IRQCTL);
        int request = Fields.short16(k.mem, msg, Fields.M5_S1);
        int hookId = k.mem.read32(msg + Fields.M5_L3);
        switch (request) {
            case Interrupts.IRQ_SETPOLICY: {
                int irq = Fields.short16(k.mem, msg, Fields.M5_S2);
                int policy = k.mem.read32(msg + Fields.M5_I1);
                if (irq <= 0 || irq >= Interrupts.NR_IRQ_VECTORS || (policy & ~Interrupts.IRQ_REENABLE) != 0) {
                    return Errors.EINVAL;
                }
                if (!k.privs.isSystem(k.procs.privId(caller))) {
                    return Errors.EPERM;
                }
                int r = k.interrupts.setPolicy(caller, irq, policy, hookId);
                if (r < 0) {
                    return r;
                }
                k.mem.write32(msg + Fields.M5_L3, r);
                return Errors.OK;
            }
            case Interrupts.IRQ_RMPOLICY: case Interrupts.IRQ_ENABLE: case Interrupts.IRQ_DISABLE:
                return k.interrupts.control(caller, request, hookId);
            default:
                return Errors.EINVAL;
        }
    }
}
