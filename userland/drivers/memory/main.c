/*
 * main.c: the memory driver (MINIX's drivers/storage/memory): three devices of major 1.
 *   minor NULL_DEV (3)  /dev/null: reads give end of file, writes swallow everything
 *   minor ZERO_DEV (5)  /dev/zero: reads give zeros, writes swallow everything
 *   minor RAM_DEV  (0)  /dev/ram: a RAM disk of RAM_BYTES in the driver's own memory
 * It speaks the character-device protocol for all three (CDEV_*, answered with asynsend, as
 * VFS sends them) and the block-device protocol for the RAM disk (BDEV_*, answered with SEND:
 * VFS waits in SENDREC, as for the disk). On start it announces itself as drv.chr.memory in DS.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>

#define RAM_BYTES (512 * 1024)
#define MAX_IOVEC 64

static char ram[RAM_BYTES];
static const char zeros[1024];

/* Moves count bytes between the RAM disk at pos and grant (from offset); bytes moved or error. */
static int ram_io(endpoint_t who, cp_grant_id_t grant, vir_bytes offset, int64_t pos, int count, int write) {
    if (pos < 0 || count < 0) {
        return EINVAL;
    }
    if (pos >= RAM_BYTES) {
        return 0;
    }
    if (count > RAM_BYTES - pos) {
        count = (int) (RAM_BYTES - pos);
    }
    int r = write ? sys_safecopyfrom(who, grant, offset, (vir_bytes) (ram + pos), count)
                  : sys_safecopyto(who, grant, offset, (vir_bytes) (ram + pos), count);
    return r != OK ? r : count;
}

/* Fills count bytes of grant with zeros. */
static int zero_fill(endpoint_t who, cp_grant_id_t grant, int count) {
    for (int done = 0; done < count;) {
        int n = count - done < (int) sizeof(zeros) ? count - done : (int) sizeof(zeros);
        int r = sys_safecopyto(who, grant, done, (vir_bytes) zeros, n);
        if (r != OK) {
            return r;
        }
        done += n;
    }
    return count;
}

static int cdev_request(message *m) {
    mess_cdev_request *rq = &m->m_u.m_cdev;
    int minor = rq->minor;
    if (minor != NULL_DEV && minor != ZERO_DEV && minor != RAM_DEV) {
        return ENXIO;
    }
    switch (m->m_type) {
        case CDEV_OPEN:
        case CDEV_CLOSE:
            return OK;
        case CDEV_READ:
            if (minor == NULL_DEV) {
                return 0;
            }
            if (minor == ZERO_DEV) {
                return zero_fill(m->m_source, rq->grant, rq->count);
            }
            return ram_io(m->m_source, rq->grant, 0, rq->pos, rq->count, 0);
        case CDEV_WRITE:
            if (minor != RAM_DEV) {
                return rq->count;
            }
            return ram_io(m->m_source, rq->grant, 0, rq->pos, rq->count, 1);
        case CDEV_CANCEL:
            return EDONTREPLY; /* nothing here ever waits */
        default:
            return ENOTTY;
    }
}

static int bdev_request(message *m) {
    mess_lbdev_lblockdriver_msg *rq = &m->m_u.m_lbdev_lblockdriver_msg;
    if (rq->minor != RAM_DEV) {
        return ENXIO;
    }
    switch (m->m_type) {
        case BDEV_OPEN:
        case BDEV_CLOSE:
            return OK;
        case BDEV_READ:
        case BDEV_WRITE:
            return ram_io(m->m_source, rq->grant, 0, rq->pos, rq->count, m->m_type == BDEV_WRITE);
        case BDEV_GATHER:
        case BDEV_SCATTER: {
            iovec_s_t iov[MAX_IOVEC];
            if (rq->count <= 0 || rq->count > MAX_IOVEC) {
                return EINVAL;
            }
            int r = sys_safecopyfrom(m->m_source, rq->grant, 0, (vir_bytes) iov, rq->count * sizeof(iov[0]));
            int total = 0;
            for (int i = 0; r == OK && i < rq->count; i++) {
                int n = ram_io(m->m_source, iov[i].iov_grant, 0, rq->pos + total, (int) iov[i].iov_size,
                    m->m_type == BDEV_SCATTER);
                if (n < 0) {
                    return n;
                }
                total += n;
                if (n < iov[i].iov_size) {
                    break;
                }
            }
            return r != OK ? r : total;
        }
        case BDEV_IOCTL:
            if (rq->request == DIOCGETSIZE) {
                uint64_t size = RAM_BYTES;
                return sys_safecopyto(m->m_source, rq->grant, 0, (vir_bytes) &size, sizeof(size));
            }
            return rq->request == DIOCFLUSH ? OK : ENOTTY;
        default:
            return EINVAL;
    }
}

int main(void) {
    sef_startup();
    if (sef_init_type() == SEF_INIT_RESTART) {
        sys_statectl(SYS_STATE_CLEAR_IPC_REFS); /* wake whoever waited on the dead instance */
    }
    int r = ds_publish_u32("drv.chr.memory", DS_DRIVER_UP, DSF_OVERWRITE);
    if (r != OK) {
        printf("memory: cannot announce drv.chr.memory: %d\n", r);
    }
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) != OK || is_ipc_notify(status)) {
            continue;
        }
        message reply;
        memset(&reply, 0, sizeof(reply));
        if (IS_CDEV_RQ(m.m_type)) {
            int result = cdev_request(&m);
            if (result == EDONTREPLY) {
                continue;
            }
            reply.m_type = CDEV_REPLY;
            reply.m_u.m_cdev_reply.id = m.m_u.m_cdev.id;
            reply.m_u.m_cdev_reply.status = result;
            asynsend(m.m_source, &reply);
        } else if (IS_BDEV_RQ(m.m_type)) {
            reply.m_type = BDEV_REPLY;
            reply.m_u.m_lblockdriver_lbdev_reply.id = m.m_u.m_lbdev_lblockdriver_msg.id;
            reply.m_u.m_lblockdriver_lbdev_reply.status = bdev_request(&m);
            _send(m.m_source, &reply);
        }
    }
}
