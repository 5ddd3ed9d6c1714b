package org.minnow.ide.cli;

import java.util.List;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.boot.Privileges;

/**
 * One program of a boot image as the command line writes it: {@code NAME=FILE[:service|:user]@SLOT},
 * e.g. {@code fs=fs.elf@1} or {@code sh=sh.elf:user@5}. NAME is the process name (1 to 15
 * characters), FILE an RV32 executable, SLOT its process slot (and, with generation 0, its
 * endpoint); a service gets {@link Privileges#service()} (the default, as MINIX's boot processes
 * are services), a user process {@link Privileges#user()}.
 *
 * <p>The file is the text between the first {@code =} and the last {@code @}, less a trailing
 * {@code :service} or {@code :user}, so paths may hold {@code =}, {@code @} and {@code :}.
 */
record BootEntry(String name, String file, boolean service, int slot) {
    static final String SYNTAX = "NAME=FILE[:service|:user]@SLOT";

    /** Reads one argument; a malformed one fails with a message that quotes it and says what is wrong. */
    static BootEntry parse(String arg) {
        int eq = arg.indexOf('=');
        int at = arg.lastIndexOf('@');
        if (eq <= 0 || at < eq) {
            throw new IllegalArgumentException("'" + arg + "' is not " + SYNTAX);
        }
        String name = arg.substring(0, eq);
        String file = arg.substring(eq + 1, at);
        String slotText = arg.substring(at + 1);
        if (!slotText.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("'" + arg + "': the slot after @ must be a number, not '" + slotText + "'");
        }
        boolean service = true;
        int colon = file.lastIndexOf(':');
        if (colon >= 0 && file.substring(colon + 1).matches("[A-Za-z]+")) {
            String role = file.substring(colon + 1);
            if (!role.equals("service") && !role.equals("user")) {
                throw new IllegalArgumentException("'" + arg + "': unknown kind of process '" + role + "' (service or user)");
            }
            service = role.equals("service");
            file = file.substring(0, colon);
        }
        if (file.isEmpty()) {
            throw new IllegalArgumentException("'" + arg + "': no file between = and @");
        }
        return new BootEntry(name, file, service, Integer.parseInt(slotText));
    }

    /** The boot process: this entry's name, slot and privileges, with {@code elf} as its program and its name as argv[0]. */
    BootProcess toBootProcess(byte[] elf) {
        return new BootProcess(name, slot, elf, service ? Privileges.service() : Privileges.user(), List.of(name));
    }

    /** The entry written back the way it is read, with its kind spelled out. */
    @Override
    public String toString() {
        return name + "=" + file + (service ? ":service" : ":user") + "@" + slot;
    }
}
