/*
 * table.c: the services RS knows. As MINIX's RS knows the boot image from a table
 * (servers/rs/table.c), this one lists the boot services by label and slot; at start RS adopts
 * each that is alive, copying the IRQs, device memory and kernel calls the boot image gave it
 * (read back with SYS_GETINFO GET_PRIV), so that a restarted instance gets the same. pm, vfs
 * and ds are core services (everyone reaches them at their fixed endpoints, which a new
 * instance would not have): RS watches them but cannot restart them. RS itself and init are
 * not services.
 */
#include <string.h>
#include "rs.h"

struct rproc rproc[NR_SYS_PROCS];

static const struct { const char *label; endpoint_t endpoint; int core; } boot_services[] = {
    {"pm", PM_PROC_NR, 1},
    {"vfs", VFS_PROC_NR, 1},
    {"memory", MEM_PROC_NR, 0},
    {"tty", TTY_PROC_NR, 0},
    {"ds", DS_PROC_NR, 1},
    {"virtio_blk", VIRTIO_BLK_PROC_NR, 0},
};

/* The kernel's struct priv, as GET_PRIV copies it (offsets from the kernel's PrivTable). */
static uint32_t priv_words[64];
#define PRIV_K_CALLS 7      /* word offsets: 28 / 4 */
#define PRIV_NR_IRQ  25
#define PRIV_IRQ_TAB 26
#define PRIV_NR_MEM  34
#define PRIV_MEM_TAB 35

/* Copies what the boot image allowed ep into conf; whether ep is alive. */
static int read_boot_privileges(endpoint_t ep, struct service_conf *conf) {
    if (sys_getinfo(GET_PRIV, priv_words, sizeof(priv_words), ep) != OK) {
        return 0;
    }
    conf->k_calls[0] = priv_words[PRIV_K_CALLS];
    conf->k_calls[1] = priv_words[PRIV_K_CALLS + 1];
    conf->nr_irq = (int) priv_words[PRIV_NR_IRQ];
    for (int i = 0; i < conf->nr_irq && i < NR_CONF_IRQ; i++) {
        conf->irq[i] = (int) priv_words[PRIV_IRQ_TAB + i];
    }
    conf->nr_mem = (int) priv_words[PRIV_NR_MEM];
    for (int i = 0; i < conf->nr_mem && i < NR_CONF_MEM; i++) {
        conf->mem[i][0] = priv_words[PRIV_MEM_TAB + 2 * i];
        conf->mem[i][1] = priv_words[PRIV_MEM_TAB + 2 * i + 1];
    }
    return 1;
}

void adopt_boot_services(void) {
    clock_t now = rs_now();
    for (unsigned i = 0; i < sizeof(boot_services) / sizeof(boot_services[0]); i++) {
        struct rproc *rp = free_rproc();
        memset(rp, 0, sizeof(*rp));
        if (!read_boot_privileges(boot_services[i].endpoint, &rp->conf)) {
            continue; /* not in this boot image */
        }
        strcpy(rp->label, boot_services[i].label);
        strcpy(rp->conf.label, rp->label);
        strcpy(rp->args, rp->label);
        rp->flags = RS_IN_USE | RS_ACTIVE | (boot_services[i].core ? RS_CORE : 0);
        rp->endpoint = boot_services[i].endpoint;
        rp->old_endpoint = NONE;
        rp->cause = "-";
        rp->period = DEFAULT_PERIOD;
        rp->alive_tm = rp->check_tm = now;
        rp->image = boot_services[i].core ? NULL : find_image(rp->label);
        report(RS_DIAG_START, "service=%s endpoint=%d restarts=0", rp->label, rp->endpoint);
    }
    for (int i = 0; i < NR_SYS_PROCS; i++) {
        if (rproc[i].flags & RS_IN_USE) {
            publish_label(&rproc[i]);
        }
    }
}

const struct rs_image *find_image(const char *name) {
    for (const struct rs_image *im = rs_images; im->name != NULL; im++) {
        if (strcmp(im->name, name) == 0) {
            return im;
        }
    }
    return NULL;
}

struct rproc *rproc_by_label(const char *label) {
    for (int i = 0; i < NR_SYS_PROCS; i++) {
        if ((rproc[i].flags & RS_IN_USE) && strcmp(rproc[i].label, label) == 0) {
            return &rproc[i];
        }
    }
    return NULL;
}

struct rproc *rproc_by_endpoint(endpoint_t ep) {
    for (int i = 0; i < NR_SYS_PROCS; i++) {
        if ((rproc[i].flags & RS_IN_USE) && !(rproc[i].flags & RS_WAITING) && rproc[i].endpoint == ep) {
            return &rproc[i];
        }
    }
    return NULL;
}

struct rproc *free_rproc(void) {
    for (int i = 0; i < NR_SYS_PROCS; i++) {
        if (!(rproc[i].flags & RS_IN_USE)) {
            return &rproc[i];
        }
    }
    return NULL;
}
