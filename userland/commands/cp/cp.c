/*
 * cp: copies FROM to TO, or each FROM into the directory TO (keeping its last name). The copy
 * is a new file (or an old one truncated) with the contents, read and written 4 KiB at a time.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char buffer[4096];

static const char *last_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash == NULL ? path : slash + 1;
}

/* Copies file from to file to; returns 0, or -1 after naming the error. */
static int copy_file(const char *from, const char *to) {
    int in = open(from, O_RDONLY);
    if (in < 0) {
        fprintf(stderr, "cp: %s: %s\n", from, strerror(errno));
        return -1;
    }
    int out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0) {
        fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
        close(in);
        return -1;
    }
    int status = 0;
    ssize_t n;
    while ((n = read(in, buffer, sizeof(buffer))) > 0) {
        if (write(out, buffer, (size_t) n) != n) {
            fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
            status = -1;
            break;
        }
    }
    if (n < 0) {
        fprintf(stderr, "cp: %s: %s\n", from, strerror(errno));
        status = -1;
    }
    close(in);
    close(out);
    return status;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: cp FROM TO, or cp FROM... DIRECTORY\n");
        return 1;
    }
    const char *to = argv[argc - 1];
    struct stat st;
    int into_dir = stat(to, &st) == 0 && S_ISDIR(st.st_mode);
    if (argc > 3 && !into_dir) {
        fprintf(stderr, "cp: %s: not a directory\n", to);
        return 1;
    }
    int status = 0;
    for (int i = 1; i < argc - 1; i++) {
        char target[256];
        if (into_dir) {
            snprintf(target, sizeof(target), "%s/%s", to, last_name(argv[i]));
        } else {
            snprintf(target, sizeof(target), "%s", to);
        }
        status |= copy_file(argv[i], target) < 0;
    }
    return status;
}
