/*
 * main.c: the virtio disk driver (MINIX's drivers/storage/virtio_blk with libblockdriver's
 * loop): it answers VFS's block-device requests for minor 0, the whole disk.
 *   BDEV_OPEN, BDEV_CLOSE      OK (ENXIO without a disk; EACCES for writing a read-only one)
 *   BDEV_READ, BDEV_WRITE      one buffer (a grant) at a byte position, whole sectors
 *   BDEV_GATHER, BDEV_SCATTER  a vector of buffers (a grant of iovec_s_t entries)
 *   BDEV_IOCTL                 DIOCFLUSH (the disk writes its cache back), DIOCGETSIZE
 * The answer, BDEV_REPLY, carries the bytes moved or an error, and goes with SEND: VFS waits
 * for it in SENDREC.
 *
 * On every start it announces itself in DS (announce()), so VFS finds a restarted driver.
 *
 * Data goes by DMA straight to VFS's buffers: SYS_UMAP gives the physical address of a grant
 * when its bytes are physically contiguous. When they are not (a buffer that spans two pages
 * the kernel put apart), the data goes through the driver's own bounce pages, one page each,
 * and SAFECOPY carries it between them and the grant.
 */
#include <errno.h>
#include <string.h>
#include <stdio.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>
#include "virtio_blk.h"

#define NR_BOUNCE 16          /* bounce pages */
#define MAX_IOVEC 64          /* entries of a GATHER/SCATTER vector */
#define DRIVER_KEY "drv.blk.virtio0"

static char bounce_area[(NR_BOUNCE + 1) * PAGE_SIZE];
static char *bounce[NR_BOUNCE];
static phys_bytes bounce_phys[NR_BOUNCE];

/* A piece of a request that goes through a bounce page. */
static struct { cp_grant_id_t grant; vir_bytes offset; int page; uint32_t len; } bounced[NR_BOUNCE];

/* Argument "bounce" (for BlockDriverTest): every buffer goes through the bounce pages. */
static int force_bounce;

/* The round being put together: the segments of one virtio request. */
static struct segment segs[MAX_SEGMENTS];
static int nsegs;
static int nbounced;
static uint32_t round_bytes;

static void bounce_init(void) {
    char *first = (char *) (((vir_bytes) bounce_area + PAGE_SIZE - 1) & ~(vir_bytes) (PAGE_SIZE - 1));
    for (int i = 0; i < NR_BOUNCE; i++) {
        bounce[i] = first + i * PAGE_SIZE;
        if (sys_umap(SELF, VM_D, (vir_bytes) bounce[i], PAGE_SIZE, &bounce_phys[i]) != OK) {
            panic("virtio_blk: no physical address for a bounce page");
        }
    }
}

/* Sends the round to the disk at *pos; for a read, copies the bounced pieces to their grants. */
static int flush_round(endpoint_t owner, int write, uint64_t *pos) {
    if (nsegs == 0) {
        return OK;
    }
    int r = virtio_transfer(write ? VIRTIO_BLK_T_OUT : VIRTIO_BLK_T_IN, *pos / SECTOR_SIZE, segs, nsegs);
    for (int i = 0; r == OK && !write && i < nbounced; i++) {
        r = sys_safecopyto(owner, bounced[i].grant, bounced[i].offset, (vir_bytes) bounce[bounced[i].page],
            bounced[i].len);
    }
    *pos += round_bytes;
    nsegs = 0;
    nbounced = 0;
    round_bytes = 0;
    return r;
}

/* Adds len bytes of grant (from offset) to the round, by DMA or through bounce pages. */
static int add_buffer(endpoint_t owner, int write, cp_grant_id_t grant, uint32_t len, uint64_t *pos) {
    phys_bytes phys;
    if (!force_bounce && sys_umap(owner, VM_GRANT, (vir_bytes) grant, len, &phys) == OK) {
        if (nsegs == MAX_SEGMENTS) {
            int r = flush_round(owner, write, pos);
            if (r != OK) {
                return r;
            }
        }
        segs[nsegs].phys = phys;
        segs[nsegs].len = len;
        nsegs++;
        round_bytes += len;
        return OK;
    }
    for (uint32_t done = 0; done < len;) {
        if (nsegs == MAX_SEGMENTS || nbounced == NR_BOUNCE) {
            int r = flush_round(owner, write, pos);
            if (r != OK) {
                return r;
            }
        }
        uint32_t n = len - done < PAGE_SIZE ? len - done : PAGE_SIZE;
        int page = nbounced;
        if (write) {
            int r = sys_safecopyfrom(owner, grant, done, (vir_bytes) bounce[page], n);
            if (r != OK) {
                return r;
            }
        }
        bounced[nbounced].grant = grant;
        bounced[nbounced].offset = done;
        bounced[nbounced].page = page;
        bounced[nbounced].len = n;
        nbounced++;
        segs[nsegs].phys = bounce_phys[page];
        segs[nsegs].len = n;
        nsegs++;
        round_bytes += n;
        done += n;
    }
    return OK;
}

