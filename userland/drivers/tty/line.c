/*
 * line.c: the line discipline of the console in canonical mode (MINIX's drivers/tty/tty.c,
 * in_process, made small). Typed bytes collect in the line being edited and are echoed; a
 * line becomes readable when it ends with Enter (or ^D). Editing:
 *   Backspace or DEL  erases the last character ("\b \b")
 *   ^U                erases the whole line
 *   ^C                throws the line away and echoes ^C (interrupts come with signals later)
 *   ^D                at the start of a line: end of file (the read returns 0); else ends the line
 *   Enter (\r or \n)  ends the line, which is read with a \n
 */
#include <string.h>
#include "tty.h"

#define LINE_MAX 256
#define CTRL(c) ((c) & 0x1f)

static char editing[LINE_MAX];  /* the line being typed */
static int edit_len;
static char ready[LINE_MAX + 1];/* the finished line, waiting for a reader */
static int ready_len, ready_pos;
static int ready_flag;          /* a line (or an end of file) waits */

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

/* Hands the line being edited to readers; an empty one with eof set is the end of file. */
static void finish_line(int newline) {
    memcpy(ready, editing, edit_len);
    ready_len = edit_len;
    if (newline) {
        ready[ready_len++] = '\n';
    }
    ready_pos = 0;
    ready_flag = 1;
    edit_len = 0;
    reader_wake();
}

void line_input(int c) {
    if (ready_flag) {
        /* the previous line is not read yet: keep typing into the next one */
    }
    if (c == '\r' || c == '\n') {
        uart_putc('\n');
        if (!ready_flag) {
            finish_line(1);
        }
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
        if (!ready_flag) {
            finish_line(0);
        }
    } else if (edit_len < LINE_MAX - 1) {
        editing[edit_len++] = (char) c;
        echo(c);
    }
}

int line_ready(void) {
    return ready_flag;
}

int line_take(char *buf, int max) {
    int n = ready_len - ready_pos;
    if (n > max) {
        n = max;
    }
    memcpy(buf, ready + ready_pos, n);
    ready_pos += n;
    if (ready_pos >= ready_len) {
        ready_flag = 0;
    }
    return n;
}
