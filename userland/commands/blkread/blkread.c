/*
 * blkread: reads a 1 MiB file through VFS and copies it, round after round, for the recovery
 * tests (DiskRecoveryTest) and the read figures. Run in init's place; it talks on the console:
 *   blkread: ready                          /home/data (1 MiB of a pattern) and three small
 *                                           files are written and synced
 *   round N read                            then /home/data is read, nothing done with its bytes
 *   round N read B bytes                    (this is what the figures time)
 *                                           then it is read again, checked against the
 *                                           pattern and copied to /home/copy
 *   round N sum S copy ok|BAD               S: the sum of its bytes; the copy read back and compared
 *   round N synced                          the copy removed, everything on the disk
 * After each round it reads a line: "go" for another round, anything else to stop
 * ("blkread: stopped").
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define FILE_BYTES (1 << 20)
#define CHUNK 8192

static unsigned char buf[CHUNK];
static unsigned char expect[CHUNK];

/* The byte at offset i of /home/data. */
static unsigned char pattern(unsigned i) {
    return (unsigned char) ((i * 2654435761u) >> 24);
}

static int write_data(void) {
    int fd = open("/home/data", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        return -1;
    }
    for (unsigned at = 0; at < FILE_BYTES; at += CHUNK) {
        for (unsigned i = 0; i < CHUNK; i++) {
            buf[i] = pattern(at + i);
        }
        if (write(fd, buf, CHUNK) != CHUNK) {
            close(fd);
            return -1;
        }
    }
    return close(fd);
}

static int write_small(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        return -1;
    }
    int good = write(fd, text, strlen(text)) == (int) strlen(text);
    close(fd);
    return good ? 0 : -1;
}

/* Reads /home/data, copying it to /home/copy; 1 when every byte was the pattern. */
static int read_and_copy(unsigned long *sum) {
    int in = open("/home/data", O_RDONLY);
    int out = open("/home/copy", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int good = in >= 0 && out >= 0;
    unsigned at = 0;
    *sum = 0;
    while (good) {
        int n = (int) read(in, buf, CHUNK);
        if (n <= 0) {
            good = n == 0 && at == FILE_BYTES;
            break;
        }
        for (int i = 0; i < n; i++) {
            *sum += buf[i];
            good = good && buf[i] == pattern(at + i);
        }
        good = good && write(out, buf, n) == n;
        at += n;
    }
    close(in);
    close(out);
    return good;
}

/* Reads /home/data and does nothing with it (what is timed for the figures); the bytes read. */
static int read_only(void) {
    int fd = open("/home/data", O_RDONLY);
    int total = 0;
    for (int n = 1; fd >= 0 && n > 0; total += n) {
        n = (int) read(fd, buf, CHUNK);
        if (n < 0) {
            total = n;
            break;
        }
    }
    close(fd);
    return total;
}

/* 1 when /home/copy holds the pattern. */
static int copy_is_right(void) {
    int fd = open("/home/copy", O_RDONLY);
    unsigned at = 0;
    int good = fd >= 0;
    while (good) {
        int n = (int) read(fd, buf, CHUNK);
        if (n <= 0) {
            good = n == 0 && at == FILE_BYTES;
            break;
        }
        for (int i = 0; i < n; i++) {
            expect[i] = pattern(at + i);
        }
        good = memcmp(buf, expect, n) == 0;
        at += n;
    }
    close(fd);
    return good;
}

int main(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    open("/dev/console", O_WRONLY);
    if (write_data() < 0 || write_small("/home/one", "first\n") < 0 || write_small("/home/two", "second\n") < 0
        || write_small("/home/three", "third\n") < 0) {
        printf("blkread: cannot write the files\n");
        return 1;
    }
    sync();
    printf("blkread: ready\n");
    char line[16];
    for (int round = 1;; round++) {
        unsigned long sum;
        printf("round %d read\n", round);
        int bytes = read_only();
        printf("round %d read %d bytes\n", round, bytes);
        int good = read_and_copy(&sum);
        good = good && copy_is_right();
        printf("round %d sum %lu copy %s\n", round, sum, good ? "ok" : "BAD");
        unlink("/home/copy");
        sync();
        printf("round %d synced\n", round);
        int n = (int) read(0, line, sizeof(line) - 1);
        line[n < 0 ? 0 : n] = '\0';
        if (strncmp(line, "go", 2) != 0) {
            break;
        }
    }
    printf("blkread: stopped\n");
    for (;;) {
        read(0, line, sizeof(line)); /* nothing more to do: stay, as init must */
    }
}
