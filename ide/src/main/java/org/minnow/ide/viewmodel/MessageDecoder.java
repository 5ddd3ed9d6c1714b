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
        return String.format(Locale.ROOT, "type %d (0x%x)", type, type);
    }

    /**
     * The name of a message's type, knowing where it goes: a request to PM (endpoint 0) or VFS
     * (endpoint 1) is named after MINIX's call numbers (USERLAND.md), since their numbers are
     * small and mean something else elsewhere (a reply's m_type is a result).
     */
    public static String typeName(Event e) {
        int t = e.messageType();
        if (e.destination() == PM_ENDPOINT && PM_CALLS.containsKey(t)) {
            return PM_CALLS.get(t);
        }
        if (e.destination() == VFS_ENDPOINT && VFS_CALLS.containsKey(t)) {
            return VFS_CALLS.get(t);
        }
        return typeName(t);
    }

    static final int PM_ENDPOINT = 0, VFS_ENDPOINT = 1;
    private static final java.util.Map<Integer, String> PM_CALLS = java.util.Map.of(1, "PM_EXIT", 2, "PM_FORK", 3, "PM_WAIT4",
            4, "PM_GETPID", 11, "PM_KILL", 14, "PM_EXEC", 20, "PM_SIGACTION", 46, "PM_GETPROCNR", 47, "PM_GETSYSINFO");
    private static final java.util.Map<Integer, String> VFS_CALLS = java.util.Map.ofEntries(
            java.util.Map.entry(0x100, "VFS_READ"), java.util.Map.entry(0x101, "VFS_WRITE"), java.util.Map.entry(0x102, "VFS_LSEEK"),
            java.util.Map.entry(0x103, "VFS_OPEN"), java.util.Map.entry(0x104, "VFS_CREAT"), java.util.Map.entry(0x105, "VFS_CLOSE"),
            java.util.Map.entry(0x106, "VFS_LINK"), java.util.Map.entry(0x107, "VFS_UNLINK"), java.util.Map.entry(0x108, "VFS_CHDIR"),
            java.util.Map.entry(0x109, "VFS_MKDIR"), java.util.Map.entry(0x111, "VFS_RENAME"), java.util.Map.entry(0x115, "VFS_STAT"),
            java.util.Map.entry(0x116, "VFS_FSTAT"), java.util.Map.entry(0x118, "VFS_IOCTL"), java.util.Map.entry(0x119, "VFS_FCNTL"),
            java.util.Map.entry(0x11A, "VFS_PIPE2"), java.util.Map.entry(0x11D, "VFS_GETDENTS"));

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
        return names.apply(e.source()) + " \u2192 " + names.apply(e.destination()) + ": " + typeName(e)
                + " (" + e.kind() + ", cycle " + e.cycle() + ")";
    }

    /** A readable endpoint when no name is known. */
    public static String endpoint(int e) {
        return Endpoints.describe(e);
    }
}
