package org.minnow.kernel.footprint;

/**
 * The kernel's routines as the code footprint model sees them: how many bytes of code each
 * would occupy and how many instructions a typical pass through it executes. Minnow's kernel is
 * Java, so these numbers stand in for the machine code a C kernel would run; running a routine
 * streams its bytes through the instruction cache (so the cache panel shows the kernel's lines
 * and the cache lesson can find the size below which the IPC path stops fitting) and charges
 * its instructions to the clock.
 *
 * <p>Where the numbers come from is in FOOTPRINT.md beside this module's sources.
 */
public enum KernelRoutine {
    TRAP_ENTRY(192, 48),
    TRAP_EXIT(160, 40),
    DO_IPC(320, 45),
    MINI_SEND(448, 70),
    MINI_RECEIVE(640, 90),
    MINI_NOTIFY(256, 40),
    MINI_SENDA(576, 110),
    DEADLOCK(192, 30),
    COPY_MESSAGE(128, 40),
    ENQUEUE(224, 35),
    DEQUEUE(192, 30),
    PICK_PROC(128, 20),
    CONTEXT_SWITCH(256, 60),
    CLOCK_HANDLER(320, 60),
    IRQ_HANDLER(288, 55),
    EXCEPTION_HANDLER(256, 50),
    KERNEL_CALL(320, 55),
    DO_FORK(768, 300),
    DO_EXEC(640, 250),
    DO_EXIT(512, 150),
    DO_KILL(192, 40),
    DO_GETINFO(448, 80),
    DO_PRIVCTL(896, 160),
    DO_IRQCTL(512, 90),
    DO_DEVMAP(384, 80),
    DO_UMAP(256, 60),
    DO_VIRCOPY(384, 90),
    DO_SAFECOPY(768, 150),
    DO_SETGRANT(128, 25),
    DO_SETALARM(224, 45),
    DO_TIMES(160, 30),
    DO_SCHEDCTL(256, 50),
    DO_DIAGCTL(256, 60),
    DO_GETKSIG(256, 60),
    DO_ENDKSIG(192, 40),
    DO_CLEAR(512, 150),
    BUF_SEND(1024, 180),
    BUF_RECEIVE(1152, 200),
    BUF_QUEUE(512, 90);

    /** Bytes of code: the lines it occupies in the instruction cache. */
    public final int bytes;
    /** Instructions a typical pass executes: the cycles it charges at one per instruction. */
    public final int instructions;

    KernelRoutine(int bytes, int instructions) {
        this.bytes = bytes;
        this.instructions = instructions;
    }
}
