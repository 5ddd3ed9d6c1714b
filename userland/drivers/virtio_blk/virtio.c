/*
 * virtio.c: the virtio-mmio transport and the block device's one virtqueue (virtio 1.1, 4.2
 * and 5.2), as the emulated board has it: slot 0 at 0x1000_1000, IRQ 1.
 *
 * The queue lives in one page of the driver's memory whose physical address SYS_UMAP gives:
 * the descriptor table at offset 0, the available ring at 512, the used ring at 1024, and the
 * request header and status byte at 2048. Requests go one at a time: the driver fills a chain
 * (header, data segments, status), makes it available, notifies the device, and waits for the
 * used-ring interrupt (a notification from HARDWARE).
 */
#include <errno.h>
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>
#include "virtio_blk.h"

#define VIRTIO_PHYS 0x10001000
#define VIRTIO_IRQ 1

/* registers (virtio 1.1, 4.2.2) */
#define REG_MAGIC 0x000
#define REG_VERSION 0x004
#define REG_DEVICE_ID 0x008
#define REG_DEVICE_FEATURES 0x010
#define REG_DEVICE_FEATURES_SEL 0x014
#define REG_DRIVER_FEATURES 0x020
#define REG_DRIVER_FEATURES_SEL 0x024
#define REG_QUEUE_SEL 0x030
#define REG_QUEUE_NUM_MAX 0x034
#define REG_QUEUE_NUM 0x038
#define REG_QUEUE_READY 0x044
#define REG_QUEUE_NOTIFY 0x050
#define REG_INTERRUPT_STATUS 0x060
#define REG_INTERRUPT_ACK 0x064
#define REG_STATUS 0x070
#define REG_QUEUE_DESC_LOW 0x080
#define REG_QUEUE_DESC_HIGH 0x084
#define REG_QUEUE_DRIVER_LOW 0x090
#define REG_QUEUE_DRIVER_HIGH 0x094
#define REG_QUEUE_DEVICE_LOW 0x0a0
#define REG_QUEUE_DEVICE_HIGH 0x0a4
#define REG_CONFIG 0x100

#define MAGIC 0x74726976
#define DEVICE_BLOCK 2
#define STATUS_ACKNOWLEDGE 1
#define STATUS_DRIVER 2
#define STATUS_DRIVER_OK 4
#define STATUS_FEATURES_OK 8
#define F_RO (1u << 5)
#define F_FLUSH (1u << 9)
#define F_VERSION_1_HIGH 1u      /* bit 32: bit 0 of the second bank */

#define QUEUE_SIZE 64            /* descriptors: header + MAX_SEGMENTS + status fit twice over */
#define DESC_F_NEXT 1
#define DESC_F_WRITE 2

struct virtq_desc { uint32_t addr_lo, addr_hi; uint32_t len; uint16_t flags, next; };
struct virtq_avail { uint16_t flags, idx; uint16_t ring[QUEUE_SIZE]; uint16_t used_event; };
struct virtq_used_elem { uint32_t id, len; };
struct virtq_used { uint16_t flags, idx; struct virtq_used_elem ring[QUEUE_SIZE]; uint16_t avail_event; };
struct request_header { uint32_t type, reserved; uint32_t sector_lo, sector_hi; };

#define AVAIL_OFFSET 1024
#define USED_OFFSET 2048
#define HEADER_OFFSET 3072
#define STATUS_OFFSET 3088

static volatile uint32_t *regs;
static int present;
static uint64_t capacity;
static int read_only;
static int irq_hook;

/* One page-aligned page for the queue (the static area is rounded up to a page). */
static char queue_area[2 * PAGE_SIZE];
static char *queue_page;
static phys_bytes queue_phys;
static volatile struct virtq_desc *desc;
static volatile struct virtq_avail *avail;
static volatile struct virtq_used *used;
static volatile struct request_header *header;
static volatile uint8_t *status_byte;
static uint16_t last_used;

static uint32_t reg_read(int offset) {
    return regs[offset / 4];
}

static void reg_write(int offset, uint32_t value) {
    regs[offset / 4] = value;
}

int virtio_present(void) {
    return present;
}

uint64_t virtio_capacity(void) {
    return capacity;
}

int virtio_read_only(void) {
    return read_only;
}

