/*
 * A minimal virtio-mmio (version 2) block driver: find the block device among the eight
 * slots, negotiate, set up one queue, read sector 0, write sector 1 and read it back.
 */
#include "virt.h"

#define SLOT(n) ((volatile u32 *)(0x10001000 + (n) * 0x1000))
#define REG(r) ((r) / 4)
#define MAGIC 0x000
#define VERSION 0x004
#define DEVICE_ID 0x008
#define DEVICE_FEATURES 0x010
#define DEVICE_FEATURES_SEL 0x014
#define DRIVER_FEATURES 0x020
#define DRIVER_FEATURES_SEL 0x024
#define QUEUE_SEL 0x030
#define QUEUE_NUM_MAX 0x034
#define QUEUE_NUM 0x038
#define QUEUE_READY 0x044
#define QUEUE_NOTIFY 0x050
#define INTERRUPT_STATUS 0x060
#define INTERRUPT_ACK 0x064
#define STATUS 0x070
#define QUEUE_DESC_LOW 0x080
#define QUEUE_DESC_HIGH 0x084
#define QUEUE_DRIVER_LOW 0x090
#define QUEUE_DRIVER_HIGH 0x094
#define QUEUE_DEVICE_LOW 0x0a0
#define QUEUE_DEVICE_HIGH 0x0a4
#define CONFIG 0x100

struct desc { u64 addr; u32 len; unsigned short flags, next; };
struct avail { unsigned short flags, idx, ring[8]; };
struct used_elem { u32 id, len; };
struct used { unsigned short flags, idx; struct used_elem ring[8]; };
struct req { u32 type, reserved; u64 sector; };

static struct desc descs[8] __attribute__((aligned(16)));
static struct avail avail __attribute__((aligned(2)));
static struct used used __attribute__((aligned(4)));
static struct req request;
static unsigned char buffer[512];
static volatile unsigned char status;

static volatile u32 *dev;

static void transfer(u32 type, u32 sector) {
    request.type = type;
    request.reserved = 0;
    request.sector = sector;
    status = 0xff;
    descs[0] = (struct desc){(u32)&request, sizeof request, 1, 1};
    descs[1] = (struct desc){(u32)buffer, 512, (unsigned short)(type == 0 ? 3 : 1), 2};
    descs[2] = (struct desc){(u32)&status, 1, 2, 0};
    avail.ring[avail.idx % 8] = 0;
    __asm__ volatile("fence" ::: "memory");
    avail.idx++;
    __asm__ volatile("fence" ::: "memory");
    unsigned short seen = used.idx;
    dev[REG(QUEUE_NOTIFY)] = 0;
    while (*(volatile unsigned short *)&used.idx == seen) {
    }
    dev[REG(INTERRUPT_ACK)] = dev[REG(INTERRUPT_STATUS)];
}

int main(void) {
    for (int n = 0; n < 8 && dev == 0; n++) {
        if (SLOT(n)[REG(MAGIC)] == 0x74726976 && SLOT(n)[REG(DEVICE_ID)] == 2) {
            dev = SLOT(n);
            puts_("block device in slot ");
            put_dec(n);
            puts_(", version ");
            put_dec((int)dev[REG(VERSION)]);
            putchar_('\n');
        }
    }
    if (dev == 0) {
        puts_("no block device\n");
        return 2;
    }
    dev[REG(STATUS)] = 0;
    dev[REG(STATUS)] = 1;
    dev[REG(STATUS)] = 1 | 2;
    dev[REG(DEVICE_FEATURES_SEL)] = 1;
    u32 high = dev[REG(DEVICE_FEATURES)];
    dev[REG(DRIVER_FEATURES_SEL)] = 0;
    dev[REG(DRIVER_FEATURES)] = 0;
    dev[REG(DRIVER_FEATURES_SEL)] = 1;
    dev[REG(DRIVER_FEATURES)] = high & 1;
    dev[REG(STATUS)] = 1 | 2 | 8;
    if ((dev[REG(STATUS)] & 8) == 0) {
        puts_("features not accepted\n");
        return 3;
    }
    dev[REG(QUEUE_SEL)] = 0;
    puts_("queue max ok: ");
    put_dec(dev[REG(QUEUE_NUM_MAX)] >= 8);
    putchar_('\n');
    dev[REG(QUEUE_NUM)] = 8;
    dev[REG(QUEUE_DESC_LOW)] = (u32)descs;
    dev[REG(QUEUE_DESC_HIGH)] = 0;
    dev[REG(QUEUE_DRIVER_LOW)] = (u32)&avail;
    dev[REG(QUEUE_DRIVER_HIGH)] = 0;
    dev[REG(QUEUE_DEVICE_LOW)] = (u32)&used;
    dev[REG(QUEUE_DEVICE_HIGH)] = 0;
    dev[REG(QUEUE_READY)] = 1;
    dev[REG(STATUS)] = 1 | 2 | 8 | 4;
    puts_("capacity ");
    put_dec((int)dev[REG(CONFIG)]);
    putchar_('\n');

    transfer(0, 0);
    puts_("sector 0: ");
    for (int i = 0; i < 16 && buffer[i]; i++) {
        putchar_(buffer[i]);
    }
    puts_(" status ");
    put_dec(status);
    putchar_('\n');

    for (int i = 0; i < 512; i++) {
        buffer[i] = (unsigned char)(i * 7);
    }
    transfer(1, 1);
    puts_("write status ");
    put_dec(status);
    for (int i = 0; i < 512; i++) {
        buffer[i] = 0;
    }
    transfer(0, 1);
    u32 sum = 0;
    for (int i = 0; i < 512; i++) {
        sum = sum * 31 + buffer[i];
    }
    puts_(", read back checksum ");
    put_hex(sum);
    putchar_('\n');
    return 0;
}
