/*
 * rsconf.c: RS's system.conf parser checked on the machine (system test SystemConfTest), until
 * the file system can hold /etc/system.conf. It compiles RS's config.c itself, with stand-ins
 * for the RS functions it calls, parses a text with good and bad entries, and prints what it
 * kept, one line per service, and the parser's complaints (DIAG text).
 */
#include "../../servers/rs/config.c"

static int started;

struct rproc *rproc_by_label(const char *label) {
    (void) label;
    return NULL;
}

static const struct rs_image fake = {"blk", NULL, 0};

const struct rs_image *find_image(const char *name) {
    return strcmp(name, "blk") == 0 ? &fake : NULL;
}

int run_new_service(const char *line, int period) {
    (void) period;
    printf("rsconf: start %s\n", line);
    started++;
    return OK;
}

static char text[] =
    "# the disk driver\n"
    "service blk {\n"
    "    system UMAP IRQCTL;   # and the basic calls\n"
    "    ipc ALL;\n"
    "    irq 1;\n"
    "    memory 0x10001000:0x10001fff;\n"
    "    period 20;\n"
    "};\n"
    "service other { system ALL; io 0x100:0x1ff 0x300:0x3ff; };\n"
    "service bad1 { irq 99; };\n"
    "service bad2 { colour blue; };\n"
    "service bad3 { memory 0x2000:0x1000; };\n"
    "service last { period 5; mem 0x500:0x5ff; };\n";

int main(void) {
    sef_startup();
    path = "test.conf";
    parse(text);
    for (int i = 0; i < nr_confs; i++) {
        const struct service_conf *c = conf_of(confs[i].label);
        printf("rsconf: %s period=%d irqs=%d", c->label, c->period, c->nr_irq);
        for (int j = 0; j < c->nr_irq; j++) {
            printf(" irq=%d", c->irq[j]);
        }
        for (int j = 0; j < c->nr_mem; j++) {
            printf(" mem=0x%x:0x%x", (unsigned) c->mem[j][0], (unsigned) c->mem[j][1]);
        }
        printf(" calls=%08x%08x\n", (unsigned) c->k_calls[1], (unsigned) c->k_calls[0]);
    }
    printf("rsconf: unknown is %s\n", conf_of("unknown") == NULL ? "absent" : "present");
    printf("rsconf: done\n");
    for (;;) {
        message m;
        sef_receive(ANY, &m);
    }
}
