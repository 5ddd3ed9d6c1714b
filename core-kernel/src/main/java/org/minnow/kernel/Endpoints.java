package org.minnow.kernel;

/**
 * Endpoints: a process slot and a generation number in one int, as MINIX 3's
 * include/minix/endpoint.h defines them. A slot reused by a new process gets a new generation,
 * so an old endpoint no longer names it: a message to a restarted driver's old endpoint fails
 * with EDEADSRCDST instead of reaching the new one by accident.
 *
 * <pre>
 *   endpoint   = (generation << 15) + slot
 *   slot       = ((endpoint + MAX_NR_TASKS) & 0x7fff) - MAX_NR_TASKS
 *   generation = (endpoint + MAX_NR_TASKS) >> 15
 * </pre>
 * With generation 0 the endpoint is the slot number, so the kernel tasks (negative slots) and
 * the boot processes have the small endpoints the MINIX book uses.
 */
public final class Endpoints {
    private Endpoints() {}

    public static final int GENERATION_SHIFT = 15;
    public static final int GENERATION_SIZE = 1 << GENERATION_SHIFT;
    public static final int MAX_NR_TASKS = 1023;
    public static final int MAX_GENERATION = Integer.MAX_VALUE / GENERATION_SIZE - 1;
    public static final int SLOT_TOP = GENERATION_SIZE - MAX_NR_TASKS;

    /** Special endpoints: "from anyone" (RECEIVE only), "no one", "myself". */
    public static final int ANY = SLOT_TOP - 1;
    public static final int NONE = SLOT_TOP - 2;
    public static final int SELF = SLOT_TOP - 3;

    /** Kernel tasks: negative slots, generation 0. */
    public static final int ASYNCM = -5;
    public static final int IDLE = -4;
    public static final int CLOCK = -3;
    public static final int SYSTEM = -2;
    public static final int KERNEL = -1;
    /** The source of interrupt notifications. */
    public static final int HARDWARE = KERNEL;

    public static int endpoint(int generation, int slot) {
        return (generation << GENERATION_SHIFT) + slot;
    }

    public static int slot(int endpoint) {
        return ((endpoint + MAX_NR_TASKS) & (GENERATION_SIZE - 1)) - MAX_NR_TASKS;
    }

    public static int generation(int endpoint) {
        return (endpoint + MAX_NR_TASKS) >> GENERATION_SHIFT;
    }

    /** The endpoint a slot's next process gets: one generation later, wrapping to 1. */
    public static int next(int oldEndpoint, int slot) {
        int g = generation(oldEndpoint) + 1;
        if (g >= MAX_GENERATION) {
            g = 1;
        }
        return endpoint(g, slot);
    }

    /** A readable form: a name from {@code names} when known, else slot and generation. */
    public static String describe(int endpoint) {
        switch (endpoint) {
            case ANY: return "ANY";
            case NONE: return "NONE";
            case SELF: return "SELF";
            case ASYNCM: return "ASYNCM";
            case IDLE: return "IDLE";
            case CLOCK: return "CLOCK";
            case SYSTEM: return "SYSTEM";
            case KERNEL: return "KERNEL";
            default:
                int g = generation(endpoint);
                return g == 0 ? Integer.toString(endpoint) : slot(endpoint) + "@" + g;
        }
    }
}
