/*
 * ls: lists files. For each operand (none: "."), a file is shown by its name and a directory by
 * its entries in name order, without those starting with "."; with several operands each
 * directory's list is headed "NAME:". With -l each line is the mode (as drwxr-xr-x), the number
 * of links, the size in bytes and the name. A name that does not exist is named on standard
 * error and gives status 1.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_ENTRIES 256

static int long_format;

static char type_letter(mode_t mode) {
    if (S_ISDIR(mode)) return 'd';
    if (S_ISCHR(mode)) return 'c';
    if (S_ISBLK(mode)) return 'b';
    if (S_ISFIFO(mode)) return 'p';
    if (S_ISLNK(mode)) return 'l';
    return '-';
}

/* Writes the mode as ls -l shows it: the type, then rwx for owner, group and others. */
static void mode_string(mode_t mode, char *out) {
    static const char rwx[] = "rwxrwxrwx";
    out[0] = type_letter(mode);
    for (int i = 0; i < 9; i++) {
        out[1 + i] = (mode & (0400 >> i)) ? rwx[i] : '-';
    }
    out[10] = '\0';
}

/* Shows one file: path is where to stat it, name what to print. */
static int show(const char *path, const char *name) {
    if (!long_format) {
        printf("%s\n", name);
        return 0;
    }
    struct stat st;
    if (stat(path, &st) < 0) {
        fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
        return -1;
    }
    char mode[11];
    mode_string(st.st_mode, mode);
    printf("%s %2d %8ld %s\n", mode, (int) st.st_nlink, (long) st.st_size, name);
    return 0;
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Lists directory path's entries in name order. */
static int list_directory(const char *path) {
    DIR *dir = opendir(path);
    if (dir == NULL) {
        fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
        return -1;
    }
    static char *names[MAX_ENTRIES];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.') {
            continue;
        }
        if (n == MAX_ENTRIES) {
            fprintf(stderr, "ls: %s: more than %d entries; the rest are not shown\n", path, MAX_ENTRIES);
            break;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    qsort(names, (size_t) n, sizeof(names[0]), compare_names);
    int status = 0;
    for (int i = 0; i < n; i++) {
        char full[256];
        snprintf(full, sizeof(full), "%s/%s", path, names[i]);
        status |= show(full, names[i]);
        free(names[i]);
    }
    return status;
}

int main(int argc, char **argv) {
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "-l") == 0) {
        long_format = 1;
        first = 2;
    }
    if (first == argc) {
        return list_directory(".") < 0;
    }
    int status = 0;
    int several = argc - first > 1;
    for (int i = first; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) < 0) {
            fprintf(stderr, "ls: %s: %s\n", argv[i], strerror(errno));
            status = 1;
        } else if (S_ISDIR(st.st_mode)) {
            if (several) {
                printf("%s:\n", argv[i]);
            }
            status |= list_directory(argv[i]) < 0;
        } else {
            status |= show(argv[i], argv[i]) < 0;
        }
    }
    return status;
}
