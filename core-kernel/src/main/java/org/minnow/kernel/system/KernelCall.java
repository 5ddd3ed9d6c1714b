package org.minnow.kernel.system;

/**
 * One kernel call's handler, as MINIX has one do_xxx.c file per call: validate, act, return OK
 * or an error. The request is the 64-byte message at physical address {@code msg} (a kernel
 * copy of the caller's); the handler writes reply fields into the same message, and the
 * dispatcher then sets m_type to the result and copies it back to the caller.
 */
@FunctionalInterface
public interface KernelCall {
    int handle(int caller, int msg);
}
