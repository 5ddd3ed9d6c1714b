/*
 * libctest.c: the C library checked on the machine itself, through the real system calls (the
 * system test LibcOnTheMachineTest boots it in init's place). Each CHECK that fails prints its
 * line; the last line is "libctest: N checks, M failed".
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <minix/com.h>
#include <minix/ipc.h>

#define ENOSYS_NEGATIVE (-ENOSYS)  /* what a server answers, as MINIX servers do */

static int checks, failures;

#define CHECK(cond) check((cond), #cond, __LINE__)

static void check(int ok, const char *what, int line) {
    checks++;
    if (!ok) {
        failures++;
        printf("FAILED line %d: %s\n", line, what);
    }
}

static int by_value(const void *a, const void *b) {
    return *(const int *) a - *(const int *) b;
}

static void strings(void) {
    char buf[64];
    CHECK(strlen("minnow") == 6);
    CHECK(strcmp("abc", "abd") < 0 && strcmp("b", "a") > 0 && strcmp("x", "x") == 0);
    CHECK(strncmp("abcdef", "abcxyz", 3) == 0);
    strcpy(buf, "micro");
    strcat(buf, "kernel");
    CHECK(strcmp(buf, "microkernel") == 0);
    CHECK(strchr(buf, 'k') == buf + 5 && strrchr(buf, 'e') == buf + 9 && strstr(buf, "ker") == buf + 5);
    memset(buf, 'z', 10);
    CHECK(memcmp(buf, "zzzzzzzzzz", 10) == 0);
    memmove(buf + 1, buf, 5);
    CHECK(buf[0] == 'z');
    char *d = strdup("copy");
    CHECK(d != NULL && strcmp(d, "copy") == 0);
    free(d);
    CHECK(isdigit('7') && !isdigit('x') && isspace(' ') && toupper('q') == 'Q' && isalpha('Z'));
}

static void formatting(void) {
    char buf[80];
    snprintf(buf, sizeof(buf), "%d|%5d|%-4d|%05d|%x|%X|%o|%c|%s|%%", -42, 7, 3, 42, 255, 255, 8, 'A', "str");
    CHECK(strcmp(buf, "-42|    7|3   |00042|ff|FF|10|A|str|%") == 0);
    snprintf(buf, sizeof(buf), "%lld %llu %ld %u", -1234567890123LL, 18446744073709551615ULL, -5L, 4000000000u);
    CHECK(strcmp(buf, "-1234567890123 18446744073709551615 -5 4000000000") == 0);
    CHECK(snprintf(buf, 4, "%s", "truncated") == 9 && strcmp(buf, "tru") == 0);
    snprintf(buf, sizeof(buf), "%.3s|%p", "abcdef", (void *) 0x1000);
    CHECK(strcmp(buf, "abc|0x1000") == 0);
}

static void numbers(void) {
    char *end;
    CHECK(atoi("  -123x") == -123);
    CHECK(strtol("0x1f", &end, 16) == 31 && *end == '\0');
    CHECK(strtol("0755", NULL, 0) == 493);
    errno = 0;
    CHECK(strtol("99999999999", NULL, 10) == LONG_MAX && errno == ERANGE);
    CHECK(strtoul("42", NULL, 10) == 42u);
    CHECK(abs(-5) == 5);
    int v[] = {5, 3, 9, 1, 7};
    qsort(v, 5, sizeof(int), by_value);
    CHECK(v[0] == 1 && v[1] == 3 && v[2] == 5 && v[3] == 7 && v[4] == 9);
}

/* malloc grows the heap with brk through PM. */
static void heap(void) {
    char *small = malloc(10);
    CHECK(small != NULL);
    char *big = malloc(300 * 1024);
    CHECK(big != NULL);
    if (big != NULL) {
        memset(big, 0x5a, 300 * 1024);
        CHECK(big[0] == 0x5a && big[300 * 1024 - 1] == 0x5a);
    }
    int *grow = malloc(4 * sizeof(int));
    for (int i = 0; i < 4; i++) {
        grow[i] = i * i;
    }
    grow = realloc(grow, 10000 * sizeof(int));
    CHECK(grow != NULL && grow[3] == 9);
    int *zero = calloc(100, sizeof(int));
    int all_zero = 1;
    for (int i = 0; i < 100; i++) {
        all_zero &= zero[i] == 0;
    }
    CHECK(all_zero);
    free(small);
    free(big);
    free(grow);
    free(zero);
    void *again = malloc(200 * 1024);
    CHECK(again != NULL);
    free(again);
    CHECK(sbrk(0) != (void *) -1);
}