/* The handshake of virtio 1.1, 3.1.1: reset, ACKNOWLEDGE, DRIVER, features, FEATURES_OK. */
static int negotiate(void) {
    reg_write(REG_STATUS, 0);
    reg_write(REG_STATUS, STATUS_ACKNOWLEDGE);
    reg_write(REG_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    reg_write(REG_DEVICE_FEATURES_SEL, 0);
    uint32_t offered = reg_read(REG_DEVICE_FEATURES);
    reg_write(REG_DEVICE_FEATURES_SEL, 1);
    uint32_t offered_high = reg_read(REG_DEVICE_FEATURES);
    if ((offered_high & F_VERSION_1_HIGH) == 0) {
        return ENXIO;
    }
    read_only = (offered & F_RO) != 0;
    reg_write(REG_DRIVER_FEATURES_SEL, 0);
    reg_write(REG_DRIVER_FEATURES, offered & (F_RO | F_FLUSH));
    reg_write(REG_DRIVER_FEATURES_SEL, 1);
    reg_write(REG_DRIVER_FEATURES, F_VERSION_1_HIGH);
    reg_write(REG_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK);
    if ((reg_read(REG_STATUS) & STATUS_FEATURES_OK) == 0) {
        return ENXIO;
    }
    return OK;
}

/* Queue 0 in the queue page, handed to the device by physical address. */
static int setup_queue(void) {
    queue_page = (char *) (((vir_bytes) queue_area + PAGE_SIZE - 1) & ~(vir_bytes) (PAGE_SIZE - 1));
    memset(queue_page, 0, PAGE_SIZE);
    int r = sys_umap(SELF, VM_D, (vir_bytes) queue_page, PAGE_SIZE, &queue_phys);
    if (r != OK) {
        return r;
    }
    desc = (volatile struct virtq_desc *) queue_page;
    avail = (volatile struct virtq_avail *) (queue_page + AVAIL_OFFSET);
    used = (volatile struct virtq_used *) (queue_page + USED_OFFSET);
    header = (volatile struct request_header *) (queue_page + HEADER_OFFSET);
    status_byte = (volatile uint8_t *) (queue_page + STATUS_OFFSET);
    last_used = 0;
    reg_write(REG_QUEUE_SEL, 0);
    if (reg_read(REG_QUEUE_NUM_MAX) < QUEUE_SIZE) {
        return ENXIO;
    }
    reg_write(REG_QUEUE_NUM, QUEUE_SIZE);
    reg_write(REG_QUEUE_DESC_LOW, queue_phys);
    reg_write(REG_QUEUE_DESC_HIGH, 0);
    reg_write(REG_QUEUE_DRIVER_LOW, queue_phys + AVAIL_OFFSET);
    reg_write(REG_QUEUE_DRIVER_HIGH, 0);
    reg_write(REG_QUEUE_DEVICE_LOW, queue_phys + USED_OFFSET);
    reg_write(REG_QUEUE_DEVICE_HIGH, 0);
    reg_write(REG_QUEUE_READY, 1);
    return OK;
}

int virtio_init(void) {
    void *va = 0;
    int r = sys_vmctl_map_phys(VIRTIO_PHYS, PAGE_SIZE, &va);
    if (r != OK) {
        panic("virtio_blk: cannot map the device: %d", r);
    }
    regs = va;
    if (reg_read(REG_MAGIC) != MAGIC || reg_read(REG_VERSION) != 2 || reg_read(REG_DEVICE_ID) != DEVICE_BLOCK) {
        return ENXIO; /* an empty slot: no disk attached */
    }
    r = negotiate();
    if (r == OK) {
        r = setup_queue();
    }
    if (r != OK) {
        reg_write(REG_STATUS, 0);
        return r;
    }
    capacity = ((uint64_t) reg_read(REG_CONFIG + 4) << 32 | reg_read(REG_CONFIG)) * SECTOR_SIZE;
    irq_hook = 0;
    r = sys_irqsetpolicy(VIRTIO_IRQ, 0, &irq_hook);
    if (r != OK) {
        panic("virtio_blk: cannot take IRQ %d: %d", VIRTIO_IRQ, r);
    }
    reg_write(REG_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK | STATUS_DRIVER_OK);
    present = 1;
    return OK;
}

static void set_desc(int i, phys_bytes addr, uint32_t len, uint16_t flags) {
    desc[i].addr_lo = addr;
    desc[i].addr_hi = 0;
    desc[i].len = len;
    desc[i].flags = flags;
    desc[i].next = (uint16_t) (i + 1);
}

void virtio_interrupt(void) {
    if (!present) {
        return;
    }
    uint32_t pending = reg_read(REG_INTERRUPT_STATUS);
    reg_write(REG_INTERRUPT_ACK, pending);
    sys_irqenable(&irq_hook);
}

/*
 * Waits for the device to put the chain in the used ring. The request may be done before the
 * driver looks (its interrupt then arrives later, in the main loop); each interrupt is
 * acknowledged and the IRQ let in again, wherever it is received.
 */
static void wait_for_completion(void) {
    while (used->idx == last_used) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) != OK) {
            continue;
        }
        if (is_ipc_notify(status) && m.m_source == HARDWARE) {
            virtio_interrupt();
        }
        /* Nothing else can come now: VFS, the only client, waits for this request's answer. */
    }
    last_used++;
}

int virtio_transfer(int type, uint64_t sector, const struct segment *segs, int nsegs) {
    if (!present || nsegs > MAX_SEGMENTS) {
        return EIO;
    }
    header->type = (uint32_t) type;
    header->reserved = 0;
    header->sector_lo = (uint32_t) sector;
    header->sector_hi = (uint32_t) (sector >> 32);
    *status_byte = 0xff;
    set_desc(0, queue_phys + HEADER_OFFSET, sizeof(struct request_header), DESC_F_NEXT);
    uint16_t data_flags = DESC_F_NEXT | (type == VIRTIO_BLK_T_IN ? DESC_F_WRITE : 0);
    for (int i = 0; i < nsegs; i++) {
        set_desc(1 + i, segs[i].phys, segs[i].len, data_flags);
    }
    set_desc(1 + nsegs, queue_phys + STATUS_OFFSET, 1, DESC_F_WRITE);
    avail->ring[avail->idx % QUEUE_SIZE] = 0;
    avail->idx = (uint16_t) (avail->idx + 1);
    reg_write(REG_QUEUE_NOTIFY, 0);
    wait_for_completion();
    return *status_byte == 0 ? OK : EIO;
}
