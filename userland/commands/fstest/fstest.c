/*
 * fstest: the file system as a program sees it, checked on the running system. Each check
 * prints "ok NAME" or "FAIL NAME: why"; the last line is "fstest: N failed". The system
 * test (FileSystemTest) runs it in init's place on a copy of the root disk.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>

static int failed;

static void check(int good, const char *name, const char *why) {
    if (good) {
        printf("ok %s\n", name);
    } else {
        printf("FAIL %s: %s (errno %d)\n", name, why, errno);
        failed++;
    }
}

static int write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        return -1;
    }
    int n = (int) write(fd, text, strlen(text));
    close(fd);
    return n == (int) strlen(text) ? 0 : -1;
}

static int read_file(const char *path, char *buf, int size) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    int n = (int) read(fd, buf, size - 1);
    close(fd);
    buf[n < 0 ? 0 : n] = '\0';
    return n;
}

static int listed(const char *dir, const char *name) {
    DIR *d = opendir(dir);
    if (d == NULL) {
        return 0;
    }
    int found = 0;
    for (struct dirent *e = readdir(d); e != NULL; e = readdir(d)) {
        if (strcmp(e->d_name, name) == 0) {
            found = 1;
        }
    }
    closedir(d);
    return found;
}

static void files(void) {
    char buf[256];
    check(write_file("/home/a.txt", "hello, disk\n") == 0, "create", "cannot write /home/a.txt");
    check(read_file("/home/a.txt", buf, sizeof(buf)) == 12 && strcmp(buf, "hello, disk\n") == 0, "read back", buf);
    struct stat st;
    check(stat("/home/a.txt", &st) == 0 && st.st_size == 12 && S_ISREG(st.st_mode), "stat", "size or type");
    check(listed("/home", "a.txt") && listed("/home", "README"), "getdents", "a.txt or README not listed");
    int fd = open("/home/a.txt", O_WRONLY | O_APPEND);
    check(fd >= 0 && write(fd, "more\n", 5) == 5, "append", "cannot append");
    close(fd);
    check(read_file("/home/a.txt", buf, sizeof(buf)) == 17 && strcmp(buf + 12, "more\n") == 0, "appended", buf);
    check(open("/home/a.txt", O_WRONLY | O_CREAT | O_EXCL, 0644) < 0 && errno == EEXIST, "O_EXCL", "no EEXIST");
    fd = open("/home/a.txt", O_RDONLY);
    check(fd >= 0 && lseek(fd, 7, SEEK_SET) == 7 && read(fd, buf, 4) == 4 && memcmp(buf, "disk", 4) == 0,
        "lseek", "wrong bytes after lseek");
    struct stat fst;
    check(fstat(fd, &fst) == 0 && fst.st_ino == st.st_ino, "fstat", "different inode");
    close(fd);
    check(rename("/home/a.txt", "/home/b.txt") == 0 && !listed("/home", "a.txt") && listed("/home", "b.txt"),
        "rename", "names wrong after rename");
    check(link("/home/b.txt", "/home/c.txt") == 0 && stat("/home/c.txt", &st) == 0 && st.st_nlink == 2, "link",
        "no second name");
    check(unlink("/home/b.txt") == 0 && unlink("/home/c.txt") == 0 && stat("/home/c.txt", &st) < 0 && errno == ENOENT,
        "unlink", "still there");
    check(open("/home/nothing", O_RDONLY) < 0 && errno == ENOENT, "ENOENT", "opened a missing file");
}

static void directories(void) {
    char buf[64];
    check(mkdir("/home/d", 0755) == 0 && chdir("/home/d") == 0, "mkdir+chdir", "cannot");
    check(write_file("rel", "relative\n") == 0 && read_file("/home/d/rel", buf, sizeof(buf)) == 9, "relative path",
        "not where it belongs");
    check(rmdir("/home/d") < 0 && errno == ENOTEMPTY, "ENOTEMPTY", "removed a full directory");
    check(unlink("rel") == 0 && chdir("/") == 0 && rmdir("/home/d") == 0, "rmdir", "cannot remove");
    check(open("/home", O_WRONLY) < 0 && errno == EISDIR, "EISDIR", "opened a directory for writing");
}

static void devices(void) {
    int fd = open("/dev/console", O_WRONLY);
    check(fd >= 0 && write(fd, "console via /dev\n", 17) == 17, "device file", "cannot write /dev/console");
    close(fd);
    char buf[32];
    fd = open("/dev/null", O_RDWR);
    check(fd >= 0 && write(fd, "gone", 4) == 4 && read(fd, buf, sizeof(buf)) == 0, "/dev/null", "not a sink");
    close(fd);
    memset(buf, 'x', sizeof(buf));
    fd = open("/dev/zero", O_RDONLY);
    int zero = fd >= 0 && read(fd, buf, sizeof(buf)) == (int) sizeof(buf);
    for (unsigned i = 0; zero && i < sizeof(buf); i++) {
        zero = buf[i] == 0;
    }
    check(zero, "/dev/zero", "not zeros");
    close(fd);
    fd = open("/dev/ram", O_RDWR);
    check(fd >= 0 && lseek(fd, 5000, SEEK_SET) == 5000 && write(fd, "ram disk", 8) == 8, "/dev/ram write", "cannot");
    memset(buf, 0, sizeof(buf));
    check(lseek(fd, 4998, SEEK_SET) == 4998 && read(fd, buf, 10) == 10 && memcmp(buf, "\0\0ram disk", 10) == 0,
        "/dev/ram read", "wrong bytes");
    check(lseek(fd, 512 * 1024, SEEK_SET) == 512 * 1024 && read(fd, buf, 10) == 0, "/dev/ram end", "read past the end");
    close(fd);
    struct stat st;
    check(stat("/dev/ram", &st) == 0 && S_ISBLK(st.st_mode) && st.st_rdev == 0x100 && stat("/dev/null", &st) == 0
        && S_ISCHR(st.st_mode) && st.st_rdev == 0x103, "device inodes", "wrong type or number");
}

/* A file of several blocks, past the direct zones: 64 KiB of a pattern, checked back. */
static void big_file(void) {
    static char buf[4096];
    int fd = open("/home/big", O_RDWR | O_CREAT | O_TRUNC, 0644);
    int good = fd >= 0;
    for (int b = 0; good && b < 16; b++) {
        for (int i = 0; i < (int) sizeof(buf); i++) {
            buf[i] = (char) (b * 7 + i);
        }
        good = write(fd, buf, sizeof(buf)) == (int) sizeof(buf);
    }
    good = good && lseek(fd, 0, SEEK_SET) == 0;
    for (int b = 0; good && b < 16; b++) {
        good = read(fd, buf, sizeof(buf)) == (int) sizeof(buf);
        for (int i = 0; good && i < (int) sizeof(buf); i++) {
            good = buf[i] == (char) (b * 7 + i);
        }
    }
    check(good && read(fd, buf, 1) == 0, "big file", "64 KiB did not come back");
    close(fd);
}

