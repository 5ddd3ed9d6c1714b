/*
 * main.c: the virtual file system's main loop (MINIX's servers/vfs/main.c). Requests from
 * processes go through the call vector; answers of character drivers (CDEV_REPLY) finish a
 * call that waited for them. VFS does not block on a character driver: it sends with SENDA and
 * lets the caller wait (SUSPEND), so one process reading the console does not stop the others.
 * The disk is different: mfs needs each block before it can go on, so VFS waits for the disk
 * driver's answer in RECEIVE (bdev.c), putting other requests aside (defer_request) and serving
 * them here first; a block-device file (/dev/ram) is one SENDREC to its driver (blockdev.c).
 *
 * The root file system (mfs, on the disk driver: bdev.c) is mounted before the first request.
 */
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>
#include "vfs.h"

message m_in;
struct fproc *fp;
struct fproc fproc[NR_PROCS];

/* The caller's table: a slot whose endpoint changed holds a new process, with no descriptors. */
static struct fproc *fproc_of(endpoint_t e) {
    int p = _ENDPOINT_P(e);
    if (p < 0 || p >= NR_PROCS) {
        return NULL;
    }
    struct fproc *rfp = &fproc[p];
    if (rfp->fp_endpoint != e) {
        memset(rfp, 0, sizeof(*rfp));
        rfp->fp_endpoint = e;
        rfp->fp_grant = GRANT_INVALID;
    }
    return rfp;
}

/* Answers a process; m_in's fields set by the handler go along (fstat, lseek). */
void reply(struct fproc *rfp, int result) {
    message m;
    memcpy(&m, &m_in, sizeof(m));
    m.m_type = result;
    _send(rfp->fp_endpoint, &m);
}

static void handle_request(void) {
    fp = fproc_of(m_in.m_source);
    if (fp == NULL) {
        return;
    }
    int call = m_in.m_type - VFS_BASE;
    int result;
    if (!IS_VFS_CALL(m_in.m_type) || call < 0 || call >= NR_VFS_CALLS || call_vec[call] == NULL) {
        result = no_sys();
    } else {
        result = call_vec[call]();
    }
    if (result != SUSPEND) {
        reply(fp, result);
    }
}

/* Requests that came while VFS waited for a restarted disk driver, served first by the main
 * loop (each process has at most one call open, so NR_PROCS entries are enough; PM's too). */
static message deferred[NR_PROCS + 8];
static int deferred_first, deferred_count;

void defer_request(message *m) {
    if (deferred_count == (int) (sizeof(deferred) / sizeof(deferred[0]))) {
        return; /* cannot happen: one open call per process */
    }
    deferred[(deferred_first + deferred_count) % (sizeof(deferred) / sizeof(deferred[0]))] = *m;
    deferred_count++;
}

/* The next message: a deferred one first, else the next that arrives. */
static int next_message(int *status) {
    if (deferred_count > 0) {
        m_in = deferred[deferred_first];
        deferred_first = (deferred_first + 1) % (sizeof(deferred) / sizeof(deferred[0]));
        deferred_count--;
        *status = 0;
        return OK;
    }
    return sef_receive_status(ANY, &m_in, status);
}

int main(void) {
    sef_startup();
    dmap_init();
    mount_root();
    for (int p = 0; p < NR_PROCS; p++) {
        fproc[p].fp_endpoint = NONE;
    }
    for (;;) {
        int status;
        if (next_message(&status) != OK) {
            continue;
        }
        if (is_ipc_notify(status)) {
            if (m_in.m_source == DS_PROC_NR) {
                endpoint_t e = ds_driver_news();
                if (e != NONE) {
                    driver_changed(e);
                }
            }
            continue;
        }
        put_pending_inodes();
        if (IS_BDEV_RS(m_in.m_type)) {
            continue; /* a late answer of a disk driver that was replaced (bdev.c) */
        }
        if (IS_CDEV_RS(m_in.m_type) && is_driver(m_in.m_source)) {
            cdev_reply(&m_in);
        } else if (m_in.m_source == PM_PROC_NR && IS_VFS_PM_RQ(m_in.m_type)) {
            pm_request();
        } else {
            handle_request();
        }
    }
}
