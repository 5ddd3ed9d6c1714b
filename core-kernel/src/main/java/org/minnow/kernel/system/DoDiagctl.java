package org.minnow.kernel.system;

import java.nio.charset.StandardCharsets;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_DIAGCTL (kernel/system/do_diagctl.c): diagnostics from processes into the kernel's log —
 * which in Minnow is the event stream, so the workbench and the lessons read what servers
 * report (RS's "service restarted", for instance) without scraping the console.
 * <pre>
 *   in   DIAGCTL_CODE   m1_i1   DIAGCTL_CODE_DIAG (1): log text
 *        DIAGCTL_ARG1   m1_p1   the text's address in the caller
 *        DIAGCTL_ARG2   m1_i2   its length, 1..DIAG_BUFSIZE
 *        DIAGCTL_ARG3   m1_i3   an annotation tag for the workbench (0 = plain text)
 * </pre>
 * A bad length or code is EINVAL; an unreadable buffer is EFAULT. The event is DIAG, with the
 * caller as source, the tag as its message type and the text as its note.
 */
final class DoDiagctl implements KernelCall {
    static final int DIAGCTL_CODE_DIAG = 1;
    static final int DIAG_BUFSIZE = 2000;

    private final KernelContext k;

    DoDiagctl(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_DIAGCTL);
        int code = k.mem.read32(msg + Fields.M1_I1);
        if (code != DIAGCTL_CODE_DIAG) {
            return Errors.EINVAL;
        }
        int buf = k.mem.read32(msg + Fields.M1_P1);
        int len = k.mem.read32(msg + Fields.M1_I2);
        int tag = k.mem.read32(msg + Fields.M1_I3);
        if (len < 1 || len > DIAG_BUFSIZE) {
            return Errors.EINVAL;
        }
        int root = k.procs.root(caller);
        if (!k.copy.accessible(root, buf, len, false)) {
            return Errors.EFAULT;
        }
        byte[] text = new byte[len];
        for (int i = 0; i < len; i++) {
            text[i] = (byte) k.mem.read8(k.spaces.translate(root, buf + i, false));
        }
        k.events.emit(k.hart.cycles(), EventKind.DIAG, k.procs.endpoint(caller), Endpoints.KERNEL, tag, 0, len, null,
                new String(text, StandardCharsets.UTF_8));
        return Errors.OK;
    }
}
