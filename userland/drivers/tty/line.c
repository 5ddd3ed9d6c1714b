/*
 * line.c: the line discipline of the console in canonical mode (MINIX's drivers/tty/tty.c,
 * in_process, made small). Typed bytes collect in the line being edited and are echoed; a
 * line becomes readable when it ends with Enter (or ^D). Editing:
 *   Backspace or DEL  erases the last character ("\b \b")
 *   ^U                erases the whole line
 *   ^C                throws the line away and echoes ^C (interrupts come with signals later)
 *   ^D                at the start of a line: end of file (the read returns 0); else ends the line
 *   Enter (\r or \n)  ends the line, which is read with a \n
 * Finished lines wait in a queue, so lines typed ahead are read one by one: a read returns at
 * most one line (canonical mode), and an empty line of the queue that ended with ^D is an end
 * of file (the read returns 0).
 */
#include <string.h>
#include "tty.h"

#define LINE_MAX 256
#define QUEUE_BYTES 1024
#define QUEUE_LINES 32
#define CTRL(c) ((c) & 0x1f)

static char editing[LINE_MAX];    /* the line being typed */
static int edit_len;

/* Finished lines: their bytes one after the other in a ring, and each one's length. */
static char queue[QUEUE_BYTES];
static int queue_head, queue_bytes;
static int line_len[QUEUE_LINES];
static int line_first, line_count;
static int taken;                 /* bytes of the first line already handed out */

static void echo(int c) {
    if (c < ' ' && c != '\n' && c != '\t') {
        uart_putc('^');
        uart_putc(c + '@');
    } else {
        uart_putc(c);
    }
}

static void erase_one(void) {
    if (edit_len > 0) {
        int c = editing[--edit_len];
        int width = (c < ' ' && c != '\t') ? 2 : 1;
        for (int i = 0; i < width; i++) {
            uart_putc('\b');
            uart_putc(' ');
            uart_putc('\b');
        }
    }
}

/* Queues the line being edited (with a newline, or without for ^D); a full queue drops it. */
static void finish_line(int newline) {
    int len = edit_len + (newline ? 1 : 0);
    if (line_count == QUEUE_LINES || queue_bytes + len > QUEUE_BYTES) {
        edit_len = 0;
        return;
    }
    for (int i = 0; i < len; i++) {
        queue[(queue_head + queue_bytes + i) % QUEUE_BYTES] = i < edit_len ? editing[i] : '\n';
    }
    queue_bytes += len;
    line_len[(line_first + line_count) % QUEUE_LINES] = len;
    line_count++;
    edit_len = 0;
    reader_wake();
}

void line_input(int c) {
    if (c == '\r' || c == '\n') {
        uart_putc('\n');
        finish_line(1);
    } else if (c == '\b' || c == 0x7f) {
        erase_one();
    } else if (c == CTRL('U')) {
        while (edit_len > 0) {
            erase_one();
        }
    } else if (c == CTRL('C')) {
        echo(c);
        uart_putc('\n');
        edit_len = 0;
    } else if (c == CTRL('D')) {
        finish_line(0);
    } else if (edit_len < LINE_MAX - 1) {
        editing[edit_len++] = (char) c;
        echo(c);
    }
}

int line_ready(void) {
    return line_count > 0;
}

int line_take(char *buf, int max) {
    if (line_count == 0) {
        return 0;
    }
    int left = line_len[line_first] - taken;
    int n = left < max ? left : max;
    for (int i = 0; i < n; i++) {
        buf[i] = queue[queue_head];
        queue_head = (queue_head + 1) % QUEUE_BYTES;
    }
    queue_bytes -= n;
    taken += n;
    if (taken == line_len[line_first]) {
        line_first = (line_first + 1) % QUEUE_LINES;
        line_count--;
        taken = 0;
    }
    return n;
}
