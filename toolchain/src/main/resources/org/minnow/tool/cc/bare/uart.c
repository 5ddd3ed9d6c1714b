/*
 * uart.c: the console of a bare-metal program is the NS16550A UART of the virt board at
 * 0x1000_0000. Output waits until the transmit holding register is empty; input waits until
 * a byte has arrived. No interrupts: both poll the line status register.
 */
#include "../libc/libc.h"

#define UART ((volatile unsigned char *)0x10000000)
#define RBR 0           /* receive buffer (read) */
#define THR 0           /* transmit holding register (write) */
#define LSR 5           /* line status */
#define LSR_DATA_READY 0x01
#define LSR_THR_EMPTY 0x20

void __minnow_console_put(int c) {
    while ((UART[LSR] & LSR_THR_EMPTY) == 0) {
    }
    UART[THR] = (unsigned char)c;
}

int __minnow_console_get(void) {
    while ((UART[LSR] & LSR_DATA_READY) == 0) {
    }
    return UART[RBR];
}
