/* CLINT timer interrupts: five ticks, each re-arming mtimecmp, counted by the handler. */
#include "virt.h"

extern void timer_entry(void);
static volatile int ticks;

void on_timer(void) {
    ticks++;
    u32 now = CLINT_MTIME[0];
    CLINT_MTIMECMP[1] = 0;
    CLINT_MTIMECMP[0] = now + 1000;
}

__asm__(
    ".align 4\n"
    "timer_entry:\n"
    "  addi sp, sp, -64\n"
    "  sw ra, 0(sp)\n sw a0, 4(sp)\n sw a1, 8(sp)\n sw a2, 12(sp)\n sw a3, 16(sp)\n sw a4, 20(sp)\n"
    "  sw a5, 24(sp)\n sw t0, 28(sp)\n sw t1, 32(sp)\n sw t2, 36(sp)\n sw a6, 40(sp)\n sw a7, 44(sp)\n"
    "  sw t3, 48(sp)\n sw t4, 52(sp)\n sw t5, 56(sp)\n sw t6, 60(sp)\n"
    "  call on_timer\n"
    "  lw ra, 0(sp)\n lw a0, 4(sp)\n lw a1, 8(sp)\n lw a2, 12(sp)\n lw a3, 16(sp)\n lw a4, 20(sp)\n"
    "  lw a5, 24(sp)\n lw t0, 28(sp)\n lw t1, 32(sp)\n lw t2, 36(sp)\n lw a6, 40(sp)\n lw a7, 44(sp)\n"
    "  lw t3, 48(sp)\n lw t4, 52(sp)\n lw t5, 56(sp)\n lw t6, 60(sp)\n"
    "  addi sp, sp, 64\n"
    "  mret\n");

int main(void) {
    write_csr(mtvec, (u32)timer_entry);
    CLINT_MTIMECMP[1] = 0;
    CLINT_MTIMECMP[0] = CLINT_MTIME[0] + 1000;
    write_csr(mie, 1 << 7);
    set_csr(mstatus, 1 << 3);
    while (ticks < 5) {
        __asm__ volatile("wfi");
    }
    write_csr(mie, 0);
    puts_("timer ticks: ");
    put_dec(ticks);
    putchar_('\n');
    return 0;
}
