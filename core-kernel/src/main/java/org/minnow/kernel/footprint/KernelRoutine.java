package org.minnow.kernel.footprint;

/**
 * The kernel's routines as the code footprint model sees them: how many bytes of code each
 * would occupy and how many instructions a typical pass through it executes. Minnow's kernel is
 * Java, so these numbers stand in for the machine code a C kernel would run; running a routine
 * streams its bytes through the instruction cache (so the cache panel shows the kernel's lines
 * and the cache lesson can find the size below which the IPC path stops fitting) and charges
 * its instructions to the clock.
 *
 * <p>The numbers are sized from the kernels Minnow imitates: MINIX 3 for everything but the
 * {@code BUF_*} routines, which imitate Mach 3's buffered {@code mach_msg} path (GNU Mach's
 * ipc/ sources). Each C statement of the imitated functions counts as 4 RV32 instructions
 * (16 bytes), a rule measured on xv6-riscv's compiled kernel; the two trap stubs and the message
 * copy are counted instruction by instruction. Bytes are the routine's whole code; instructions
 * are one typical pass. FOOTPRINT.md beside this module's sources gives, for every routine, the
 * functions counted, the counts, the estimates and the published IPC measurements the totals
 * were checked against; FootprintDocTest keeps that table and this enum equal.
 */
public enum KernelRoutine {
    // Trap stubs: xv6-riscv's uservec (40 instructions) plus saving mepc/mstatus/mcause and
    // dispatching, as MINIX's mpx.S ipc_entry_common does; userret (36) plus restoring mepc/mstatus.
    TRAP_ENTRY(192, 48),
    TRAP_EXIT(160, 40),
    // MINIX kernel/proc.c: do_ipc + do_sync_ipc + isokendpt_f (64 statements; SENDREC pass 28).
    DO_IPC(1024, 112),
    // mini_send (40 statements; delivery to a waiting receiver 19).
    MINI_SEND(640, 76),
    // mini_receive + has_pending* + unset_notify_pending (91; a pass 35, plus bitmap scans).
    MINI_RECEIVE(1456, 156),
    // mini_notify with BuildNotifyMessage (30; delivery 24, plus clearing the 64-byte message).
    MINI_NOTIFY(480, 112),
    // mini_senda + try_deliver_senda + try_async + try_one (154; one-entry table 52, plus copies).
    MINI_SENDA(2464, 334),
    // deadlock (15; one link of the chain followed 9).
    DEADLOCK(240, 36),
    // copy_msg_from_user / copy_msg_to_user: 16 loads, 16 stores, return (+ failure stub).
    COPY_MESSAGE(144, 34),
    // enqueue + enqueue_head (29; append to a non-empty queue 11).
    ENQUEUE(464, 44),
    // dequeue (17; found second in its queue 20).
    DEQUEUE(272, 80),
    // pick_proc (8; scans 8 queues to USER_Q).
    PICK_PROC(128, 48),
    // switch_to_user + delivermsg + context_stop + address-space switch + restore dispatch (86; 47).
    CONTEXT_SWITCH(1376, 188),
    // clock.c timer_int_handler + load_update + vtimer_check + timer re-arm (47; a tick 20 + scan).
    CLOCK_HANDLER(752, 156),
    // interrupt.c irq_handle + do_irqctl.c generic_handler + randomness + PLIC (40; 30).
    IRQ_HANDLER(640, 120),
    // arch exception_handler + pagefault (60; user page fault reported to VM 23).
    EXCEPTION_HANDLER(960, 92),
    // system.c kernel_call + kernel_call_dispatch + kernel_call_finish (31; 18).
    KERNEL_CALL(496, 72),
    // MINIX kernel/system/do_*.c, with the helpers each one relies on (see FOOTPRINT.md).
    DO_FORK(848, 408),
    DO_EXEC(400, 120),
    DO_EXIT(720, 92),
    DO_KILL(832, 120),
    DO_GETINFO(1776, 72),
    DO_PRIVCTL(2992, 3652),
    DO_IRQCTL(1632, 48),
    DO_DEVMAP(720, 100),
    DO_UMAP(1360, 216),
    DO_VIRCOPY(1248, 320),
    DO_SAFECOPY(2144, 168),
    DO_SETGRANT(112, 24),
    DO_SETALARM(704, 100),
    DO_TIMES(192, 48),
    DO_SCHEDCTL(592, 116),
    DO_DIAGCTL(624, 1122),
    DO_GETKSIG(192, 288),
    DO_ENDKSIG(192, 40),
    DO_CLEAR(1056, 1932),
    // Mach 3 (GNU Mach ipc/): mach_msg_send + ipc_kmsg_get + ipc_kmsg_copyin + the common cases
    // of ipc_kmsg_copyin_header + ipc_entry_lookup (154; a simple message 52).
    BUF_SEND(2464, 208),
    // mach_msg_receive + ipc_mqueue_copyin + ipc_mqueue_receive + ipc_kmsg_copyout + the common
    // cases of ipc_kmsg_copyout_header + ipc_kmsg_put (229; 98).
    BUF_RECEIVE(3664, 392),
    // ipc_mqueue_send + the kmsg/thread queue macros + thread_go (93; hand-off to a waiting receiver 42).
    BUF_QUEUE(1488, 168),
    // Signal handlers (kept last so that the routines above keep their places in the layout).
    DO_SIGSEND(640, 200),
    DO_SIGRETURN(400, 160);

    /** Bytes of code: the lines it occupies in the instruction cache. */
    public final int bytes;
    /** Instructions a typical pass executes: the cycles it charges at one per instruction. */
    public final int instructions;

    KernelRoutine(int bytes, int instructions) {
        this.bytes = bytes;
        this.instructions = instructions;
    }
}
