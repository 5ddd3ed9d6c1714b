/*
 * pipe.c: pipes (MINIX's servers/vfs/pipe.c, with the data in VFS instead of PFS). A pipe is a
 * ring of PIPE_SIZE bytes with a count of open read ends and write ends (open files, shared by
 * dup and fork). A read of an empty pipe waits (SUSPEND) while a write end is open, and gets 0
 * (end of file) when none is; a write waits while the pipe is full and a read end is open; a
 * write with no read end fails with EPIPE and the writer gets SIGPIPE. One reader and one
 * writer may wait on a pipe at a time (others get EAGAIN), enough for a shell's pipelines.
 */
#include <signal.h>
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

#define NR_PIPES 16
#define PIPE_SIZE 4096

/* A process waiting in a read or write of a pipe: where its buffer is and how far it got. */
struct pipe_wait {
    struct fproc *who;    /* NULL: nobody waits */
    vir_bytes buf;
    int count;
    int done;
};

static struct pipe {
    int in_use;
    int readers, writers;  /* open files of each end */
    int head, size;        /* the bytes are data[head .. head + size) around the ring */
    struct pipe_wait reader, writer;
    char data[PIPE_SIZE];
} pipes[NR_PIPES];

static struct pipe *pipe_of(struct filp *f) {
    return &pipes[f->filp_pipe];
}

/* Answers a process that waited in a pipe. */
static void wake(struct pipe_wait *w, int result) {
    struct fproc *rfp = w->who;
    w->who = NULL;
    rfp->fp_blocked = 0;
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = result;
    _send(rfp->fp_endpoint, &m);
}

/* Moves up to count bytes from the pipe to who's buffer at buf; the bytes moved or EFAULT. */
static int take(struct pipe *p, endpoint_t who, vir_bytes buf, int count) {
    int done = 0;
    while (done < count && p->size > 0) {
        int n = p->size < PIPE_SIZE - p->head ? p->size : PIPE_SIZE - p->head;
        if (n > count - done) {
            n = count - done;
        }
        if (sys_vircopy(SELF, (vir_bytes) (p->data + p->head), who, buf + done, n) != OK) {
            return done > 0 ? done : EFAULT;
        }
        p->head = (p->head + n) % PIPE_SIZE;
        p->size -= n;
        done += n;
    }
    return done;
}

/* Moves up to count bytes from who's buffer into the pipe's free space; the bytes moved or EFAULT. */
static int put(struct pipe *p, endpoint_t who, vir_bytes buf, int count) {
    int done = 0;
    while (done < count && p->size < PIPE_SIZE) {
        int tail = (p->head + p->size) % PIPE_SIZE;
        int n = PIPE_SIZE - p->size < PIPE_SIZE - tail ? PIPE_SIZE - p->size : PIPE_SIZE - tail;
        if (n > count - done) {
            n = count - done;
        }
        if (sys_vircopy(who, buf + done, SELF, (vir_bytes) (p->data + tail), n) != OK) {
            return done > 0 ? done : EFAULT;
        }
        p->size += n;
        done += n;
    }
    return done;
}

/* The writer that waits goes on: its rest goes in if there is room; it is answered when done. */
static void continue_writer(struct pipe *p) {
    struct pipe_wait *w = &p->writer;
    if (w->who == NULL) {
        return;
    }
    int n = put(p, w->who->fp_endpoint, w->buf + w->done, w->count - w->done);
    if (n < 0) {
        wake(w, w->done > 0 ? w->done : n);
        return;
    }
    w->done += n;
    if (w->done == w->count) {
        wake(w, w->done);
    }
}

/* The reader that waits gets what is there now (or end of file when no writer is left). */
static void continue_reader(struct pipe *p) {
    struct pipe_wait *w = &p->reader;
    if (w->who == NULL || (p->size == 0 && p->writers > 0)) {
        return;
    }
    wake(w, take(p, w->who->fp_endpoint, w->buf, w->count));
}

