/*
 * device.c: talking to character drivers (MINIX's servers/vfs/device.c and dmap.c). A request
 * goes out with SENDA (asynsend), so VFS never waits for a driver; its id is the caller's
 * endpoint, and the caller is suspended until the driver's CDEV_REPLY comes back with that id.
 * A read that must wait for input simply gets its answer later.
 */
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

struct dmap dmap[NR_DEVICES];

void dmap_init(void) {
    for (int i = 0; i < NR_DEVICES; i++) {
        dmap[i].dmap_driver = NONE;
    }
    dmap[TTY_MAJOR].dmap_driver = TTY_PROC_NR;
    dmap[TTY_MAJOR].dmap_label = "tty";
    dmap[MEMORY_MAJOR].dmap_driver = MEM_PROC_NR;
    dmap[MEMORY_MAJOR].dmap_label = "memory";
}

/* Whether e is a driver of the device map: only drivers may answer device requests. */
int is_driver(endpoint_t e) {
    for (int i = 0; i < NR_DEVICES; i++) {
        if (dmap[i].dmap_driver != NONE && dmap[i].dmap_driver == e) {
            return 1;
        }
    }
    return 0;
}

/*
 * Sends CDEV_OPEN, CLOSE, READ or WRITE for rfp to the driver of dev; SUSPEND when it went
 * out (the answer comes to cdev_reply), else an error. buf, count: the caller's buffer.
 */
int cdev_io(int op, dev_t dev, struct fproc *rfp, vir_bytes buf, size_t count, int flags) {
    int maj = major(dev);
    if (maj >= NR_DEVICES || dmap[maj].dmap_driver == NONE) {
        return ENXIO;
    }
    endpoint_t driver = dmap[maj].dmap_driver;
    cp_grant_id_t grant = GRANT_INVALID;
    if (op == CDEV_READ || op == CDEV_WRITE) {
        int access = op == CDEV_READ ? CPF_WRITE : CPF_READ;
        grant = cpf_grant_magic(driver, rfp->fp_endpoint, buf, count, access);
        if (!GRANT_VALID(grant)) {
            return ENOMEM;
        }
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = op;
    m.m_u.m_cdev.minor = minor(dev);
    m.m_u.m_cdev.access = flags;
    m.m_u.m_cdev.grant = grant;
    m.m_u.m_cdev.count = (int) count;
    m.m_u.m_cdev.id = rfp->fp_endpoint;
    m.m_u.m_cdev.user = rfp->fp_endpoint;
    int r = asynsend(driver, &m);
    if (r != OK) {
        if (GRANT_VALID(grant)) {
            cpf_revoke(grant);
        }
        return r;
    }
    rfp->fp_blocked = 1;
    rfp->fp_grant = grant;
    return SUSPEND;
}

/* A driver's answer: finish the call of the process whose endpoint is its id. */
void cdev_reply(message *m) {
    endpoint_t id = m->m_u.m_cdev_reply.id;
    int status = m->m_u.m_cdev_reply.status;
    int p = _ENDPOINT_P(id);
    if (p < 0 || p >= NR_PROCS) {
        return;
    }
    struct fproc *rfp = &fproc[p];
    if (rfp->fp_endpoint != id || !rfp->fp_blocked) {
        return; /* the process is gone, or the answer is stale */
    }
    rfp->fp_blocked = 0;
    if (GRANT_VALID(rfp->fp_grant)) {
        cpf_revoke(rfp->fp_grant);
        rfp->fp_grant = GRANT_INVALID;
    }
    int result = status;
    if (rfp->fp_call == VFS_OPEN) {
        if (status == OK) {
            result = rfp->fp_fd;
        } else {
            free_fd(rfp, rfp->fp_fd);
        }
    } else if ((rfp->fp_call == VFS_READ || rfp->fp_call == VFS_WRITE) && status > 0) {
        struct filp *f = get_filp(rfp, rfp->fp_fd);
        if (f != NULL) {
            f->filp_pos += status;
        }
    }
    memset(&m_in, 0, sizeof(m_in));
    reply(rfp, result);
}

/* The process rfp is gone: its driver may forget the request it waits in (the answer, EINTR,
 * finds no one waiting and is dropped). */
void cdev_cancel(dev_t dev, struct fproc *rfp) {
    int maj = major(dev);
    if (maj >= NR_DEVICES || dmap[maj].dmap_driver == NONE) {
        return;
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = CDEV_CANCEL;
    m.m_u.m_cdev.minor = minor(dev);
    m.m_u.m_cdev.id = rfp->fp_endpoint;
    m.m_u.m_cdev.user = rfp->fp_endpoint;
    asynsend(dmap[maj].dmap_driver, &m);
}
