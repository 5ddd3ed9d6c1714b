/*
 * syslibtest.c: libsys checked on the machine (the system test SyslibOnTheMachineTest boots it
 * as a service in the free slot 4): kernel calls through their sys_* wrappers, grants,
 * asynsend, and malloc in a system process. It reports on the event stream (printf of a system
 * process); the last line is "syslibtest: N checks, M failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>

static int checks, failures;

#define CHECK(cond) check((cond), #cond, __LINE__)

static void check(int ok, const char *what, int line) {
    checks++;
    if (!ok) {
        failures++;
        printf("FAILED line %d: %s\n", line, what);
    }
}

static void information(void) {
    endpoint_t me;
    char name[16];
    CHECK(sys_getwhoami(&me, name, sizeof(name)) == OK && me == 4 && strcmp(name, "syslibtest") == 0);
    int hz = 0;
    CHECK(sys_getinfo(GET_HZ, &hz, sizeof(hz), SELF) == OK && hz == 60);
    CHECK(sys_getinfo(12345, &hz, sizeof(hz), SELF) == EINVAL);
    CHECK(sys_diagctl_diag("syslibtest: a tagged report", 27, 42) == OK);
    CHECK(sys_diagctl_diag("", 0, 0) == EINVAL);
}

static void time_and_scheduling(void) {
    CHECK(sys_setalarm(2, 0) == OK);
    message m;
    int status;
    CHECK(_receive(CLOCK, &m, &status) == OK && is_ipc_notify(status) && m.m_source == CLOCK);
    clock_t user, system, uptime;
    CHECK(sys_times(SELF, &user, &system, &uptime) == OK && uptime >= 2); /* the alarm took 2 ticks */
    CHECK(sys_schedctl(SCHEDCTL_FLAG_KERNEL, 4, 6, 100) == OK);
    CHECK(sys_schedctl(0, 4, 6, 100) == EINVAL);
}

static char source[64] = "copied through the kernel";
static char target[64];

static void memory(void) {
    CHECK(sys_vircopy(SELF, (vir_bytes) source, SELF, (vir_bytes) target, 26) == OK && strcmp(target, source) == 0);
    CHECK(sys_vircopy(SELF, 16, SELF, (vir_bytes) target, 4) == EFAULT);
    CHECK(sys_physcopy(SELF, (vir_bytes) source, SELF, (vir_bytes) target, 4) == OK);
    phys_bytes phys = 0;
    CHECK(sys_umap(SELF, VM_D, (vir_bytes) source, 16, &phys) == OK && phys >= 0x80000000u);

    cp_grant_id_t g = cpf_grant_direct(4, (vir_bytes) source, sizeof(source), CPF_READ | CPF_WRITE);
    CHECK(GRANT_VALID(g));
    memset(target, 0, sizeof(target));
    CHECK(sys_safecopyfrom(4, g, 7, (vir_bytes) target, 7) == OK && memcmp(target, "through", 7) == 0);
    CHECK(sys_safecopyto(4, g, 0, (vir_bytes) "COPIED", 6) == OK && memcmp(source, "COPIED", 6) == 0);
    CHECK(sys_safememset(4, g, 0, '#', 3) == OK && memcmp(source, "###IED", 6) == 0);
    CHECK(sys_safecopyfrom(4, g, 60, (vir_bytes) target, 8) == EPERM); /* past the grant's end */
    CHECK(cpf_revoke(g) == OK && cpf_revoke(g) == EINVAL);
    CHECK(sys_safecopyfrom(4, g, 0, (vir_bytes) target, 1) == EPERM); /* a revoked grant */
    cp_grant_id_t ro = cpf_grant_direct(4, (vir_bytes) source, 8, CPF_READ);
    CHECK(sys_safecopyto(4, ro, 0, (vir_bytes) "x", 1) == EPERM); /* read-only */
    cpf_revoke(ro);

    char *p = malloc(100000); /* a system process's heap: SYS_VMCTL straight from libc */
    CHECK(p != NULL);
    if (p != NULL) {
        memset(p, 1, 100000);
        free(p);
    }
    vir_bytes brk_now = 0;
    CHECK(sys_vmctl_brk(SELF, 0, &brk_now) == OK && brk_now > 0x10000);
    void *va = 0;
    CHECK(sys_vmctl_map_phys(0x80000000u, 4096, &va) == EPERM); /* RAM is not a device */
    CHECK(sys_vmctl_map_phys(0x10000001u, 4096, &va) == EINVAL); /* not page-aligned */
}

static void devices_and_processes(void) {
    int hook = 0;
    CHECK(sys_irqsetpolicy(0, 0, &hook) == EINVAL);     /* IRQ 0 does not exist */
    CHECK(sys_irqenable(&hook) == EINVAL);               /* no such hook */
    CHECK(sys_kill(9999, SIGTERM) == EINVAL);
    CHECK(sys_privctl(SELF, 99, NULL) == EINVAL);
    CHECK(sys_statectl(7) == EINVAL);
    message m;
    memset(&m, 0, sizeof(m));
    CHECK(_kernel_call(KERNEL_CALL + 57, &m) == EBADREQUEST);
    CHECK(_send(12345, &m) == EDEADSRCDST);
    endpoint_t who;
    sigset_t map;
    CHECK(sys_getksig(&who, &map) == OK && who == NONE); /* it manages no one */
}

static void asynchronous(void) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = 0x7777;
    CHECK(asynsend(SELF, &m) == OK); /* to itself: delivered at its next receive */
    message in;
    int status;
    CHECK(_receive(ANY, &in, &status) == OK && in.m_type == 0x7777 && in.m_source == 4);
}

int main(void) {
    sef_startup();
    information();
    time_and_scheduling();
    memory();
    devices_and_processes();
    asynchronous();
    printf("syslibtest: %d checks, %d failed\n", checks, failures);
    exit(failures); /* through the kernel to RS's slot (no RS: the kernel clears it), not PM */
}
