/*
 * blktest.c: the disk driver's block-device protocol checked from a system process (booted
 * in a free slot by BlockDriverTest, on a copy of the root disk): each check prints
 * "blktest: ok NAME" or "blktest: FAIL NAME (r)", then "blktest: done". It sends BDEV requests
 * to virtio_blk with SENDREC as VFS does, with direct grants of its own buffers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>

#define DISK_BYTES (16 << 20)
#define BIG (64 * 1024)

static int failures;

static void check(const char *name, int good, int r) {
    if (good) {
        printf("blktest: ok %s\n", name);
    } else {
        printf("blktest: FAIL %s (%d)\n", name, r);
        failures++;
    }
}

static int request(int type, int minor, int64_t pos, cp_grant_id_t grant, int count, int ioctl_request) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = type;
    m.m_u.m_lbdev_lblockdriver_msg.minor = minor;
    m.m_u.m_lbdev_lblockdriver_msg.pos = pos;
    m.m_u.m_lbdev_lblockdriver_msg.grant = grant;
    m.m_u.m_lbdev_lblockdriver_msg.count = count;
    m.m_u.m_lbdev_lblockdriver_msg.request = ioctl_request;
    m.m_u.m_lbdev_lblockdriver_msg.access = BDEV_R_BIT | BDEV_W_BIT;
    m.m_u.m_lbdev_lblockdriver_msg.id = 42;
    int r = _sendrec(VIRTIO_BLK_PROC_NR, &m);
    if (r != OK) {
        return r;
    }
    if (m.m_type != BDEV_REPLY || m.m_u.m_lblockdriver_lbdev_reply.id != 42) {
        return -9999;
    }
    return m.m_u.m_lblockdriver_lbdev_reply.status;
}

/* READ or WRITE of len bytes of buf at pos, through a grant made for the one request. */
static int transfer(int type, int64_t pos, void *buf, int len) {
    cp_grant_id_t g = cpf_grant_direct(VIRTIO_BLK_PROC_NR, (vir_bytes) buf, len,
        type == BDEV_READ ? CPF_WRITE : CPF_READ);
    int r = request(type, 0, pos, g, len, 0);
    cpf_revoke(g);
    return r;
}

/* A vector of n pieces of `piece` bytes each, in separate buffers, for GATHER or SCATTER. */
static int vectored(int type, int64_t pos, char **pieces, int n, int piece) {
    iovec_s_t iov[16];
    int access = type == BDEV_GATHER ? CPF_WRITE : CPF_READ;
    for (int i = 0; i < n; i++) {
        iov[i].iov_grant = cpf_grant_direct(VIRTIO_BLK_PROC_NR, (vir_bytes) pieces[i], piece, access);
        iov[i].iov_size = piece;
    }
    cp_grant_id_t vg = cpf_grant_direct(VIRTIO_BLK_PROC_NR, (vir_bytes) iov, sizeof(iov), CPF_READ);
    int r = request(type, 0, pos, vg, n, 0);
    cpf_revoke(vg);
    for (int i = 0; i < n; i++) {
        cpf_revoke(iov[i].iov_grant);
    }
    return r;
}

int main(void) {
    sef_startup();
    int r = request(BDEV_OPEN, 0, 0, GRANT_INVALID, 0, 0);
    check("open", r == OK, r);
    r = request(BDEV_OPEN, 1, 0, GRANT_INVALID, 0, 0);
    check("open of another minor is ENXIO", r == ENXIO, r);

    uint64_t size = 0;
    cp_grant_id_t g = cpf_grant_direct(VIRTIO_BLK_PROC_NR, (vir_bytes) &size, sizeof(size), CPF_WRITE);
    r = request(BDEV_IOCTL, 0, 0, g, 0, DIOCGETSIZE);
    cpf_revoke(g);
    check("DIOCGETSIZE", r == OK && size == DISK_BYTES, r);

    static unsigned char super[1024];
    r = transfer(BDEV_READ, 1024, super, sizeof(super));
    check("read the superblock", r == 1024 && super[24] == 0x5A && super[25] == 0x4D, r);

    /* 64 KiB in one buffer of many pages (the driver copes with pages that are not physically
     * one after another), then the same bytes gathered into 16 separate buffers */
    unsigned char *big = malloc(BIG + 100);
    unsigned char *odd = big + 100; /* not page-aligned */
    r = transfer(BDEV_READ, 0, odd, BIG);
    char *pieces[16];
    for (int i = 0; i < 16; i++) {
        pieces[i] = malloc(4096);
    }
    int r2 = vectored(BDEV_GATHER, 0, pieces, 16, 4096);
    int same = r == BIG && r2 == BIG;
    for (int i = 0; same && i < 16; i++) {
        same = memcmp(pieces[i], odd + i * 4096, 4096) == 0;
    }
    check("read and gather agree", same, r2);

    /* the last 16 KiB of the disk: saved, scattered over with a pattern, read back, restored */
    int64_t tail = DISK_BYTES - 4 * 4096;
    static unsigned char saved[4 * 4096], back[4 * 4096];
    r = transfer(BDEV_READ, tail, saved, sizeof(saved));
    for (int i = 0; i < 4; i++) {
        memset(pieces[i], 'a' + i, 4096);
    }
    r2 = vectored(BDEV_SCATTER, tail, pieces, 4, 4096);
    int r3 = transfer(BDEV_READ, tail, back, sizeof(back));
    int right = r == (int) sizeof(saved) && r2 == 4 * 4096 && r3 == (int) sizeof(back);
    for (int i = 0; right && i < 4 * 4096; i++) {
        right = back[i] == 'a' + i / 4096;
    }
    check("scatter then read back", right, r2);
    r = transfer(BDEV_WRITE, tail, saved, sizeof(saved));
    check("write", r == (int) sizeof(saved), r);

    r = transfer(BDEV_READ, DISK_BYTES - 1024, big, 4096);
    check("a read across the end is cut short", r == 1024, r);
    r = transfer(BDEV_READ, DISK_BYTES, big, 4096);
    check("a read at the end gets 0", r == 0, r);
    r = transfer(BDEV_READ, 100, big, 512);
    check("a position not on a sector is EINVAL", r == EINVAL, r);
    r = transfer(BDEV_READ, 0, big, 100);
    check("a count not of sectors is EINVAL", r == EINVAL, r);
    r = request(BDEV_READ, 0, 0, 12345, 4096, 0);
    check("a bad grant fails", r < 0, r);
    r = request(BDEV_IOCTL, 0, 0, GRANT_INVALID, 0, DIOCFLUSH);
    check("DIOCFLUSH", r == OK, r);
    r = request(BDEV_IOCTL, 0, 0, GRANT_INVALID, 0, 0x1234);
    check("an unknown ioctl is ENOTTY", r == ENOTTY, r);
    r = request(BDEV_CLOSE, 0, 0, GRANT_INVALID, 0, 0);
    check("close", r == OK, r);
    printf("blktest: done, %d failed\n", failures);
    for (;;) {
        message m;
        sef_receive(ANY, &m);
    }
}
