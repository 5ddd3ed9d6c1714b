/*
 * pm.c: what PM tells VFS about processes (MINIX's VFS_PM_* requests): a fork copies the
 * parent's descriptors to the child (they share the open files, as on UNIX); an exit closes
 * every descriptor, and a call the process was waiting in is cancelled at its driver. These
 * are answered at once; exec's read (VFS_PM_EXEC, exec.c) is answered later, by asynsend.
 */
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

static void pm_fork(endpoint_t parent, endpoint_t child) {
    struct fproc *from = &fproc[_ENDPOINT_P(parent)];
    struct fproc *to = &fproc[_ENDPOINT_P(child)];
    memset(to, 0, sizeof(*to));
    to->fp_endpoint = child;
    to->fp_grant = GRANT_INVALID;
    if (from->fp_endpoint != parent) {
        return; /* the parent never talked to VFS: it has no descriptors */
    }
    to->fp_cwd = from->fp_cwd;
    for (int fd = 0; fd < OPEN_MAX; fd++) {
        to->fp_filp[fd] = from->fp_filp[fd];
        if (to->fp_filp[fd] != NULL) {
            to->fp_filp[fd]->filp_count++;
        }
    }
}

static void pm_exit(endpoint_t e) {
    struct fproc *rfp = &fproc[_ENDPOINT_P(e)];
    if (rfp->fp_endpoint != e) {
        return;
    }
    if (rfp->fp_blocked) {
        struct filp *f = get_filp(rfp, rfp->fp_fd);
        if (f != NULL && f->filp_type == FILP_PIPE) {
            pipe_cancel(rfp);
        } else if (f != NULL) {
            cdev_cancel(f->filp_dev, rfp);
        }
        rfp->fp_blocked = 0;
    }
    if (GRANT_VALID(rfp->fp_grant)) {
        cpf_revoke(rfp->fp_grant);
    }
    for (int fd = 0; fd < OPEN_MAX; fd++) {
        if (rfp->fp_filp[fd] != NULL) {
            free_fd(rfp, fd);
        }
    }
    rfp->fp_endpoint = NONE;
}

/* A request from PM (m_in): do it and answer at once (exec: when the program is read). */
void pm_request(void) {
    if (m_in.m_type == VFS_PM_EXEC) {
        pm_exec();
        return;
    }
    switch (m_in.m_type) {
        case VFS_PM_FORK:
            pm_fork(m_in.m1_i1, m_in.m1_i2);
            break;
        case VFS_PM_EXIT:
            pm_exit(m_in.m1_i1);
            break;
        default:
            break;
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = OK;
    _send(PM_PROC_NR, &m);
}
