/*
 * main.c: the tty driver's main loop (MINIX's drivers/tty): it answers VFS's character-device
 * requests for the console (minor 0) and turns the UART's interrupts into typed input.
 *   CDEV_OPEN, CDEV_CLOSE   always OK
 *   CDEV_WRITE              copies the caller's bytes through the grant and sends them out
 *   CDEV_READ               a line if one is ready; otherwise the read waits (no reply now)
 *                           and is answered when Enter is typed
 *   CDEV_CANCEL             ends a waiting read with EINTR
 * Answers go back with asynsend, so the driver never blocks on VFS.
 */
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>
#include "tty.h"

#define CHUNK 128

/* The read that waits for a line (only one reader at a time: the console has one line). */
static struct {
    int waiting;
    endpoint_t caller;   /* VFS */
    int id;
    cp_grant_id_t grant;
    int count;
} reader;

static void send_reply(endpoint_t to, int id, int status) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = CDEV_REPLY;
    m.m_u.m_cdev_reply.id = id;
    m.m_u.m_cdev_reply.status = status;
    asynsend(to, &m);
}

/* Copies the waiting line to the reader; the number of bytes, or an error. */
static int give_line(endpoint_t caller, cp_grant_id_t grant, int count) {
    char buf[CHUNK * 2 + 2];
    int n = line_take(buf, count < (int) sizeof(buf) ? count : (int) sizeof(buf));
    if (n > 0 && sys_safecopyto(caller, grant, 0, (vir_bytes) buf, n) != OK) {
        return EFAULT;
    }
    return n;
}

void reader_wake(void) {
    if (reader.waiting && line_ready()) {
        reader.waiting = 0;
        send_reply(reader.caller, reader.id, give_line(reader.caller, reader.grant, reader.count));
    }
}

static int do_write(message *m) {
    char buf[CHUNK];
    int count = m->m_u.m_cdev.count;
    for (int done = 0; done < count;) {
        int n = count - done < CHUNK ? count - done : CHUNK;
        int r = sys_safecopyfrom(m->m_source, m->m_u.m_cdev.grant, done, (vir_bytes) buf, n);
        if (r != OK) {
            return done > 0 ? done : r;
        }
        for (int i = 0; i < n; i++) {
            uart_putc(buf[i]);
        }
        done += n;
    }
    return count;
}

static int do_read(message *m) {
    if (line_ready()) {
        return give_line(m->m_source, m->m_u.m_cdev.grant, m->m_u.m_cdev.count);
    }
    if (m->m_u.m_cdev.access & CDEV_NONBLOCK) {
        return EAGAIN;
    }
    if (reader.waiting) {
        return EIO; /* one reader at a time */
    }
    reader.waiting = 1;
    reader.caller = m->m_source;
    reader.id = m->m_u.m_cdev.id;
    reader.grant = m->m_u.m_cdev.grant;
    reader.count = m->m_u.m_cdev.count;
    return SUSPEND;
}

static int do_cancel(message *m) {
    if (reader.waiting && reader.id == m->m_u.m_cdev.id) {
        reader.waiting = 0;
        return EINTR;
    }
    return EDONTREPLY;
}

static void handle_request(message *m) {
    if (m->m_u.m_cdev.minor != 0) {
        send_reply(m->m_source, m->m_u.m_cdev.id, ENXIO);
        return;
    }
    int r;
    switch (m->m_type) {
        case CDEV_OPEN:
        case CDEV_CLOSE:
            r = OK;
            break;
        case CDEV_WRITE:
            r = do_write(m);
            break;
        case CDEV_READ:
            r = do_read(m);
            break;
        case CDEV_CANCEL:
            r = do_cancel(m);
            break;
        default:
            r = EINVAL;
            break;
    }
    if (r != SUSPEND && r != EDONTREPLY) {
        send_reply(m->m_source, m->m_u.m_cdev.id, r);
    }
}

/* The UART interrupted: take every byte it holds, then let the next interrupt in. */
static void handle_interrupt(void) {
    for (int c = uart_getc(); c >= 0; c = uart_getc()) {
        line_input(c);
    }
    uart_irq_enable();
}

int main(void) {
    sef_startup();
    uart_init();
    for (int c = uart_getc(); c >= 0; c = uart_getc()) {
        line_input(c); /* what was typed while the system booted */
    }
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) != OK) {
            continue;
        }
        if (is_ipc_notify(status)) {
            if (m.m_source == HARDWARE) {
                handle_interrupt();
            }
            continue;
        }
        if (IS_CDEV_RQ(m.m_type) && m.m_source == VFS_PROC_NR) {
            handle_request(&m); /* device requests come from VFS only */
        }
    }
}
