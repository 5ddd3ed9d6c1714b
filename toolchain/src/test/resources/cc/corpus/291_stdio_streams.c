/* The three streams: fwrite and fputs to stdout and stderr, and the error flag when writing to stdin. */
#include <errno.h>
#include <stdio.h>

int main(void) {
    size_t n = fwrite("abcdef", 2, 3, stdout);
    printf("\nfwrite wrote %u items\n", (unsigned)n);
    fputs("to stderr\n", stderr);
    printf("ferror(stdout) = %d\n", ferror(stdout));
    errno = 0;
    int r = fputc('x', stdin);
    printf("fputc to stdin = %d, ferror(stdin) = %d, EBADF = %d\n", r, ferror(stdin) != 0, errno == EBADF);
    clearerr(stdin);
    printf("after clearerr: %d\n", ferror(stdin));
    r = fprintf(stdin, "nothing");
    printf("fprintf to stdin = %d\n", r);
    printf("fflush = %d\n", fflush(stdout));
    printf("stdin, stdout and stderr differ: %d\n", stdin != stdout && stdout != stderr);
    return 0;
}
