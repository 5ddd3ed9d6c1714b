/*
 * blockdev.c: block-device files (/dev/ram), read and written by a program directly (MINIX's
 * bdev.c for block specials). Each call is one BDEV request to the device's driver, with a
 * magic grant of the caller's buffer, sent with SENDREC: a block driver answers at once.
 */
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

/* SENDREC of a request for dev to its driver; the driver's status, or an error. */
static int bdev_call(int type, dev_t dev, int64_t pos, cp_grant_id_t grant, int count, int access) {
    int maj = major(dev);
    if (maj >= NR_DEVICES || dmap[maj].dmap_driver == NONE) {
        return ENXIO;
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = type;
    m.m_u.m_lbdev_lblockdriver_msg.minor = minor(dev);
    m.m_u.m_lbdev_lblockdriver_msg.pos = pos;
    m.m_u.m_lbdev_lblockdriver_msg.grant = grant;
    m.m_u.m_lbdev_lblockdriver_msg.count = count;
    m.m_u.m_lbdev_lblockdriver_msg.access = access;
    m.m_u.m_lbdev_lblockdriver_msg.user = fp->fp_endpoint;
    int r = _sendrec(dmap[maj].dmap_driver, &m);
    return r != OK ? r : m.m_u.m_lblockdriver_lbdev_reply.status;
}

/* BDEV_OPEN for a descriptor opened with mode (O_RDONLY, O_WRONLY, O_RDWR). */
int bdev_open(dev_t dev, int mode) {
    int access = (mode != O_WRONLY ? BDEV_R_BIT : 0) | (mode != O_RDONLY ? BDEV_W_BIT : 0);
    return bdev_call(BDEV_OPEN, dev, 0, GRANT_INVALID, 0, access);
}

int bdev_close(dev_t dev) {
    return bdev_call(BDEV_CLOSE, dev, 0, GRANT_INVALID, 0, 0);
}

/* A read or write of the caller's buffer at the file's position; bytes moved or an error. */
int bdev_io(struct filp *f, int write, vir_bytes buf, int count) {
    endpoint_t driver = dmap[major(f->filp_dev)].dmap_driver;
    cp_grant_id_t grant = cpf_grant_magic(driver, fp->fp_endpoint, buf, count, write ? CPF_READ : CPF_WRITE);
    if (!GRANT_VALID(grant)) {
        return ENOMEM;
    }
    int r = bdev_call(write ? BDEV_WRITE : BDEV_READ, f->filp_dev, f->filp_pos, grant, count, 0);
    cpf_revoke(grant);
    if (r > 0) {
        f->filp_pos += r;
    }
    return r;
}