/* Pipes: data through, end of file, a reader that waits for a writer, a writer that waits for
 * a reader (more than the pipe holds), O_NONBLOCK, and SIGPIPE for a writer without readers
 * (PM cannot ignore signals yet, so EPIPE itself is not seen by a program). */
static void pipes(void) {
    int fds[2];
    char buf[64];
    check(pipe(fds) == 0 && write(fds[1], "through", 7) == 7 && read(fds[0], buf, sizeof(buf)) == 7
        && memcmp(buf, "through", 7) == 0, "pipe", "data did not come through");
    struct stat st;
    check(fstat(fds[0], &st) == 0 && S_ISFIFO(st.st_mode) && lseek(fds[0], 0, SEEK_SET) < 0 && errno == ESPIPE,
        "pipe fstat/lseek", "not a FIFO, or it seeks");
    close(fds[1]);
    check(read(fds[0], buf, sizeof(buf)) == 0, "pipe EOF", "no end of file after the writer closed");
    close(fds[0]);

    pipe(fds);
    int child = fork();
    if (child == 0) {
        close(fds[0]);
        static char big[10000];
        for (int i = 0; i < (int) sizeof(big); i++) {
            big[i] = (char) i;
        }
        _exit(write(fds[1], big, sizeof(big)) == (int) sizeof(big) ? 0 : 1);
    }
    close(fds[1]);
    int total = 0, right = 1;
    for (int n; (n = (int) read(fds[0], buf, sizeof(buf))) > 0; total += n) {
        for (int i = 0; i < n; i++) {
            right = right && buf[i] == (char) (total + i);
        }
    }
    int status;
    check(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0 && total == 10000
        && right, "pipe between processes", "the reader or the waiting writer went wrong");
    close(fds[0]);

    check(pipe2(fds, O_NONBLOCK) == 0 && read(fds[0], buf, 1) < 0 && errno == EAGAIN, "pipe2 O_NONBLOCK",
        "an empty pipe did not say EAGAIN");
    close(fds[0]);
    close(fds[1]);
    pipe(fds);
    child = fork();
    if (child == 0) {
        close(fds[0]);
        write(fds[1], "x", 1);
        _exit(0);
    }
    close(fds[0]);
    close(fds[1]);
    check(waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE, "SIGPIPE",
        "the writer was not ended by SIGPIPE");
}

int main(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    open("/dev/console", O_WRONLY);
    files();
    directories();
    devices();
    big_file();
    pipes();
    sync();
    printf("fstest: %d failed\n", failed);
    return failed == 0 ? 0 : 1;
}
