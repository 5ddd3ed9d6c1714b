/* A tiny freestanding library for bare-metal programs on QEMU virt: UART output and exit. */
#ifndef VIRT_H
#define VIRT_H

typedef unsigned int u32;
typedef unsigned long long u64;

#define UART0 ((volatile unsigned char *)0x10000000)
#define UART_THR 0
#define UART_LSR 5
#define LSR_THRE 0x20
#define FINISHER ((volatile u32 *)0x00100000)
#define CLINT_MTIMECMP ((volatile u32 *)0x02004000)
#define CLINT_MTIME ((volatile u32 *)0x0200bff8)

static inline void putchar_(char c) {
    while ((UART0[UART_LSR] & LSR_THRE) == 0) {
    }
    UART0[UART_THR] = c;
}

static inline void puts_(const char *s) {
    while (*s) {
        putchar_(*s++);
    }
}

static inline void put_hex(u32 v) {
    puts_("0x");
    for (int i = 7; i >= 0; i--) {
        putchar_("0123456789abcdef"[(v >> (4 * i)) & 15]);
    }
}

static inline void put_dec(int v) {
    char buf[12];
    int n = 0;
    unsigned u = v < 0 ? -(unsigned)v : (unsigned)v;
    if (v < 0) {
        putchar_('-');
    }
    do {
        buf[n++] = '0' + u % 10;
        u /= 10;
    } while (u != 0);
    while (n > 0) {
        putchar_(buf[--n]);
    }
}

void exit(int status) __attribute__((noreturn));
void exit(int status) {
    *FINISHER = status == 0 ? 0x5555 : ((u32)status << 16) | 0x3333;
    for (;;) {
    }
}

#define read_csr(name) ({ u32 v_; __asm__ volatile("csrr %0, " #name : "=r"(v_)); v_; })
#define write_csr(name, v) __asm__ volatile("csrw " #name ", %0" : : "r"(v))
#define set_csr(name, v) __asm__ volatile("csrs " #name ", %0" : : "r"(v))

#endif
