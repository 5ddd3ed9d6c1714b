/*
 * image.c: the executables RS starts services from. First the ones the build linked into RS
 * (images.conf: the boot drivers, which RS must be able to restart without the disk); else RS
 * reads /sbin/LABEL through VFS once and keeps the copy, so later restarts need no disk either.
 * Reading blocks RS until VFS answers: it happens only at `service up` and for system.conf.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "rs.h"

#define NR_LOADED   8
#define MAX_PROGRAM (1 << 20)   /* the largest executable RS reads */

static struct rs_image loaded[NR_LOADED];
static char loaded_names[NR_LOADED][RS_MAX_LABEL_LEN];

/* Reads the whole file at path into a new heap block; NULL if it cannot. */
static unsigned char *read_program(const char *path, unsigned *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    unsigned size = 0, room = 0;
    unsigned char *buf = NULL;
    for (;;) {
        if (size == room) {
            unsigned char *bigger = room < MAX_PROGRAM ? realloc(buf, room + 16384) : NULL;
            if (bigger == NULL) {
                free(buf);
                close(fd);
                return NULL;
            }
            buf = bigger;
            room += 16384;
        }
        int n = (int) read(fd, buf + size, room - size);
        if (n < 0) {
            free(buf);
            close(fd);
            return NULL;
        }
        if (n == 0) {
            break;
        }
        size += (unsigned) n;
    }
    close(fd);
    *len = size;
    return buf;
}

const struct rs_image *image_for(const char *label) {
    const struct rs_image *carried = find_image(label);
    if (carried != NULL) {
        return carried;
    }
    int free_at = -1;
    for (int i = 0; i < NR_LOADED; i++) {
        if (loaded[i].name != NULL && strcmp(loaded[i].name, label) == 0) {
            return &loaded[i];
        }
        if (loaded[i].name == NULL && free_at < 0) {
            free_at = i;
        }
    }
    if (free_at < 0 || strchr(label, '/') != NULL) {
        return NULL;
    }
    char path[8 + RS_MAX_LABEL_LEN];
    strcpy(path, "/sbin/");
    strcat(path, label);
    unsigned len = 0;
    unsigned char *elf = read_program(path, &len);
    if (elf == NULL || len < 4 || memcmp(elf, "\177ELF", 4) != 0) {
        free(elf);
        return NULL;
    }
    strcpy(loaded_names[free_at], label);
    loaded[free_at].name = loaded_names[free_at];
    loaded[free_at].elf = elf;
    loaded[free_at].len = len;
    return &loaded[free_at];
}
