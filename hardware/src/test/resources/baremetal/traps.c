/* Machine-mode traps: ecall, ebreak and an illegal instruction, reported by the trap handler. */
#include "virt.h"

extern void trap_entry(void);
static volatile int traps;

void handle_trap(u32 *epc_slot) {
    u32 cause = read_csr(mcause);
    puts_("trap cause ");
    put_dec((int)cause);
    puts_(" tval ");
    put_hex(cause == 2 ? read_csr(mtval) : 0);
    putchar_('\n');
    traps++;
    write_csr(mepc, read_csr(mepc) + 4);
    (void)epc_slot;
}

__asm__(
    ".align 4\n"
    "trap_entry:\n"
    "  addi sp, sp, -64\n"
    "  sw ra, 0(sp)\n sw a0, 4(sp)\n sw a1, 8(sp)\n sw a2, 12(sp)\n sw a3, 16(sp)\n sw a4, 20(sp)\n"
    "  sw a5, 24(sp)\n sw t0, 28(sp)\n sw t1, 32(sp)\n sw t2, 36(sp)\n sw a6, 40(sp)\n sw a7, 44(sp)\n"
    "  sw t3, 48(sp)\n sw t4, 52(sp)\n sw t5, 56(sp)\n sw t6, 60(sp)\n"
    "  mv a0, sp\n"
    "  call handle_trap\n"
    "  lw ra, 0(sp)\n lw a0, 4(sp)\n lw a1, 8(sp)\n lw a2, 12(sp)\n lw a3, 16(sp)\n lw a4, 20(sp)\n"
    "  lw a5, 24(sp)\n lw t0, 28(sp)\n lw t1, 32(sp)\n lw t2, 36(sp)\n lw a6, 40(sp)\n lw a7, 44(sp)\n"
    "  lw t3, 48(sp)\n lw t4, 52(sp)\n lw t5, 56(sp)\n lw t6, 60(sp)\n"
    "  addi sp, sp, 64\n"
    "  mret\n");

int main(void) {
    write_csr(mtvec, (u32)trap_entry);
    __asm__ volatile("ecall");
    __asm__ volatile("ebreak");
    __asm__ volatile(".word 0xffffffff");
    puts_("traps taken: ");
    put_dec(traps);
    u32 misa = read_csr(misa);
    puts_("\nRV32: ");
    put_dec((int)(misa >> 30));
    puts_(", I M A: ");
    put_dec((int)((misa >> 8) & 1));
    put_dec((int)((misa >> 12) & 1));
    put_dec((int)(misa & 1));
    putchar_('\n');
    return 0;
}
