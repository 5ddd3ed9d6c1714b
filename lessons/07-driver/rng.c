/*
 * rng.c: a driver for the virtio entropy device
 * (virtio-rng, virtio 1.1 section 5.4) in virtio-mmio slot 1: registers at 0x1000_2000, IRQ 2.
 * Your task: see lesson.md. The registers, the device's status bits and the queue's layout
 * are given; device_init, start_request and interrupt are yours to write.
 */
#include <stdint.h>
#include <string.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>
#include <minix/sef.h>
#include <minix/syslib.h>

#define RNG_READ 0x1100 /* request: m3_i1 bytes (at most 16); answer: OK, m3_i1 bytes in m3_ca1 */
#define MAX_BYTES 16

#define RNG_PHYS 0x10002000
#define RNG_IRQ 2

/* virtio-mmio registers (virtio 1.1, section 4.2.2), byte offsets */
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

#define MAGIC 0x74726976 /* "virt" */
#define ENTROPY_DEVICE 4
#define STATUS_ACKNOWLEDGE 1
#define STATUS_DRIVER 2
#define STATUS_DRIVER_OK 4
#define STATUS_FEATURES_OK 8
#define F_VERSION_1_HIGH 1 /* feature bit 32: bit 0 of the high word */
#define DESC_F_WRITE 2     /* the device writes this buffer */

#define QUEUE_SIZE 8
#define PAGE 4096

struct desc { uint64_t addr; uint32_t len; uint16_t flags; uint16_t next; };
struct avail { uint16_t flags; uint16_t idx; uint16_t ring[QUEUE_SIZE]; uint16_t used_event; };
struct used_elem { uint32_t id; uint32_t len; };
struct used { uint16_t flags; uint16_t idx; struct used_elem ring[QUEUE_SIZE]; uint16_t avail_event; };

/* The queue and the buffer share one page, so one physical address covers them all:
 * descriptors at 0, the available ring at 256, the used ring at 512, the buffer at 1024. */
#define AVAIL_OFFSET 256
#define USED_OFFSET 512
#define BUFFER_OFFSET 1024

static volatile uint32_t *regs;
static char area[2 * PAGE];  /* a page-aligned page is somewhere in here */
static char *page;           /* the queue and the buffer (see the offsets above) */
static phys_bytes page_phys; /* its physical address, for the device (sys_umap) */
static int irq_hook;
static uint16_t last_used;   /* how far we have read the used ring */
static endpoint_t waiting = NONE; /* who asked for the bytes being made */
static int wanted;

static uint32_t reg_read(int offset) {
    return regs[offset / 4];
}

static void reg_write(int offset, uint32_t value) {
    regs[offset / 4] = value;
}

/*
 * TODO: map the registers (sys_vmctl_map_phys), check magic, version 2 and device id 4, reset,
 * ACKNOWLEDGE | DRIVER, take VIRTIO_F_VERSION_1 (and nothing else), FEATURES_OK, set up queue 0
 * in `page` (sys_umap gives its physical address), QueueReady, take the IRQ
 * (sys_irqsetpolicy), DRIVER_OK.
 */
static void device_init(void) {
    panic("rng: device_init is not written yet");
}

/* TODO: describe the buffer (device-writable, n bytes) in descriptor 0, make it available, notify. */
static void start_request(int n) {
    (void) n;
}

/* TODO: acknowledge the interrupt, read the used ring, answer `waiting` with the bytes, re-enable the IRQ. */
static void interrupt(void) {
    sys_irqenable(&irq_hook);
}

static void request(message *m) {
    message reply;
    memset(&reply, 0, sizeof(reply));
    if (m->m_type != RNG_READ || m->m3_i1 < 1 || m->m3_i1 > MAX_BYTES) {
        reply.m_type = EINVAL;
        ipc_send(m->m_source, &reply);
        return;
    }
    if (waiting != NONE) {
        reply.m_type = EBUSY;
        ipc_send(m->m_source, &reply);
        return;
    }
    waiting = m->m_source;
    wanted = m->m3_i1;
    start_request(wanted);
}

int main(void) {
    sef_startup();
    device_init();
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) != OK) {
            continue;
        }
        if (is_ipc_notify(status)) {
            if (m.m_source == HARDWARE) {
                interrupt();
            }
            continue;
        }
        request(&m);
    }
}
