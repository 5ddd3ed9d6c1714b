package org.minnow.kernel.mem;

/**
 * Copies between user address spaces and kernel memory, the way a process itself could: every
 * byte must be mapped with user access, and readable (source) or writable (destination). A copy
 * checks all the pages it will touch before it moves a byte, so a bad pointer fails the whole
 * call with EFAULT and leaves both sides untouched; a process cannot make the kernel read or
 * write anything it could not reach itself.
 */
public final class UserCopy {
    private final KernelMemory mem;
    private final AddressSpace spaces;

    public UserCopy(KernelMemory mem, AddressSpace spaces) {
        this.mem = mem;
        this.spaces = spaces;
    }

    /** Whether {@code len} bytes at user address {@code va} are all accessible as asked. */
    public boolean accessible(int root, int va, int len, boolean write) {
        if (len < 0 || (len > 0 && Integer.compareUnsigned(va + len - 1, va) < 0)) {
            return false; // wraps around the address space
        }
        if (len == 0) {
            return true;
        }
        for (int page = va & ~0xfff; ; page += Layout.PAGE) {
            if (spaces.translate(root, page == (va & ~0xfff) ? va : page, write) == 0) {
                return false;
            }
            if (Integer.compareUnsigned(page, (va + len - 1) & ~0xfff) >= 0) {
                return true;
            }
        }
    }

    /** Copies {@code len} bytes from one user space to another; false (nothing copied) on a bad address. */
    public boolean userToUser(int fromRoot, int fromVa, int toRoot, int toVa, int len) {
        if (!accessible(fromRoot, fromVa, len, false) || !accessible(toRoot, toVa, len, true)) {
            return false;
        }
        int done = 0;
        while (done < len) {
            int from = spaces.translate(fromRoot, fromVa + done, false);
            int to = spaces.translate(toRoot, toVa + done, true);
            int chunk = Math.min(len - done, Math.min(Layout.PAGE - (from & 0xfff), Layout.PAGE - (to & 0xfff)));
            mem.copy(from, to, chunk);
            done += chunk;
        }
        return true;
    }

    /** Copies {@code len} bytes from user memory to physical memory; false on a bad address. */
    public boolean fromUser(int root, int va, int toPa, int len) {
        if (!accessible(root, va, len, false)) {
            return false;
        }
        int done = 0;
        while (done < len) {
            int from = spaces.translate(root, va + done, false);
            int chunk = Math.min(len - done, Layout.PAGE - (from & 0xfff));
            mem.copy(from, toPa + done, chunk);
            done += chunk;
        }
        return true;
    }

    /** Copies {@code len} bytes from physical memory to user memory; false on a bad address. */
    public boolean toUser(int fromPa, int root, int va, int len) {
        if (!accessible(root, va, len, true)) {
            return false;
        }
        int done = 0;
        while (done < len) {
            int to = spaces.translate(root, va + done, true);
            int chunk = Math.min(len - done, Layout.PAGE - (to & 0xfff));
            mem.copy(fromPa + done, to, chunk);
            done += chunk;
        }
        return true;
    }

    /**
     * Copies {@code len} bytes of user memory into a Java array (for the few calls that parse what
     * they read, like exec's executable); false (nothing copied) on a bad address.
     */
    public boolean fromUser(int root, int va, byte[] into, int len) {
        if (len > into.length || !accessible(root, va, len, false)) {
            return false;
        }
        int done = 0;
        while (done < len) {
            int from = spaces.translate(root, va + done, false);
            int chunk = Math.min(len - done, Layout.PAGE - (from & 0xfff));
            for (int i = 0; i < chunk; i++) {
                into[done + i] = (byte) mem.read8(from + i);
            }
            done += chunk;
        }
        return true;
    }

    /** Sets {@code len} bytes of user memory to the low 8 bits of {@code value}; false (nothing written) on a bad address. */
    public boolean fill(int root, int va, int len, int value) {
        if (!accessible(root, va, len, true)) {
            return false;
        }
        int done = 0;
        while (done < len) {
            int to = spaces.translate(root, va + done, true);
            int chunk = Math.min(len - done, Layout.PAGE - (to & 0xfff));
            for (int i = 0; i < chunk; i++) {
                mem.write8(to + i, value);
            }
            done += chunk;
        }
        return true;
    }

    /** Reads one word of user memory (aligned), or returns {@code fallback} if it is not readable. */
    public int readWord(int root, int va, int fallback) {
        if ((va & 3) != 0) {
            return fallback;
        }
        int pa = spaces.translate(root, va, false);
        return pa == 0 ? fallback : mem.read32(pa);
    }
}