/* READ, WRITE, GATHER, SCATTER: the bytes moved, or an error. */
static int do_transfer(message *m, int write, int vector) {
    mess_lbdev_lblockdriver_msg *rq = &m->m_u.m_lbdev_lblockdriver_msg;
    iovec_s_t iov[MAX_IOVEC];
    int count = 1;
    if (vector) {
        count = rq->count;
        if (count <= 0 || count > MAX_IOVEC) {
            return EINVAL;
        }
        int r = sys_safecopyfrom(m->m_source, rq->grant, 0, (vir_bytes) iov, count * sizeof(iov[0]));
        if (r != OK) {
            return r;
        }
    } else {
        iov[0].iov_grant = rq->grant;
        iov[0].iov_size = rq->count;
    }
    if (write && virtio_read_only()) {
        return EROFS;
    }
    uint64_t pos = (uint64_t) rq->pos;
    if (rq->pos < 0 || pos % SECTOR_SIZE != 0) {
        return EINVAL;
    }
    uint64_t room = pos < virtio_capacity() ? virtio_capacity() - pos : 0;
    uint64_t total = 0;
    nsegs = 0;
    nbounced = 0;
    round_bytes = 0;
    for (int i = 0; i < count && room > 0; i++) {
        uint32_t len = (uint32_t) iov[i].iov_size;
        if (iov[i].iov_size <= 0 || len % SECTOR_SIZE != 0) {
            return EINVAL;
        }
        if (len > room) {
            len = (uint32_t) room;
        }
        int r = add_buffer(m->m_source, write, iov[i].iov_grant, len, &pos);
        if (r != OK) {
            return r;
        }
        room -= len;
        total += len;
    }
    int r = flush_round(m->m_source, write, &pos);
    return r != OK ? r : (int) total;
}

static int do_ioctl(message *m) {
    mess_lbdev_lblockdriver_msg *rq = &m->m_u.m_lbdev_lblockdriver_msg;
    switch (rq->request) {
        case DIOCFLUSH:
            return virtio_transfer(VIRTIO_BLK_T_FLUSH, 0, NULL, 0);
        case DIOCGETSIZE: {
            uint64_t size = virtio_capacity();
            return sys_safecopyto(m->m_source, rq->grant, 0, (vir_bytes) &size, sizeof(size));
        }
        default:
            return ENOTTY;
    }
}

static int handle(message *m) {
    mess_lbdev_lblockdriver_msg *rq = &m->m_u.m_lbdev_lblockdriver_msg;
    if (!virtio_present() || rq->minor != 0) {
        return ENXIO;
    }
    switch (m->m_type) {
        case BDEV_OPEN:
            return (rq->access & BDEV_W_BIT) && virtio_read_only() ? EACCES : OK;
        case BDEV_CLOSE:
            return OK;
        case BDEV_READ:
            return do_transfer(m, 0, 0);
        case BDEV_WRITE:
            return do_transfer(m, 1, 0);
        case BDEV_GATHER:
            return do_transfer(m, 0, 1);
        case BDEV_SCATTER:
            return do_transfer(m, 1, 1);
        case BDEV_IOCTL:
            return do_ioctl(m);
        default:
            return EINVAL;
    }
}

/*
 * blockdriver_announce: whoever still waits on a dead predecessor is woken with EDEADSRCDST
 * (SYS_STATECTL), then drv.blk.virtio0 in DS says the driver is up; VFS, subscribed to
 * drv.blk.*, learns the new endpoint from it. As in MINIX only a restart clears: at a fresh
 * start the requests already sent to the driver (VFS's first BDEV_OPEN) are not stale.
 */
static void announce(int restart) {
    int r;
    if (restart && (r = sys_statectl(SYS_STATE_CLEAR_IPC_REFS)) != OK) {
        printf("virtio_blk: SYS_STATECTL failed: %d\n", r);
    }
    r = ds_publish_u32(DRIVER_KEY, DS_DRIVER_UP, DSF_OVERWRITE);
    if (r != OK) {
        printf("virtio_blk: cannot announce %s: %d\n", DRIVER_KEY, r);
    }
}

/*
 * A spare (argument "spare", for the recovery tests' stand-in for RS): it waits in SENDREC to
 * RS; RS restarts the driver by forking the spare into a new instance, which goes on from here
 * as a driver of its own, while the spare keeps waiting for the next restart.
 */
static void wait_as_spare(void) {
    message m;
    memset(&m, 0, sizeof(m));
    _sendrec(RS_PROC_NR, &m);
}

int main(int argc, char **argv) {
    sef_startup();
    int restart = sef_init_type() == SEF_INIT_RESTART;
    force_bounce = argc > 1 && strcmp(argv[1], "bounce") == 0;
    if (force_bounce) {
        printf("virtio_blk: every buffer through the bounce pages\n");
    }
    if (argc > 1 && strcmp(argv[1], "spare") == 0) {
        wait_as_spare();
        restart = 1;
    }
    bounce_init();
    virtio_init(); /* without a disk every request is answered ENXIO */
    announce(restart);
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) != OK) {
            continue;
        }
        if (is_ipc_notify(status)) {
            if (m.m_source == HARDWARE) {
                virtio_interrupt(); /* of a request that was done before the driver waited */
            }
            continue;
        }
        if (!IS_BDEV_RQ(m.m_type)) {
            continue;
        }
        int id = m.m_u.m_lbdev_lblockdriver_msg.id;
        int r = handle(&m);
        message reply;
        memset(&reply, 0, sizeof(reply));
        reply.m_type = BDEV_REPLY;
        reply.m_u.m_lblockdriver_lbdev_reply.status = r;
        reply.m_u.m_lblockdriver_lbdev_reply.id = id;
        _send(m.m_source, &reply);
    }
}
