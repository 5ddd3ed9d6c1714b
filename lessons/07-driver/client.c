/*
 * client.c: asks the entropy driver for 16 random bytes, three times, and prints them. It finds
 * the driver by asking RS for the endpoint of the service labelled "rng" (RS starts it from
 * /etc/system.conf, a moment after the boot). The lesson boots it in slot 4. It is complete:
 * you need not change it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>
#include <minix/rs.h>
#include <minix/syslib.h>

#define RNG_READ 0x1100 /* request: m3_i1 bytes (at most 16); answer: OK, m3_i1 bytes in m3_ca1 */
#define WANTED 16

/* A boot process starts with no open files: even printf is a message to VFS, to open them. */
static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

/* The driver's endpoint, once RS has started it: asks RS once a clock tick, for at most 5 s. */
static endpoint_t find_driver(void) {
    for (int tries = 0; tries < 300; tries++) {
        endpoint_t rng;
        if (minix_rs_lookup("rng", &rng) == OK) {
            return rng;
        }
        message m;
        int status;
        sys_setalarm(1, 0);
        ipc_receive(CLOCK, &m, &status);
    }
    return NONE;
}

int main(void) {
    open_console();
    endpoint_t rng = find_driver();
    if (rng == NONE) {
        printf("client: RS knows no service rng\n");
        return 1;
    }
    for (int i = 0; i < 3; i++) {
        message m;
        m.m_type = RNG_READ;
        m.m3_i1 = WANTED;
        int r = ipc_sendrec(rng, &m);
        if (r != OK || m.m_type != OK || m.m3_i1 != WANTED) {
            printf("client: no random bytes (ipc %d, answer %d)\n", r, m.m_type);
            return 1;
        }
        printf("client: %d random bytes:", WANTED);
        for (int b = 0; b < WANTED; b++) {
            printf(" %02x", (unsigned char) m.m3_ca1[b]);
        }
        printf("\n");
    }
    return 0;
}
