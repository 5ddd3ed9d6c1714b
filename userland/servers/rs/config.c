/*
 * config.c: /etc/system.conf, the services RS starts after boot and what each may use. RS reads
 * it once at start (if the file system has it) and starts every service it names that is not
 * running already (from RS's carried copy, or /sbin/NAME: see image.c). The format is a subset of MINIX's system.conf:
 *
 *     service NAME {                  # NAME: the label and the program (RS's copy of it)
 *         system ALL;                 # kernel calls: ALL, or names without SYS_ (IRQCTL VMCTL
 *                                     # UMAP ...) added to the basic set; without the line: basic
 *         ipc ALL;                    # accepted; a list of names is accepted but not enforced
 *         irq 1 5;                    # IRQs it may claim
 *         memory 0x10001000:0x10001fff;   # device memory it may map (base:limit, inclusive); mem, io = memory
 *         period 30;                  # heartbeat period in ticks (60 a second)
 *     };
 *
 * `#` starts a comment. A mistake is reported as "rs: FILE:LINE: what" (DIAG text) and the
 * entry is skipped. The basic kernel calls are those every service needs (MINIX's
 * SYS_BASIC_CALLS, with VMCTL, which Minnow's sef uses for the heap): EXIT, SAFECOPYFROM,
 * SAFECOPYTO, VSAFECOPY, GETINFO, TIMES, SETALARM, SETGRANT, DIAGCTL, STATECTL, SAFEMEMSET, VMCTL.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "rs.h"

#define NR_CONF 8

static struct service_conf confs[NR_CONF];
static int nr_confs;

static const struct { const char *name; int call; } call_names[] = {
    {"FORK", SYS_FORK}, {"EXEC", SYS_EXEC}, {"CLEAR", SYS_CLEAR}, {"SCHEDULE", SYS_SCHEDULE},
    {"PRIVCTL", SYS_PRIVCTL}, {"KILL", SYS_KILL}, {"GETKSIG", SYS_GETKSIG}, {"ENDKSIG", SYS_ENDKSIG},
    {"UMAP", SYS_UMAP}, {"VIRCOPY", SYS_VIRCOPY}, {"PHYSCOPY", SYS_PHYSCOPY}, {"IRQCTL", SYS_IRQCTL},
    {"DEVIO", SYS_DEVIO}, {"SETALARM", SYS_SETALARM}, {"TIMES", SYS_TIMES}, {"GETINFO", SYS_GETINFO},
    {"SAFECOPYFROM", SYS_SAFECOPYFROM}, {"SAFECOPYTO", SYS_SAFECOPYTO}, {"VSAFECOPY", SYS_VSAFECOPY},
    {"SETGRANT", SYS_SETGRANT}, {"VMCTL", SYS_VMCTL}, {"DIAGCTL", SYS_DIAGCTL}, {"EXIT", SYS_EXIT},
    {"SCHEDCTL", SYS_SCHEDCTL}, {"STATECTL", SYS_STATECTL}, {"SAFEMEMSET", SYS_SAFEMEMSET},
};
static const int basic_calls[] = {SYS_EXIT, SYS_SAFECOPYFROM, SYS_SAFECOPYTO, SYS_VSAFECOPY, SYS_GETINFO,
    SYS_TIMES, SYS_SETALARM, SYS_SETGRANT, SYS_DIAGCTL, SYS_STATECTL, SYS_SAFEMEMSET, SYS_VMCTL};

static void allow_call(struct service_conf *c, int call) {
    int bit = call - KERNEL_CALL;
    c->k_calls[bit / 32] |= 1u << (bit % 32);
}

/* The tokenizer: words, and the single characters { } ; as words of their own. */
static const char *path;
static char *at;
static int line;
static char token[64];

static int next_token(void) {
    for (;;) {
        while (*at == ' ' || *at == '\t' || *at == '\r' || *at == '\n') {
            if (*at++ == '\n') {
                line++;
            }
        }
        if (*at != '#') {
            break;
        }
        while (*at != '\0' && *at != '\n') {
            at++;
        }
    }
    if (*at == '\0') {
        token[0] = '\0';
        return 0;
    }
    int n = 0;
    if (*at == '{' || *at == '}' || *at == ';') {
        token[n++] = *at++;
    } else {
        while (*at != '\0' && strchr(" \t\r\n{};#", *at) == NULL && n < (int) sizeof(token) - 1) {
            token[n++] = *at++;
        }
    }
    token[n] = '\0';
    return 1;
}

static int fail(const char *what) {
    printf("rs: %s:%d: %s\n", path, line, what);
    return 0;
}