/* m1_i1 flags (O_NONBLOCK); reply: OK, and the read end in m1_i1, the write end in m1_i2. */
int do_pipe2(void) {
    int flags = m_in.m1_i1 & O_NONBLOCK;
    int i;
    for (i = 0; i < NR_PIPES && pipes[i].in_use; i++) {
    }
    if (i == NR_PIPES) {
        return ENFILE;
    }
    int fds[2];
    struct filp *ends[2];
    for (int e = 0; e < 2; e++) {
        fds[e] = get_fd(fp, 0);
        ends[e] = fds[e] < 0 ? NULL : new_filp();
        if (ends[e] == NULL) {
            if (e == 1) {
                free_fd(fp, fds[0]);
            }
            return fds[e] < 0 ? fds[e] : ENFILE;
        }
        ends[e]->filp_count = 1;
        ends[e]->filp_mode = e == 0 ? O_RDONLY : O_WRONLY;
        ends[e]->filp_flags = flags;
        ends[e]->filp_type = FILP_PIPE;
        ends[e]->filp_pipe = i;
        fp->fp_filp[fds[e]] = ends[e];
    }
    memset(&pipes[i], 0, sizeof(pipes[i]));
    pipes[i].in_use = 1;
    pipes[i].readers = 1;
    pipes[i].writers = 1;
    m_in.m1_i1 = fds[0];
    m_in.m1_i2 = fds[1];
    return OK;
}

/* A read (write 0) or write of a pipe by the caller: bytes moved, an error, or SUSPEND. */
int pipe_io(struct filp *f, int write, vir_bytes buf, int count) {
    struct pipe *p = pipe_of(f);
    int nonblock = f->filp_flags & O_NONBLOCK;
    if (!write) {
        if (p->size == 0) {
            if (p->writers == 0) {
                return 0;
            }
            if (nonblock || p->reader.who != NULL) {
                return EAGAIN;
            }
            p->reader = (struct pipe_wait) {fp, buf, count, 0};
            fp->fp_blocked = 1;
            return SUSPEND;
        }
        int n = take(p, fp->fp_endpoint, buf, count);
        continue_writer(p);
        return n;
    }
    if (p->readers == 0) {
        sys_kill(fp->fp_endpoint, SIGPIPE);
        return EPIPE;
    }
    int n = put(p, fp->fp_endpoint, buf, count);
    continue_reader(p);
    if (n < 0 || n == count) {
        return n;
    }
    if (nonblock || p->writer.who != NULL) {
        return n > 0 ? n : EAGAIN;
    }
    p->writer = (struct pipe_wait) {fp, buf, count, n};
    fp->fp_blocked = 1;
    return SUSPEND;
}

/* The last descriptor of a pipe end went: the other side may have to hear of it. */
void pipe_release(struct filp *f) {
    struct pipe *p = pipe_of(f);
    if (f->filp_mode == O_RDONLY) {
        p->readers--;
        if (p->readers == 0 && p->writer.who != NULL) {
            struct pipe_wait *w = &p->writer;
            if (w->done == 0) {
                sys_kill(w->who->fp_endpoint, SIGPIPE);
            }
            wake(w, w->done > 0 ? w->done : EPIPE);
        }
    } else {
        p->writers--;
        continue_reader(p);
    }
    if (p->readers == 0 && p->writers == 0) {
        p->in_use = 0;
    }
}

/* The process rfp, waiting in a pipe, is gone: forget its wait. */
void pipe_cancel(struct fproc *rfp) {
    for (int i = 0; i < NR_PIPES; i++) {
        if (pipes[i].reader.who == rfp) {
            pipes[i].reader.who = NULL;
        }
        if (pipes[i].writer.who == rfp) {
            pipes[i].writer.who = NULL;
        }
    }
    rfp->fp_blocked = 0;
}
