/*
 * tty.h: what the files of the tty driver share: the UART (uart.c), the line discipline with
 * its input queue (line.c), and the requests of VFS (main.c).
 */
#ifndef _TTY_H
#define _TTY_H

#include <errno.h>
#include <sys/types.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/safecopies.h>

#define UART_PHYS 0x10000000   /* the NS16550A of QEMU's virt board */
#define UART_IRQ 10            /* its PLIC source */

/* uart.c: the hardware */
void uart_init(void);
void uart_putc(int c);               /* waits for room, turns \n into \r\n */
int uart_getc(void);                 /* a received byte, or -1 when there is none */
void uart_irq_enable(void);          /* lets the next interrupt in */

/* line.c: the line discipline (canonical mode: echo, erase, kill, end of file) */
void line_input(int c);              /* one received byte */
int line_ready(void);                /* a whole line (or end of file) waits */
int line_take(char *buf, int max);   /* hands out up to max bytes of the line; 0 at end of file */

/* main.c: the read that waits for a line */
void reader_wake(void);

#endif
