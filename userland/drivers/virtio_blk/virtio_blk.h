/*
 * virtio_blk.h: what the files of the disk driver share. virtio.c speaks to the virtio-mmio
 * device (registers, the one virtqueue, the interrupt); main.c answers VFS's block-device
 * requests (BDEV_*) and turns each into one or more virtio requests.
 */
#ifndef VIRTIO_BLK_H
#define VIRTIO_BLK_H

#include <stdint.h>
#include <sys/types.h>

#define SECTOR_SIZE 512
#define PAGE_SIZE 4096
#define MAX_SEGMENTS 32      /* data descriptors of one virtio request */

/* virtio block request types (virtio 1.1, 5.2.6) */
#define VIRTIO_BLK_T_IN 0
#define VIRTIO_BLK_T_OUT 1
#define VIRTIO_BLK_T_FLUSH 4

/* One piece of a request's data: bytes at a physical address. */
struct segment {
    phys_bytes phys;
    uint32_t len;
};

/* virtio.c */
/* Finds and starts the device at virtio-mmio slot 0; OK, or ENXIO when there is no disk. */
int virtio_init(void);
/* Whether a disk was found. */
int virtio_present(void);
/* The disk's size in bytes. */
uint64_t virtio_capacity(void);
/* Whether the disk refuses writes. */
int virtio_read_only(void);
/* The device interrupted (a notification from HARDWARE): acknowledge it and let the IRQ in again. */
void virtio_interrupt(void);
/* Does one request and waits for its completion interrupt: OK, or EIO. */
int virtio_transfer(int type, uint64_t sector, const struct segment *segs, int nsegs);

#endif
