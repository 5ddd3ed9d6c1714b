/*
 * cat: copies each file named (or standard input, for none or "-") to standard output, in
 * order. A file that cannot be opened is named on standard error; the others are still
 * copied, and the exit status is 1.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buffer[4096];

/* Copies fd to standard output; returns 0, or -1 after naming the error. */
static int copy(int fd, const char *name) {
    for (;;) {
        ssize_t n = read(fd, buffer, sizeof(buffer));
        if (n == 0) {
            return 0;
        }
        if (n < 0) {
            fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
            return -1;
        }
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(1, buffer + done, (size_t) (n - done));
            if (w <= 0) {
                fprintf(stderr, "cat: write: %s\n", strerror(errno));
                return -1;
            }
            done += w;
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        return copy(0, "standard input") < 0;
    }
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0) {
            status |= copy(0, "standard input") < 0;
            continue;
        }
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        status |= copy(fd, argv[i]) < 0;
        close(fd);
    }
    return status;
}
