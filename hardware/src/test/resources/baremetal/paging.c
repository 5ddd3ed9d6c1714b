/*
 * Sv32 in S-mode: M-mode opens PMP, builds a page table (an identity superpage over RAM and
 * one 4 KiB page at 0x40000000), and drops to S-mode. S-mode reads and writes through the
 * mapping, then touches an unmapped page; M-mode reports the page fault and the PTE's A/D bits.
 */
#include "virt.h"

#define PTE_V 1
#define PTE_R 2
#define PTE_W 4
#define PTE_X 8
#define PTE_A 64
#define PTE_D 128

static u32 root[1024] __attribute__((aligned(4096)));
static u32 leaf[1024] __attribute__((aligned(4096)));
static u32 page[1024] __attribute__((aligned(4096)));
static u32 supervisor_stack[256];

extern void m_trap(void);
extern void enter_supervisor(u32 entry, u32 sp);

__asm__(
    ".align 4\n"
    "m_trap:\n"
    "  csrr a0, mcause\n"
    "  csrr a1, mtval\n"
    "  la sp, __stack_top\n"
    "  call report_fault\n"
    "enter_supervisor:\n"
    "  csrw mepc, a0\n"
    "  mv sp, a1\n"
    "  li t0, 0x1800\n"
    "  csrc mstatus, t0\n"
    "  li t0, 0x0800\n"
    "  csrs mstatus, t0\n"
    "  mret\n");

void report_fault(u32 cause, u32 tval) {
    puts_("M-mode got cause ");
    put_dec((int)cause);
    puts_(" at ");
    put_hex(tval);
    puts_("\nleaf PTE flags ");
    put_hex(leaf[0] & 0xff);
    putchar_('\n');
    exit(0);
}

void supervisor_main(void) {
    volatile u32 *mapped = (volatile u32 *)0x40000000;
    puts_("S-mode reads ");
    put_hex(mapped[1]);
    mapped[2] = 0xcafef00d;
    puts_(" and wrote ");
    put_hex(page[2]);
    putchar_('\n');
    volatile u32 *unmapped = (volatile u32 *)0x40400000;
    (void)unmapped[0];
    puts_("not reached\n");
    exit(1);
}

int main(void) {
    __asm__ volatile("csrw pmpaddr0, %0\n csrw pmpcfg0, %1" : : "r"(0xffffffffu), "r"(0x1fu));
    root[0x80000000u >> 22] = (0x80000000u >> 12) << 10 | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
    root[0x10000000u >> 22] = (0x10000000u >> 12) << 10 | PTE_V | PTE_R | PTE_W | PTE_A | PTE_D; /* UART */
    root[0] = PTE_V | PTE_R | PTE_W | PTE_A | PTE_D; /* test finisher */
    root[0x40000000u >> 22] = ((u32)leaf >> 12) << 10 | PTE_V;
    leaf[0] = ((u32)page >> 12) << 10 | PTE_V | PTE_R | PTE_W;
    page[1] = 0x12345678;
    write_csr(mtvec, (u32)m_trap);
    write_csr(satp, (1u << 31) | ((u32)root >> 12));
    __asm__ volatile("sfence.vma");
    enter_supervisor((u32)supervisor_main, (u32)&supervisor_stack[256]);
    return 1;
}
