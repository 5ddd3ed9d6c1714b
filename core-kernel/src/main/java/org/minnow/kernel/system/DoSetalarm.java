package org.minnow.kernel.system;

import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_SETALARM (kernel/system/do_setalarm.c): one alarm per system process; when it expires the
 * CLOCK notifies the process. A new alarm replaces the old; 0 cancels.
 * <pre>
 *   in   ALRM_EXP_TIME   m2_l1   ticks from now, or the uptime to expire at
 *        ALRM_ABS_TIME   m2_i2   1: ALRM_EXP_TIME is an absolute uptime
 *   out  ALRM_TIME_LEFT  m2_l1   ticks that were left on the previous alarm
 * </pre>
 * Only system processes may set alarms (EPERM).
 */
final class DoSetalarm implements KernelCall {
    private final KernelContext k;

    DoSetalarm(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SETALARM);
        if (!k.privs.isSystem(k.procs.privId(caller))) {
            return Errors.EPERM;
        }
        long exp = Integer.toUnsignedLong(k.mem.read32(msg + Fields.M2_L1));
        boolean absolute = k.mem.read32(msg + Fields.M2_I2) != 0;
        long left = k.clock.setAlarm(caller, exp, absolute);
        k.mem.write32(msg + Fields.M2_L1, (int) Math.min(left, Integer.MAX_VALUE));
        return Errors.OK;
    }
}
