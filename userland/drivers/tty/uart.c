/*
 * uart.c: the NS16550A UART, mapped into the driver with SYS_VMCTL (VMCTL_MAP_PHYS) and read
 * and written as bytes. Output waits until the transmit register is empty; input interrupts
 * (IER bit 0) arrive through SYS_IRQCTL as notifications from HARDWARE.
 */
#include <minix/syslib.h>
#include "tty.h"

#define RBR 0   /* receive buffer */
#define THR 0   /* transmit holding */
#define IER 1   /* interrupt enable */
#define FCR 2   /* FIFO control */
#define LCR 3   /* line control */
#define LSR 5   /* line status */

#define IER_RECEIVED 0x01
#define LSR_DATA_READY 0x01
#define LSR_THR_EMPTY 0x20
#define FCR_ENABLE_AND_CLEAR 0x07  /* FIFOs on, both cleared, trigger at 1 byte */
#define LCR_8N1 0x03

static volatile unsigned char *uart;
static int irq_hook;

/* Bytes typed before the driver started, taken out of the UART before switching its FIFOs on
 * (which empties them) and handed out first. */
static unsigned char early[16];
static int early_count, early_next;

void uart_init(void) {
    void *va = 0;
    int r = sys_vmctl_map_phys(UART_PHYS, 4096, &va);
    if (r != OK) {
        panic("tty: cannot map the UART: %d", r);
    }
    uart = va;
    while ((uart[LSR] & LSR_DATA_READY) != 0 && early_count < (int) sizeof(early)) {
        early[early_count++] = uart[RBR];
    }
    uart[LCR] = LCR_8N1;
    uart[FCR] = FCR_ENABLE_AND_CLEAR;
    irq_hook = 0; /* the bit we want in the interrupt map */
    r = sys_irqsetpolicy(UART_IRQ, 0, &irq_hook);
    if (r != OK) {
        panic("tty: cannot take IRQ %d: %d", UART_IRQ, r);
    }
    uart[IER] = IER_RECEIVED;
}

void uart_putc(int c) {
    if (c == '\n') {
        uart_putc('\r');
    }
    while ((uart[LSR] & LSR_THR_EMPTY) == 0) {
    }
    uart[THR] = (unsigned char) c;
}

int uart_getc(void) {
    if (early_next < early_count) {
        return early[early_next++];
    }
    if ((uart[LSR] & LSR_DATA_READY) == 0) {
        return -1;
    }
    return uart[RBR];
}

void uart_irq_enable(void) {
    sys_irqenable(&irq_hook);
}
