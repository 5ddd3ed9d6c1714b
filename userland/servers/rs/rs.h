/*
 * rs.h: the reincarnation server's table of services and its functions (MINIX's
 * servers/rs/type.h, const.h and proto.h, made small). One struct rproc per service RS watches:
 * the boot-image services it adopts at start and the ones it starts itself.
 */
#ifndef RS_RS_H
#define RS_RS_H

#include <minix/com.h>
#include <minix/ds.h>
#include <minix/rs.h>
#include <minix/sef.h>
#include <minix/syslib.h>

#define NR_SYS_PROCS   16
#define RS_DELTA_T     6            /* ticks between RS's checks (0.1 s) */
#define DEFAULT_PERIOD 30           /* ticks between heartbeats (0.5 s) unless configured */
#define INIT_PERIODS   10           /* periods a new instance may take to answer RS_INIT */
#define MAX_BACKOFF    30           /* periods, as MINIX's */
#define ARGS_MAX       128
#define NR_CONF_IRQ    8
#define NR_CONF_MEM    8

/* What a service may use beyond the defaults (from system.conf, or copied from the boot image). */
struct service_conf {
    char label[RS_MAX_LABEL_LEN];
    int period;                     /* 0: DEFAULT_PERIOD */
    int nr_irq;
    int irq[NR_CONF_IRQ];
    int nr_mem;
    uint32_t mem[NR_CONF_MEM][2];   /* base, limit (inclusive) */
    uint32_t k_calls[2];            /* kernel calls allowed (bit n: 0x600 + n) */
};

/* A program whose executable RS keeps in memory (images.s, made by the build). */
struct rs_image {
    const char *name;
    const unsigned char *elf;
    unsigned len;
};
extern const struct rs_image rs_images[];

/* rproc.flags */
#define RS_IN_USE       0x001
#define RS_ACTIVE       0x002       /* running and initialized */
#define RS_INITIALIZING 0x004       /* started; RS_INIT not answered yet */
#define RS_WAITING      0x008       /* dead; restarts when the back-off ends */
#define RS_NOPINGREPLY  0x010
#define RS_CORE         0x020       /* pm, vfs, ds: cannot be restarted */

struct rproc {
    int flags;
    char label[RS_MAX_LABEL_LEN];
    endpoint_t endpoint;            /* NONE while RS_WAITING */
    endpoint_t old_endpoint;        /* the instance before (NONE at first) */
    int restarts;
    const char *cause;              /* the last restart's cause ("-": none) */
    const char *pending_cause;      /* RS_WAITING: the cause the restart will report */
    int period;
    clock_t alive_tm;               /* the last heartbeat answer */
    clock_t check_tm;               /* the last ping */
    clock_t backoff_until;          /* RS_WAITING: when to restart */
    const struct rs_image *image;   /* NULL: RS cannot restart it */
    char args[ARGS_MAX];            /* "label arg ...", for exec */
    struct service_conf conf;
};

extern struct rproc rproc[NR_SYS_PROCS];
extern message m_in;

/* main.c */
clock_t rs_now(void);

/* table.c: the boot-image services RS adopts */
void adopt_boot_services(void);
const struct rs_image *find_image(const char *name);

/* image.c: the carried executable of label, else /sbin/LABEL read once; NULL if none */
const struct rs_image *image_for(const char *label);
struct rproc *rproc_by_label(const char *label);
struct rproc *rproc_by_endpoint(endpoint_t ep);
struct rproc *free_rproc(void);

/* manager.c: starting and ending services */
int start_service(struct rproc *rp);
void send_init(struct rproc *rp, int init_type);
int run_new_service(const char *line, int period);
void service_failed(struct rproc *rp, const char *cause);
void restart_now(struct rproc *rp, const char *cause);
int stop_service(struct rproc *rp, int *status);
int end_unmanaged(endpoint_t ep);
void publish_label(struct rproc *rp);
void do_period(clock_t now);
void sigs_pending(void);

/* request.c: the RS_* requests */
int do_up(void);
int do_down(void);
int do_restart(void);
int do_lookup(void);
int do_fi(void);
int do_list(void);
int do_init_reply(void);
int do_exit(void);

/* report.c: the DIAG events of USERLAND.md */
void report(int tag, const char *format, ...);

/* config.c: /etc/system.conf */
void read_system_conf(const char *path);
const struct service_conf *conf_of(const char *label);

#endif
