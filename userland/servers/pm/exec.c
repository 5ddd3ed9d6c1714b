/*
 * exec.c: exec (PM_EXEC), MINIX's way: PM never blocks on VFS. PM keeps the caller's path and
 * arguments in its mproc entry (EXEC_WAIT) and asks VFS, with SENDA (asynsend), to read the
 * program into a buffer in PM's memory (VFS_PM_EXEC); the caller gets no reply yet and PM goes
 * back to its main loop. VFS reads the file for the caller (a relative path is taken from the
 * caller's working directory), waiting for the disk if it must, and answers by asynsend
 * (VFS_PM_EXEC_REPLY). PM then asks the kernel (SYS_EXEC) to give the caller the new program
 * (Minnow's kernel builds the address space itself, where MINIX's VFS and VM share that work),
 * or replies the error. So a hung disk driver never holds PM, and RS can still have PM end and
 * restart the driver.
 *
 * One read is in flight at a time (into one buffer, which grows when VFS says a program is too
 * big for it); other execs wait their turn, first come first served. A caller that dies while
 * waiting loses its EXEC_WAIT (exit_proc), and VFS's answer for it is dropped.
 */
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>
#include "pm.h"

#define EXEC_FILE_MAX (4 << 20)      /* the kernel's limit (DoExec.MAX_ELF_BYTES) */
#define EXEC_BUF_FIRST (64 << 10)    /* the buffer's first size; it grows to the biggest program */

static char *buf;                    /* where VFS puts the program */
static size_t buf_size;
static endpoint_t in_flight = NONE;  /* the caller whose program VFS is reading, or NONE */
static int in_flight_slot;
static char in_flight_path[EXEC_PATH_MAX];  /* VFS copies the path from here, maybe later */
static int next_seq;
static message stashed;              /* an answer that came while PM waited for VFS (tell_vfs) */
static int have_stashed;

/* Asks VFS to read rmp's program into the buffer (grown to at least size first). */
static void start_read(struct mproc *rmp, size_t size) {
    if (size > buf_size || buf == NULL) {
        size_t want = size > EXEC_BUF_FIRST ? size : EXEC_BUF_FIRST;
        char *bigger = realloc(buf, want);
        if (bigger == NULL) {
            panic("pm: no memory for an exec buffer of %d bytes", (int) want);
        }
        buf = bigger;
        buf_size = want;
    }
    in_flight = rmp->mp_endpoint;
    in_flight_slot = (int) (rmp - mproc);
    strcpy(in_flight_path, rmp->mp_exec_path);
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = VFS_PM_EXEC;
    m.m1_i1 = rmp->mp_endpoint;
    m.m1_p1 = in_flight_path;
    m.m1_i2 = (int) strlen(in_flight_path) + 1;
    m.m1_p2 = buf;
    m.m1_i3 = (int) buf_size;
    int r = asynsend(VFS_PROC_NR, &m);
    if (r != OK) {
        panic("pm: cannot send VFS_PM_EXEC: %d", r);
    }
}

/* Starts the read of the process that has waited longest, if no read is in flight. */
static void start_next(void) {
    if (in_flight != NONE) {
        return;
    }
    struct mproc *first = NULL;
    for (int p = 0; p < NR_PROCS; p++) {
        struct mproc *rmp = &mproc[p];
        if ((rmp->mp_flags & EXEC_WAIT) && (first == NULL || rmp->mp_exec_seq < first->mp_exec_seq)) {
            first = rmp;
        }
    }
    if (first != NULL) {
        start_read(first, 0);
    }
}

/* The error to a caller whose exec failed; it goes on in its old program. */
static void fail(struct mproc *rmp, int error) {
    rmp->mp_flags &= ~EXEC_WAIT;
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = error;
    reply(rmp->mp_endpoint, &m);
}

/* m1_p1 path, m1_i1 its length with the NUL; m1_p2 the arguments ("a\0b\0\0"), m1_i2 their length. */
int do_exec(void) {
    int path_len = m_in.m1_i1;
    int args_len = m_in.m1_i2;
    if (path_len < 2 || path_len > EXEC_PATH_MAX || args_len < 2 || args_len > EXEC_ARGS_MAX) {
        return path_len > EXEC_PATH_MAX ? ENAMETOOLONG : args_len > EXEC_ARGS_MAX ? E2BIG : EINVAL;
    }
    if (sys_vircopy(mp->mp_endpoint, (vir_bytes) m_in.m1_p1, SELF, (vir_bytes) mp->mp_exec_path,
                    (vir_bytes) path_len) != OK
            || sys_vircopy(mp->mp_endpoint, (vir_bytes) m_in.m1_p2, SELF, (vir_bytes) mp->mp_exec_args,
                           (vir_bytes) args_len) != OK) {
        return EFAULT;
    }
    mp->mp_exec_path[path_len - 1] = '\0';
    if (mp->mp_exec_path[0] == '\0') {
        return ENOENT;
    }
    mp->mp_exec_args_len = args_len;
    mp->mp_exec_seq = next_seq++;
    mp->mp_flags |= EXEC_WAIT;
    start_next();
    return SUSPEND;
}

/*
 * VFS's answer (m, from VFS_PROC_NR): the program is in the buffer (m1_i2 its size), or the
 * error. The caller gets the new program, or the error; the next exec's read begins.
 */
void exec_reply(message *m) {
    if (in_flight == NONE || m->m1_i1 != in_flight) {
        return; /* not an answer PM waits for */
    }
    struct mproc *rmp = &mproc[in_flight_slot];
    in_flight = NONE;
    int alive = (rmp->mp_flags & EXEC_WAIT) && rmp->mp_endpoint == m->m1_i1;
    int result = m->m1_i2;
    size_t file_size = (size_t) m->m1_i3;
    if (!alive) {
        /* the caller died meanwhile: drop its exec */
    } else if (result == EFBIG && file_size > buf_size && file_size <= EXEC_FILE_MAX) {
        start_read(rmp, file_size); /* the buffer was too small: again, into a bigger one */
        return;
    } else if (result < 0) {
        fail(rmp, result);
    } else {
        const char *slash = strrchr(rmp->mp_exec_path, '/');
        int r = sys_exec(rmp->mp_endpoint, buf, (size_t) result, rmp->mp_exec_args,
                         (size_t) rmp->mp_exec_args_len, slash == NULL ? rmp->mp_exec_path : slash + 1);
        if (r == OK) {
            rmp->mp_flags &= ~EXEC_WAIT; /* it starts afresh in the new program: no reply */
            sig_exec_reset(rmp);
        } else {
            fail(rmp, r);
        }
    }
    start_next();
}

/* Keeps VFS's answer that came while PM waited for VFS's answer to another request (tell_vfs). */
void exec_stash(message *m) {
    stashed = *m;
    have_stashed = 1;
}

/* Handles a kept answer, if there is one (the main loop, between requests). */
void exec_stashed(void) {
    if (have_stashed) {
        have_stashed = 0;
        exec_reply(&stashed);
    }
}
