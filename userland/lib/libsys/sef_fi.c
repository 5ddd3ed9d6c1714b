/*
 * sef_fi.c: fault injection, on RS's request (RS_FI; MINIX injects faults with its EDFI
 * tools, Minnow with four canned faults, described in minix/sef.h). The service does to itself
 * what a buggy driver would do, so a student can watch RS notice and recover.
 */
#include <stdlib.h>
#include <string.h>
#include <minix/ds.h>
#include <minix/rs.h>
#include <minix/syslib.h>

/* The linker's marks around the uninitialized data. */
extern char __bss_start[], _end[];

static void crash(void) {
    volatile int *nowhere = (volatile int *) 0;
    *nowhere = 0x0BAD; /* a page fault: the kernel signals SIGSEGV to RS */
}

static void hang(void) {
    volatile int spinning = 1;
    while (spinning) {
    }
}

static void wild_write(void) {
    endpoint_t self = 0;
    sys_getwhoami(&self, NULL, 0);
    srand((unsigned) self);
    unsigned words = (unsigned) (_end - __bss_start) / 4;
    for (int i = 0; i < 16 && words > 0; i++) {
        unsigned at = (unsigned) rand() % words;
        ((volatile int *) __bss_start)[at] = rand();
    }
}

static void bad_ipc(void) {
    message m;
    memset(&m, 0x5A, sizeof(m));
    _send(12345, &m);                  /* nobody: the kernel refuses it */
    m.m_type = 0x7777;                 /* a request no server knows */
    _sendrec(DS_PROC_NR, &m);          /* DS answers ENOSYS */
}

void sef_inject_fault(int type) {
    switch (type) {
    case RS_FI_CRASH: crash(); break;
    case RS_FI_HANG: hang(); break;
    case RS_FI_WILD: wild_write(); break;
    case RS_FI_BADIPC: bad_ipc(); break;
    default: break;
    }
}