static char buf_for_bad_read[4];

static void files(void) {
    CHECK(open("/no/such/file", O_RDONLY) == -1 && errno == ENOENT);
    CHECK(read(42, NULL, 1) == -1 && errno == EBADF);
    CHECK(close(17) == -1 && errno == EBADF);
    CHECK(isatty(1) == 1 && isatty(7) == 0);
    struct stat st;
    CHECK(fstat(0, &st) == 0 && S_ISCHR(st.st_mode));
    CHECK(lseek(1, 0, SEEK_SET) == -1 && errno == ESPIPE);
    int fd = dup(1);
    CHECK(fd == 3);
    CHECK(write(fd, "via dup\n", 8) == 8);
    CHECK(close(fd) == 0 && close(fd) == -1);
    CHECK(dup2(1, 9) == 9 && close(9) == 0);
    CHECK(fopen("/nowhere", "r") == NULL && errno == ENOENT);
    CHECK(fopen("/dev/console", "q") == NULL && errno == EINVAL);
    FILE *f = fopen("/dev/console", "w");
    CHECK(f != NULL && fprintf(f, "through fopen\n") == 14 && fclose(f) == 0);
    CHECK(fwrite("fwrite\n", 1, 7, stdout) == 7);
    CHECK(fputs("fputs\n", stdout) == 0 && puts("puts") == 0);
    /* bad addresses are errors, not crashes of VFS or the driver */
    CHECK(write(1, (const void *) 16, 5) == -1 && errno == EFAULT);
    CHECK(fstat(1, (struct stat *) 16) == -1 && errno == EFAULT);
    CHECK(write(0, "x", 1) == -1 && errno == EBADF);
    /* a non-blocking read of the console with no line typed: EAGAIN instead of waiting */
    CHECK(fcntl(0, F_SETFL, O_NONBLOCK) == 0 && (fcntl(0, F_GETFL) & O_NONBLOCK) != 0);
    CHECK(read(0, buf_for_bad_read, 1) == -1 && errno == EAGAIN);
    CHECK(fcntl(0, F_SETFL, 0) == 0 && (fcntl(0, F_GETFL) & O_NONBLOCK) == 0);
    CHECK(fcntl(0, 99) == -1 && errno == EINVAL);
    CHECK(read(1, buf_for_bad_read, 1) == -1 && errno == EBADF);
}

/* A user process cannot pose as a driver: VFS drops a CDEV_REPLY that is not from one. */
static void forged_reply(void) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = CDEV_REPLY;
    m.m_u.m_cdev_reply.id = 1;
    m.m_u.m_cdev_reply.status = 1234;
    CHECK(_sendnb(VFS_PROC_NR, &m) != OK); /* a user process may only SENDREC */
    CHECK(_sendrec(VFS_PROC_NR, &m) == OK && m.m_type == ENOSYS_NEGATIVE);
}

static void processes(void) {
    CHECK(getpid() == 1);
    sigset_t set;
    CHECK(sigemptyset(&set) == 0 && sigaddset(&set, SIGINT) == 0 && sigismember(&set, SIGINT) == 1);
    CHECK(sigismember(&set, SIGTERM) == 0 && sigaddset(&set, 99) == -1 && errno == EINVAL);
    CHECK(kill(12345, SIGTERM) == -1 && errno == ESRCH);
    CHECK(kill(2, SIGTERM) == -1 && errno == EPERM); /* pid 2 is PM, a service */
    CHECK(waitpid(-1, NULL, 0) == -1 && errno == ECHILD);
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        pause_forever:
        for (;;) {
            sleep(1); /* killed by the parent */
            goto pause_forever;
        }
    }
    CHECK(child > 1);
    CHECK(waitpid(child, NULL, WNOHANG) == 0);
    CHECK(kill(child, SIGTERM) == 0);
    int status;
    CHECK(waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    CHECK(execv("/bin/sh", (char *[]) {"sh", NULL}) == -1);
    CHECK(signal(SIGINT, SIG_IGN) != SIG_ERR);
    CHECK(signal(SIGINT, SIG_DFL) == SIG_IGN);
    CHECK(signal(SIGKILL, SIG_IGN) == SIG_ERR && errno == EINVAL);
}

int main(void) {
    if (open("/dev/console", O_RDONLY) != 0 || open("/dev/console", O_WRONLY) != 1 || dup(1) != 2) {
        _exit(1);
    }
    strings();
    formatting();
    numbers();
    heap();
    files();
    processes();
    forged_reply();
    printf("libctest: %d checks, %d failed\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
