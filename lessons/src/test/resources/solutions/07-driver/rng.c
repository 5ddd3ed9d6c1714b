/*
 * rng.c (reference solution of lesson 07-driver): a driver for the virtio entropy device
 * (virtio-rng, virtio 1.1 section 5.4) in virtio-mmio slot 1: registers at 0x1000_2000, IRQ 2.
 * It maps the registers, brings the device up with one request queue, and answers RNG_READ
 * requests: it offers the device a device-writable buffer, waits for the interrupt (a
 * notification from HARDWARE), and answers with the bytes the device wrote.
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
static char area[2 * PAGE];
static char *page;
static phys_bytes page_phys;
static int irq_hook;
static uint16_t last_used;
static endpoint_t waiting = NONE; /* who asked for the bytes being made */
static int wanted;

static uint32_t reg_read(int offset) {
    return regs[offset / 4];
}

static void reg_write(int offset, uint32_t value) {
    regs[offset / 4] = value;
}

static void set_status(uint32_t bits) {
    reg_write(REG_STATUS, reg_read(REG_STATUS) | bits);
}

static void device_init(void) {
    void *va = 0;
    if (sys_vmctl_map_phys(RNG_PHYS, PAGE, &va) != OK) {
        panic("rng: cannot map the device's registers");
    }
    regs = va;
    if (reg_read(REG_MAGIC) != MAGIC || reg_read(REG_VERSION) != 2 || reg_read(REG_DEVICE_ID) != ENTROPY_DEVICE) {
        panic("rng: no virtio entropy device at slot 1");
    }
    reg_write(REG_STATUS, 0); /* reset */
    set_status(STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    reg_write(REG_DEVICE_FEATURES_SEL, 1);
    if ((reg_read(REG_DEVICE_FEATURES) & F_VERSION_1_HIGH) == 0) {
        panic("rng: the device is not virtio 1");
    }
    reg_write(REG_DRIVER_FEATURES_SEL, 1);
    reg_write(REG_DRIVER_FEATURES, F_VERSION_1_HIGH);
    reg_write(REG_DRIVER_FEATURES_SEL, 0);
    reg_write(REG_DRIVER_FEATURES, 0);
    set_status(STATUS_FEATURES_OK);
    if ((reg_read(REG_STATUS) & STATUS_FEATURES_OK) == 0) {
        panic("rng: the device refused our features");
    }

    page = (char *) (((uintptr_t) area + PAGE - 1) & ~(uintptr_t) (PAGE - 1));
    memset(page, 0, PAGE);
    if (sys_umap(SELF, VM_D, (vir_bytes) page, PAGE, &page_phys) != OK) {
        panic("rng: cannot find the queue's physical address");
    }
    reg_write(REG_QUEUE_SEL, 0);
    if (reg_read(REG_QUEUE_NUM_MAX) < QUEUE_SIZE) {
        panic("rng: the device's queue is too small");
    }
    reg_write(REG_QUEUE_NUM, QUEUE_SIZE);
    reg_write(REG_QUEUE_DESC_LOW, page_phys);
    reg_write(REG_QUEUE_DESC_HIGH, 0);
    reg_write(REG_QUEUE_DRIVER_LOW, page_phys + AVAIL_OFFSET);
    reg_write(REG_QUEUE_DRIVER_HIGH, 0);
    reg_write(REG_QUEUE_DEVICE_LOW, page_phys + USED_OFFSET);
    reg_write(REG_QUEUE_DEVICE_HIGH, 0);
    reg_write(REG_QUEUE_READY, 1);

    irq_hook = 0;
    if (sys_irqsetpolicy(RNG_IRQ, 0, &irq_hook) != OK) {
        panic("rng: cannot take IRQ %d", RNG_IRQ);
    }
    set_status(STATUS_DRIVER_OK);
}

/* Offers the device the buffer, to be filled with n bytes. */
static void start_request(int n) {
    struct desc *d = (struct desc *) page;
    struct avail *a = (struct avail *) (page + AVAIL_OFFSET);
    d[0].addr = page_phys + BUFFER_OFFSET;
    d[0].len = n;
    d[0].flags = DESC_F_WRITE;
    d[0].next = 0;
    a->ring[a->idx % QUEUE_SIZE] = 0;
    a->idx++;
    reg_write(REG_QUEUE_NOTIFY, 0);
}

/* The device interrupted: acknowledge it, and answer the waiting caller if its bytes are there. */
static void interrupt(void) {
    reg_write(REG_INTERRUPT_ACK, reg_read(REG_INTERRUPT_STATUS));
    volatile struct used *u = (volatile struct used *) (page + USED_OFFSET);
    while (last_used != u->idx) {
        int len = u->ring[last_used % QUEUE_SIZE].len;
        last_used++;
        if (waiting != NONE) {
            message reply;
            memset(&reply, 0, sizeof(reply));
            reply.m_type = OK;
            reply.m3_i1 = len < wanted ? len : wanted;
            memcpy(reply.m3_ca1, page + BUFFER_OFFSET, reply.m3_i1);
            ipc_send(waiting, &reply);
            waiting = NONE;
        }
    }
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
