/* The A extension: atomic memory operations and a load-reserved/store-conditional counter. */
#include "virt.h"

static volatile int word = 10;

static int amo_add(volatile int *p, int v) {
    int old;
    __asm__ volatile("amoadd.w %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(v) : "memory");
    return old;
}

static int amo_max(volatile int *p, int v) {
    int old;
    __asm__ volatile("amomax.w %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(v) : "memory");
    return old;
}

static int amo_minu(volatile int *p, int v) {
    int old;
    __asm__ volatile("amominu.w %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(v) : "memory");
    return old;
}

static int lrsc_increment(volatile int *p) {
    int old, failed;
    do {
        __asm__ volatile("lr.w %0, (%2)\n addi %0, %0, 1\n sc.w %1, %0, (%2)"
                         : "=&r"(old), "=&r"(failed) : "r"(p) : "memory");
    } while (failed);
    return old;
}

int main(void) {
    put_dec(amo_add(&word, 5));
    putchar_(' ');
    put_dec(amo_max(&word, -7));
    putchar_(' ');
    put_dec(amo_minu(&word, -7));
    putchar_(' ');
    put_dec(word);
    putchar_('\n');
    for (int i = 0; i < 10; i++) {
        lrsc_increment(&word);
    }
    puts_("after lr/sc: ");
    put_dec(word);
    putchar_('\n');
    return 0;
}
