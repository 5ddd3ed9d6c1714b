/*
 * bdev.c: the root file system's device (MINIX's servers/vfs/bdev.c): mfs reaches the disk
 * through fs_dev_io, which sends the disk driver a BDEV_READ or BDEV_WRITE with a direct grant
 * of mfs's buffer and waits for the answer (SENDREC: the disk answers quickly, and mfs cannot
 * go on without the block). At start VFS opens the disk and mounts the root file system; with
 * no disk (or no file system on it) VFS still serves the console by the names it knows.
 *
 * Recovery: a request in flight when the driver dies fails with EDEADSRCDST. VFS, subscribed
 * to drv.blk.* in DS, then waits for the driver's new instance to announce itself, reopens the
 * device there and sends the request again with a fresh grant, at most MAX_RETRIES times per
 * request, so the process whose read caused it gets its data.
 */
#include <string.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>
#include "vfs.h"

#define MAX_RETRIES 10
#define RESTART_TICKS (10 * 60)   /* how long to wait for a restarted driver: 10 s at 60 Hz */
#define DRIVER_KEY "drv.blk.virtio0"

int root_mounted;
static endpoint_t disk_driver = VIRTIO_BLK_PROC_NR;

/* SENDREC of one request to the disk driver; the driver's status, or the IPC error. */
static int bdev_sendrec(int type, int64_t pos, cp_grant_id_t grant, int count, int access) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = type;
    m.m_u.m_lbdev_lblockdriver_msg.minor = 0;
    m.m_u.m_lbdev_lblockdriver_msg.pos = pos;
    m.m_u.m_lbdev_lblockdriver_msg.grant = grant;
    m.m_u.m_lbdev_lblockdriver_msg.count = count;
    m.m_u.m_lbdev_lblockdriver_msg.access = access;
    m.m_u.m_lbdev_lblockdriver_msg.user = VFS_PROC_NR;
    m.m_u.m_lbdev_lblockdriver_msg.id = 0;
    int r = _sendrec(disk_driver, &m);
    if (r != OK) {
        return r;
    }
    if (m.m_type != BDEV_REPLY) {
        return EIO;
    }
    return m.m_u.m_lblockdriver_lbdev_reply.status;
}

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

/*
 * The driver died in the middle of a request: wait for its new instance's announcement (a
 * notification from DS), at most RESTART_TICKS. VFS is inside mfs now and cannot serve other
 * calls, so their requests are put aside for the main loop (defer_request); PM's fork is
 * answered at once, since RS may need PM to start the new driver.
 */
static int driver_restarted(endpoint_t *who) {
    sys_setalarm(RESTART_TICKS, 0);
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) != OK) {
            continue;
        }
        if (is_ipc_notify(status)) {
            if (m.m_source == DS_PROC_NR) {
                endpoint_t e = ds_driver_news();
                if (e != NONE) {
                    sys_setalarm(0, 0);
                    *who = e;
                    return OK;
                }
            } else if (m.m_source == CLOCK) {
                return EIO;
            }
            continue;
        }
        if (m.m_source == PM_PROC_NR && m.m_type == VFS_PM_FORK) {
            message saved = m_in;
            m_in = m;
            pm_request();
            m_in = saved;
            continue;
        }
        defer_request(&m);
    }
}

/* Another instance of the driver announced itself while VFS was idle: use it from now on. */
void driver_changed(endpoint_t who) {
    disk_driver = who;
    bdev_sendrec(BDEV_OPEN, 0, GRANT_INVALID, 0, BDEV_R_BIT | BDEV_W_BIT);
}

/* The driver died: wait for its new instance and open the device there. */
static int reopen_driver(void) {
    endpoint_t who;
    int r = driver_restarted(&who);
    if (r != OK) {
        return r;
    }
    disk_driver = who;
    return bdev_sendrec(BDEV_OPEN, 0, GRANT_INVALID, 0, BDEV_R_BIT | BDEV_W_BIT);
}

static int dev_io(int write, u32_t block, void *buf, u32_t nblocks) {
    u32_t bytes = nblocks * mfs_block_size;
    cp_grant_id_t grant = cpf_grant_direct(disk_driver, (vir_bytes) buf, bytes, write ? CPF_READ : CPF_WRITE);
    if (!GRANT_VALID(grant)) {
        return ENOMEM;
    }
    int r = EIO;
    for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
        r = bdev_sendrec(write ? BDEV_WRITE : BDEV_READ, (int64_t) block * mfs_block_size, grant, (int) bytes, 0);
        if (r != EDEADSRCDST && r != EDEADEPT) {
            break;
        }
        cpf_revoke(grant);
        if (reopen_driver() != OK) {
            return EIO;
        }
        grant = cpf_grant_direct(disk_driver, (vir_bytes) buf, bytes, write ? CPF_READ : CPF_WRITE);
        if (!GRANT_VALID(grant)) {
            return ENOMEM;
        }
    }
    cpf_revoke(grant);
    if (r < 0) {
        return r;
    }
    return (u32_t) r == bytes ? OK : EIO;
}

/* Opens the disk and mounts the file system on it as the root, if there is one. */
void mount_root(void) {
    ds_subscribe("drv\\.blk\\..*", 0);
    if (bdev_sendrec(BDEV_OPEN, 0, GRANT_INVALID, 0, BDEV_R_BIT | BDEV_W_BIT) != OK) {
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
    cp_grant_id_t none = GRANT_INVALID;
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = BDEV_IOCTL;
    m.m_u.m_lbdev_lblockdriver_msg.request = DIOCFLUSH;
    m.m_u.m_lbdev_lblockdriver_msg.grant = none;
    r = _sendrec(disk_driver, &m);
    return r != OK ? r : m.m_u.m_lblockdriver_lbdev_reply.status;
}
