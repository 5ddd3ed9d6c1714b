/*
 * reader.c (reference solution of lesson 05-recovery): reads a file four times and checks that
 * every pass saw the same bytes, while the disk driver is killed and restarted under it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#define FILE_NAME "/bin/libctest"
#define PASSES 4

static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

/* Reads FILE_NAME to its end; gives its size and the sum of its bytes; -1 on an error. */
static int one_pass(int *bytes, unsigned *sum) {
    static unsigned char block[1024];
    int fd = open(FILE_NAME, O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    *bytes = 0;
    *sum = 0;
    for (;;) {
        int n = read(fd, block, sizeof(block));
        if (n < 0) {
            close(fd);
            return -1;
        }
        if (n == 0) {
            break;
        }
        for (int i = 0; i < n; i++) {
            *sum += block[i];
        }
        *bytes += n;
    }
    close(fd);
    return 0;
}

int main(void) {
    open_console();
    int first_bytes = 0;
    unsigned first_sum = 0;
    int agree = 1;
    for (int pass = 1; pass <= PASSES; pass++) {
        int bytes;
        unsigned sum;
        if (one_pass(&bytes, &sum) != 0) {
            printf("reader: pass %d failed\n", pass);
            return 1;
        }
        printf("reader: pass %d: %d bytes, sum %u\n", pass, bytes, sum);
        if (pass == 1) {
            first_bytes = bytes;
            first_sum = sum;
        } else if (bytes != first_bytes || sum != first_sum) {
            agree = 0;
        }
    }
    printf(agree ? "reader: all passes agree\n" : "reader: passes differ\n");
    return agree ? 0 : 1;
}
