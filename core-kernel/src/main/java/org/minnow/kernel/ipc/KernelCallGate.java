package org.minnow.kernel.ipc;

/**
 * Where a SENDREC to SYSTEM goes: the kernel-call dispatcher of the system package. The IPC
 * layer has already checked the trap mask and that the message can be read and written.
 */
public interface KernelCallGate {
    /**
     * Carries out the kernel call whose request is the 64 bytes at {@code va} in the caller's
     * memory and writes the reply over it; returns the IPC result (OK, or EDONTREPLY when
     * nothing is to be written back because the caller will not run again as it was).
     */
    int call(int caller, int va);
}
