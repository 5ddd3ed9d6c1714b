package org.minnow.ide.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/**
 * Turns a message (16 words) into what a student who reads the MINIX book expects: the type's
 * name and the fields under MINIX's names. Kernel calls whose layout is known get their field
 * names (PR_ENDPT, DIAGCTL_CODE, ...); any other message is shown in the mess_1 layout, which is
 * how MINIX would name its words without knowing the protocol.
 */
public final class MessageDecoder {
    /** One decoded field: its name, its offset in the message, its value. */
    public record Field(String name, int offset, int value) {
        public String render() {
            return String.format(Locale.ROOT, "%-22s @%-2d = %d (0x%x)", name, offset, value, value);
        }
    }

    private MessageDecoder() {}

    /** The name of message type {@code type}: a kernel call, a notification, a protocol request, or its number. */
    public static String typeName(int type) {
        String name = kernelCallName(type);
        if (name != null) {
            return name;
        }
        if (type == Ipc.NOTIFY_MESSAGE) {
            return "NOTIFY_MESSAGE";
        }
        if (type >= 0x500 && type < 0x580) {
            return "BDEV request " + (type - 0x500);
        }
        if (type == 0x580) {
            return "BDEV_REPLY";
        }
        if (type >= 0x400 && type < 0x480) {
            return "CDEV request " + (type - 0x400);
        }
        if (type >= 0x100 && type < 0x200) {
            return "VFS call " + (type - 0x100);
        }
        if (type > 0 && type < 0x100) {
            return "PM call " + type + " / reply";
        }
        return String.format(Locale.ROOT, "type %d (0x%x)", type, type);
    }

    private static String kernelCallName(int type) {
        Object[][] names = {
            {SysCalls.SYS_FORK, "SYS_FORK"}, {SysCalls.SYS_EXEC, "SYS_EXEC"}, {SysCalls.SYS_CLEAR, "SYS_CLEAR"},
            {SysCalls.SYS_SCHEDULE, "SYS_SCHEDULE"}, {SysCalls.SYS_PRIVCTL, "SYS_PRIVCTL"}, {SysCalls.SYS_KILL, "SYS_KILL"},
            {SysCalls.SYS_GETKSIG, "SYS_GETKSIG"}, {SysCalls.SYS_ENDKSIG, "SYS_ENDKSIG"}, {SysCalls.SYS_UMAP, "SYS_UMAP"},
            {SysCalls.SYS_VIRCOPY, "SYS_VIRCOPY"}, {SysCalls.SYS_PHYSCOPY, "SYS_PHYSCOPY"}, {SysCalls.SYS_IRQCTL, "SYS_IRQCTL"},
            {SysCalls.SYS_DEVIO, "SYS_DEVIO"}, {SysCalls.SYS_SETALARM, "SYS_SETALARM"}, {SysCalls.SYS_TIMES, "SYS_TIMES"},
            {SysCalls.SYS_GETINFO, "SYS_GETINFO"}, {SysCalls.SYS_SAFECOPYFROM, "SYS_SAFECOPYFROM"},
            {SysCalls.SYS_SAFECOPYTO, "SYS_SAFECOPYTO"}, {SysCalls.SYS_VSAFECOPY, "SYS_VSAFECOPY"},
            {SysCalls.SYS_SETGRANT, "SYS_SETGRANT"}, {SysCalls.SYS_VMCTL, "SYS_VMCTL"}, {SysCalls.SYS_DIAGCTL, "SYS_DIAGCTL"},
            {SysCalls.SYS_EXIT, "SYS_EXIT"}, {SysCalls.SYS_SCHEDCTL, "SYS_SCHEDCTL"}, {SysCalls.SYS_STATECTL, "SYS_STATECTL"},
            {SysCalls.SYS_SAFEMEMSET, "SYS_SAFEMEMSET"},
        };
        for (Object[] n : names) {
            if ((Integer) n[0] == type) {
                return (String) n[1];
            }
        }
        return null;
    }

    /** The message's fields: the header, then the payload under the type's field names. */
    public static List<Field> fields(Event e) {
        int[] w = e.message();
        List<Field> out = new ArrayList<>();
        out.add(new Field("m_source", 0, w[0]));
        out.add(new Field("m_type", 4, w[1]));
        String[][] layout = layoutOf(w[1]);
        for (String[] f : layout) {
            int off = Integer.parseInt(f[1]);
            out.add(new Field(f[0], off, w[off / 4]));
        }
        return out;
    }

    /** Field names and offsets for a type; mess_1 when the protocol is not known here. */
    private static String[][] layoutOf(int type) {
        if (type == SysCalls.SYS_DIAGCTL) {
            return new String[][] {{"DIAGCTL_CODE (m1_i1)", "" + Fields.M1_I1}, {"DIAGCTL_ARG2 (m1_i2)", "" + Fields.M1_I2},
                {"DIAGCTL_ARG3 (m1_i3)", "" + Fields.M1_I3}, {"DIAGCTL_ARG1 (m1_p1)", "" + Fields.M1_P1}};
        }
        if (type == SysCalls.SYS_VMCTL) {
            return new String[][] {{"SVMCTL_WHO (m1_i1)", "" + Fields.M1_I1}, {"SVMCTL_PARAM (m1_i2)", "" + Fields.M1_I2},
                {"SVMCTL_VALUE (m1_i3)", "" + Fields.M1_I3}, {"SVMCTL_MAP_VIR_ADDR (m1_p1)", "" + Fields.M1_P1},
                {"SVMCTL_PHYS_ADDR (m1_p2)", "" + Fields.M1_P2}};
        }
        if (type == SysCalls.SYS_KILL) {
            return new String[][] {{"SIG_ENDPT (m2_i1)", "" + Fields.M2_I1}, {"SIG_NUMBER (m2_i2)", "" + Fields.M2_I2}};
        }
        if (type == Ipc.NOTIFY_MESSAGE) {
            return new String[][] {{"NOTIFY_TIMESTAMP (m2_l1)", "" + Fields.M2_L1}, {"NOTIFY_ARG (m2_l2)", "" + Fields.M2_L2}};
        }
        return new String[][] {{"m1_i1", "" + Fields.M1_I1}, {"m1_i2", "" + Fields.M1_I2}, {"m1_i3", "" + Fields.M1_I3},
            {"m1_p1", "" + Fields.M1_P1}, {"m1_p2", "" + Fields.M1_P2}, {"m1_p3", "" + Fields.M1_P3}, {"m1_p4", "" + Fields.M1_P4}};
    }

    /** "client → server: SYS_KILL (SEND)" style heading, with endpoints named by {@code names}. */
    public static String heading(Event e, java.util.function.IntFunction<String> names) {
        return names.apply(e.source()) + " \u2192 " + names.apply(e.destination()) + ": " + typeName(e.messageType())
                + " (" + e.kind() + ", cycle " + e.cycle() + ")";
    }

    /** A readable endpoint when no name is known. */
    public static String endpoint(int e) {
        return Endpoints.describe(e);
    }
}
