/*
 * reader.c: reads a file from the disk, again and again, while the disk driver is killed under
 * it. The lesson boots it in slot 4. Your task: see lesson.md, "Kill the disk driver during a read".
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#define FILE_NAME "/bin/libctest"
#define PASSES 4

/* A boot process starts with no open files: even printf is a message to VFS, to open them. */
static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    int fd = open(FILE_NAME, O_RDONLY);
    if (fd < 0) {
        printf("reader: cannot open %s\n", FILE_NAME);
        return 1;
    }
    /* TODO: PASSES times: read the file to its end, count and add up its bytes, print the pass;
     * then say whether all passes agree, and exit with 0 only if they do. */
    close(fd);
    return 0;
}
