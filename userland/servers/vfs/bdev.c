/*
 * bdev.c: the root file system's device (MINIX's servers/vfs/bdev.c): mfs reaches the disk
 * through fs_dev_io, which sends the disk driver a BDEV_READ or BDEV_WRITE with a direct grant
 * of mfs's buffer and waits for the answer (mfs cannot go on without the block). At start VFS
 * opens the disk and mounts the root file system; with no disk (or no file system on it) VFS
 * still serves the console by the names it knows.
 *
 * The request goes out with SENDA (asynsend) and VFS waits for the answer in RECEIVE, never in
 * a SEND to the driver: a driver that was killed stays stopped until PM has told VFS of its
 * exit, so VFS must keep answering PM while it waits (else PM, and RS waiting for PM to restart
 * the driver, would wait for ever). While it waits, VFS answers PM at once, puts every other
 * request aside for the main loop (defer_request; PM's VFS_PM_EXEC too, as it needs the disk),
 * and listens to DS.
 *
 * Recovery: a request in flight when the driver dies is never answered. VFS, subscribed to
 * drv.blk.* in DS, hears the new instance announce itself, reopens the device there and sends
 * the request again with a fresh grant, at most MAX_RETRIES times per request, so the process
 * whose read caused it gets its data.
 */
#include <string.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>
#include "vfs.h"

#define MAX_RETRIES 10
#define DRIVER_KEY "drv.blk.virtio0"

int root_mounted;
static endpoint_t disk_driver = VIRTIO_BLK_PROC_NR;
static int next_id;

/*
 * Drains DS's news about drv.blk.*: the endpoint of the last announcement of DRIVER_KEY by an
 * instance other than the one VFS uses, or NONE.
 */
endpoint_t ds_driver_news(void) {
    endpoint_t found = NONE;
    char key[DS_MAX_KEYLEN];
    int type;
    endpoint_t owner;
    while (ds_check(key, &type, &owner) == OK) {
        if (strcmp(key, DRIVER_KEY) == 0 && (type & DSF_IN_USE) && owner != disk_driver) {
            found = owner;
        }
    }
    return found;
}

/* A message that came while VFS waited for the driver: PM's now, DS's news noted, others later. */
static void while_waiting(message *m, int status, endpoint_t *news) {
    if (is_ipc_notify(status)) {
        if (m->m_source == DS_PROC_NR) {
            endpoint_t e = ds_driver_news();
            if (e != NONE) {
                *news = e;
            }
        }
        return;
    }
    if (m->m_source == PM_PROC_NR && IS_VFS_PM_RQ(m->m_type) && m->m_type != VFS_PM_EXEC) {
        /* an exit's inodes are let go of later (release_filp), since mfs is busy now */
        message saved = m_in;
        m_in = *m;
        mfs_busy = 1;
        pm_request();
        mfs_busy = 0;
        m_in = saved;
        return;
    }
    defer_request(m);
}

/*
 * Sends rq to the disk driver and waits for its answer: the driver's status, or EDEADSRCDST
 * when a new instance of the driver announced itself first (*news: its endpoint).
 */
static int bdev_wait(message *rq, endpoint_t *news) {
    *news = NONE;
    int id = ++next_id;
    rq->m_u.m_lbdev_lblockdriver_msg.id = id;
    rq->m_u.m_lbdev_lblockdriver_msg.user = VFS_PROC_NR;
    int r = asynsend(disk_driver, rq);
    for (;;) {
        message m;
        int status;
        if (*news != NONE) {
            return EDEADSRCDST;
        }
        if (sef_receive_status(ANY, &m, &status) != OK) {
            continue;
        }
        if (r == OK && !is_ipc_notify(status) && m.m_source == disk_driver && m.m_type == BDEV_REPLY
            && m.m_u.m_lblockdriver_lbdev_reply.id == id) {
            return m.m_u.m_lblockdriver_lbdev_reply.status;
        }
        if (!is_ipc_notify(status) && m.m_type == BDEV_REPLY) {
            continue; /* an answer from an instance that is gone */
        }
        while_waiting(&m, status, news);
    }
}

/* A request with no buffer (BDEV_OPEN, BDEV_IOCTL DIOCFLUSH) to the driver VFS uses now. */
static int bdev_simple(int type, int access, int request, endpoint_t *news) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = type;
    m.m_u.m_lbdev_lblockdriver_msg.access = access;
    m.m_u.m_lbdev_lblockdriver_msg.request = request;
    m.m_u.m_lbdev_lblockdriver_msg.grant = GRANT_INVALID;
    return bdev_wait(&m, news);
}

/* Switches to the driver's new instance and opens the device there (again if it changed). */
static int reopen(endpoint_t who) {
    for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
        disk_driver = who;
        int r = bdev_simple(BDEV_OPEN, BDEV_R_BIT | BDEV_W_BIT, 0, &who);
        if (r != EDEADSRCDST) {
            return r;
        }
    }
    return EIO;
}

static int dev_io(int write, u32_t block, void *buf, u32_t nblocks) {
    u32_t bytes = nblocks * mfs_block_size;
    int r = EIO;
    for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
        cp_grant_id_t grant = cpf_grant_direct(disk_driver, (vir_bytes) buf, bytes, write ? CPF_READ : CPF_WRITE);
        if (!GRANT_VALID(grant)) {
            return ENOMEM;
        }
        message m;
        memset(&m, 0, sizeof(m));
        m.m_type = write ? BDEV_WRITE : BDEV_READ;
        m.m_u.m_lbdev_lblockdriver_msg.pos = (int64_t) block * mfs_block_size;
        m.m_u.m_lbdev_lblockdriver_msg.grant = grant;
        m.m_u.m_lbdev_lblockdriver_msg.count = (int) bytes;
        endpoint_t news;
        r = bdev_wait(&m, &news);
        cpf_revoke(grant);
        if (r != EDEADSRCDST) {
            break;
        }
        if (reopen(news) != OK) {
            return EIO;
        }
    }
    if (r < 0) {
        return r;
    }
    return (u32_t) r == bytes ? OK : EIO;
}

/* Another instance of the driver announced itself while VFS was idle: use it from now on. */
void driver_changed(endpoint_t who) {
    reopen(who);
}

/* Opens the disk and mounts the file system on it as the root, if there is one. */
void mount_root(void) {
    ds_subscribe("drv\\.blk\\..*", 0);
    endpoint_t news;
    int r = bdev_simple(BDEV_OPEN, BDEV_R_BIT | BDEV_W_BIT, 0, &news);
    if (r == EDEADSRCDST) {
        r = reopen(news);
    }
    if (r != OK) {
        return; /* no disk: VFS serves the console alone */
    }
    fs_dev_io = dev_io;
    if (mfs_mount() == OK) {
        root_mounted = 1;
    }
}

/* VFS_SYNC: every dirty block to the disk, then the disk's own cache. */
int do_sync(void) {
    if (!root_mounted) {
        return OK;
    }
    int r = mfs_sync();
    if (r != OK) {
        return r;
    }
    endpoint_t news;
    r = bdev_simple(BDEV_IOCTL, 0, DIOCFLUSH, &news);
    if (r == EDEADSRCDST) {
        r = reopen(news) == OK ? bdev_simple(BDEV_IOCTL, 0, DIOCFLUSH, &news) : EIO;
    }
    return r;
}