/* One "KEY values... ;" line into c; 0 on a mistake. */
static int parse_line(struct service_conf *c, const char *key) {
    char *end;
    while (next_token() && strcmp(token, ";") != 0) {
        if (strcmp(key, "system") == 0) {
            if (strcmp(token, "ALL") == 0) {
                c->k_calls[0] = c->k_calls[1] = 0xffffffffu;
                continue;
            }
            unsigned i = 0;
            while (i < sizeof(call_names) / sizeof(call_names[0]) && strcmp(call_names[i].name, token) != 0) {
                i++;
            }
            if (i == sizeof(call_names) / sizeof(call_names[0])) {
                return fail("unknown kernel call in 'system'");
            }
            allow_call(c, call_names[i].call);
        } else if (strcmp(key, "ipc") == 0) {
            /* accepted, not enforced: every service may send to every process */
        } else if (strcmp(key, "irq") == 0) {
            long irq = strtol(token, &end, 0);
            if (*end != '\0' || irq < 1 || irq > 31 || c->nr_irq == NR_CONF_IRQ) {
                return fail("bad 'irq' (1..31, at most 8)");
            }
            c->irq[c->nr_irq++] = (int) irq;
        } else if (strcmp(key, "memory") == 0 || strcmp(key, "mem") == 0 || strcmp(key, "io") == 0) {
            unsigned long base = strtoul(token, &end, 0);
            if (*end != ':' || c->nr_mem == NR_CONF_MEM) {
                return fail("bad 'memory' (base:limit, at most 8)");
            }
            unsigned long limit = strtoul(end + 1, &end, 0);
            if (*end != '\0' || limit < base) {
                return fail("bad 'memory' (base:limit, limit inclusive)");
            }
            c->mem[c->nr_mem][0] = (uint32_t) base;
            c->mem[c->nr_mem][1] = (uint32_t) limit;
            c->nr_mem++;
        } else if (strcmp(key, "period") == 0) {
            long p = strtol(token, &end, 0);
            if (*end != '\0' || p < 1) {
                return fail("bad 'period' (ticks, at least 1)");
            }
            c->period = (int) p;
        } else {
            return fail("unknown keyword");
        }
    }
    return strcmp(token, ";") == 0 ? 1 : fail("missing ';'");
}

/* "service NAME { ... };" into c; 0 on a mistake (the rest of the entry is skipped). */
static int parse_service(struct service_conf *c) {
    memset(c, 0, sizeof(*c));
    for (unsigned i = 0; i < sizeof(basic_calls) / sizeof(basic_calls[0]); i++) {
        allow_call(c, basic_calls[i]);
    }
    if (!next_token() || strlen(token) >= RS_MAX_LABEL_LEN || strchr("{};", token[0]) != NULL) {
        return fail("expected a service name (at most 15 characters)");
    }
    strcpy(c->label, token);
    if (!next_token() || strcmp(token, "{") != 0) {
        return fail("expected '{'");
    }
    while (next_token() && strcmp(token, "}") != 0) {
        char key[16];
        strncpy(key, token, sizeof(key) - 1);
        key[sizeof(key) - 1] = '\0';
        if (!parse_line(c, key)) {
            return 0;
        }
    }
    if (strcmp(token, "}") != 0) {
        return fail("missing '}'");
    }
    next_token();
    return strcmp(token, ";") == 0 ? 1 : fail("missing ';' after '}'");
}

/* Parses text (the file's contents) and keeps each good entry. */
static void parse(char *text) {
    at = text;
    line = 1;
    while (next_token()) {
        if (strcmp(token, "service") != 0) {
            fail("expected 'service'");
            return;
        }
        if (nr_confs == NR_CONF) {
            fail("too many services");
            return;
        }
        if (parse_service(&confs[nr_confs])) {
            nr_confs++;
        } else {
            while (strcmp(token, "}") != 0 && next_token()) {
            }
            next_token(); /* its ';' */
        }
    }
}

void read_system_conf(const char *file) {
    static char text[4096];
    int fd = open(file, O_RDONLY);
    if (fd < 0) {
        return; /* no file system yet, or no file: the boot services are all */
    }
    int n = (int) read(fd, text, sizeof(text) - 1);
    close(fd);
    if (n <= 0) {
        return;
    }
    text[n] = '\0';
    path = file;
    parse(text);
    for (int i = 0; i < nr_confs; i++) {
        if (rproc_by_label(confs[i].label) == NULL) {
            int r = run_new_service(confs[i].label, 0);
            if (r != OK) {
                printf("rs: cannot start %s: %d\n", confs[i].label, r);
            }
        }
    }
}

const struct service_conf *conf_of(const char *label) {
    for (int i = 0; i < nr_confs; i++) {
        if (strcmp(confs[i].label, label) == 0) {
            return &confs[i];
        }
    }
    return NULL;
}
